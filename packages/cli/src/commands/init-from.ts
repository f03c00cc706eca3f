import { access } from "node:fs/promises";
import { basename, join } from "node:path";
import type { LocalFiguresResult } from "@kpikit/csc";
import { localFigureRows, localFiguresCsv, readLocalFigures } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { errorsOf, inputError, usageError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { issueText } from "../_lib/issue-text.js";
import { readTable } from "../read/read-table.js";
import { indicatorFinder } from "../report/indicators.js";
import { problemCount } from "../report/problem-count.js";

const quote = (s: string) => JSON.stringify(s);

/**
 * The config `kpikit init --from` writes for a table: its rows in table order with their targets and notes,
 * and, when most rows compare with the same earlier column (a wide table's baseline), that comparison.
 */
export function configForTable(
  la: { code: string; name: string },
  table: string,
  read: LocalFiguresResult,
): string {
  const ids = [...new Set(read.figures.map((f) => f.indicator.id))];
  const rows = new Map(read.indicators.map((r) => [r.indicatorId, r]));
  const targets = new Map<string, number>();
  for (const f of read.figures) if (f.target !== undefined) targets.set(f.indicator.id, f.target);
  const counts = new Map<string, number>();
  for (const r of read.indicators)
    if (r.baseline) counts.set(r.baseline.label, (counts.get(r.baseline.label) ?? 0) + 1);
  const baseline = [...counts].sort((a, b) => b[1] - a[1])[0];
  const lines = [
    `# kpikit report config for ${la.name}, written by kpikit init from ${table}. Every key is optional; see docs/cli.md.`,
    `title: ${quote(`${la.name} children's services performance`)}`,
    `la: "${la.code}"   # ${la.name}`,
    "",
  ];
  if (baseline && baseline[1] * 2 > read.indicators.length) {
    lines.push(
      `# The table compares each row's latest figure with its ${baseline[0]} column: the direction of travel does the same.`,
      "comparison:",
      "  previous: baseline",
      `  baseline: ${quote(baseline[0])}`,
      "",
    );
  }
  lines.push("# The table's rows, in its order (ids from `kpikit catalogue`).", "indicators:");
  for (const id of ids) {
    const target = targets.get(id) ?? rows.get(id)?.target;
    const note = rows.get(id)?.note;
    const parts = [
      `id: ${id}`,
      ...(target === undefined ? [] : [`target: ${target}`]),
      ...(note ? [`note: ${quote(note)}`] : []),
    ];
    lines.push(parts.length === 1 ? `  - ${id}` : `  - { ${parts.join(", ")} }`);
  }
  lines.push(
    "",
    "comparators:",
    "  neighbourModel: 2025",
    "  aggregate: mean",
    "  highPerformers: ofsted-outstanding",
    "",
    "rag:",
    "  defaults:",
    "    - { kind: target }",
    "    - { kind: quartile }",
    "    - { kind: direction }",
    "",
  );
  return lines.join("\n");
}

/**
 * `kpikit init --la <la> --from <table>`: reads the council's own table (wide or long) with the report's reader
 * and writes it as local-figures.csv with a config for its rows. Any error in the table is exit 3, nothing
 * written.
 */
export async function initFrom(
  ctx: CommandContext,
  la: { code: string; name: string },
  from: string,
  fromPath: string,
  dir: string,
): Promise<number> {
  const paths = { config: join(dir, "kpikit.config.yaml"), csv: join(dir, "local-figures.csv") };
  if (ctx.values.force !== true) {
    for (const p of Object.values(paths)) {
      const exists = await access(p).then(
        () => true,
        () => false,
      );
      if (exists) throw usageError(`${p} already exists; use --force to overwrite it`);
    }
  }
  const table = await readTable(fromPath, from);
  if (!table.ok) throw inputError(`${from}: cannot read the table`, table.issues);
  const read = readLocalFigures(table, { findIndicator: indicatorFinder([]) });
  if (errorsOf(read.issues).length > 0)
    throw inputError(`${from}: the table has ${problemCount(read.issues)}`, read.issues);
  if (read.figures.length === 0) throw inputError(`${from}: the table has no figures`);
  await writeFilesAtomically([
    { path: paths.config, content: configForTable(la, basename(from), read) },
    { path: paths.csv, content: localFiguresCsv(localFigureRows(read.figures)) },
  ]);
  if (ctx.globals.json)
    ctx.io.stdout(
      `${JSON.stringify({ la: { code: la.code, name: la.name }, layout: read.layout, figures: read.figures.length, files: Object.values(paths) }, null, 2)}\n`,
    );
  else if (!ctx.globals.quiet) {
    for (const w of read.issues) ctx.io.stderr(`${issueText(w)}\n`);
    ctx.io.stderr(
      `Read ${from} (${read.layout === "wide" ? "a wide table" : "a long file"}): ${read.figures.length} figures for ${new Set(read.figures.map((f) => f.indicator.id)).size} indicators\nWrote ${paths.csv}\nWrote ${paths.config}\n`,
    );
    ctx.io.stderr(`Then: kpikit report --local ${paths.csv} --config ${paths.config} --out report.html\n`);
  }
  return 0;
}
