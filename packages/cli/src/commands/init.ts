import { access } from "node:fs/promises";
import { join, resolve } from "node:path";
import { catalogue } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { usageError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { resolveLa } from "../_lib/resolve.js";
import { csvText } from "../write/csv.js";
import { fixZipDates } from "../write/zip-dates.js";

/** The starter config `kpikit init` writes. */
export function starterConfig(la: { code: string; name: string }): string {
  return `# kpikit report config for ${la.name}. Every key is optional; see docs/cli.md.
title: ${la.name} children's services performance
la: "${la.code}"   # ${la.name}

# Rows in order, under section headings. Ids, LAIT ids, titles or aliases all work
# (\`kpikit catalogue\` lists them). Leave sections out to show every indicator with data.
sections:
  - title: Contact, referral and assessment
    indicators:
      - re-referrals-12m
      - { id: assessments-45wd, target: 85%, tolerance: 5 }
  - title: Child protection
    indicators:
      - cpp-repeat
      - cpp-ceased-2y
  - title: Children looked after
    indicators:
      - cla-long-term-stability
      - cla-distance-20m

comparators:
  neighbourModel: 2025      # or 2021
  aggregate: mean           # or median
  highPerformers: ofsted-outstanding   # or top-quartile, best-neighbour, or a list of LAs

# RAG rules, tried in order until one can rate a row.
rag:
  defaults:
    - { kind: target }
    - { kind: quartile }
    - { kind: direction }

# Your own acronyms, explained in the report's glossary.
glossary: []
`;
}

/** `kpikit init --la <la>`: a starter config and local-figures templates (CSV and XLSX). */
export async function run(ctx: CommandContext): Promise<number> {
  if (typeof ctx.values.la !== "string") throw usageError("init: give --la <code|name>");
  const la = resolveLa(ctx.values.la);
  const dir = resolve(ctx.io.cwd, typeof ctx.values.dir === "string" ? ctx.values.dir : ".");
  const paths = {
    config: join(dir, "kpikit.config.yaml"),
    csv: join(dir, "local-figures.csv"),
    xlsx: join(dir, "local-figures.xlsx"),
  };
  if (ctx.values.force !== true) {
    for (const p of Object.values(paths)) {
      if (
        await access(p).then(
          () => true,
          () => false,
        )
      )
        throw usageError(`${p} already exists; use --force to overwrite it`);
    }
  }
  const header = ["indicator", "period", "value", "numerator", "denominator", "target", "note"];
  const rows = catalogue.map((d) => [d.id, "", "", "", "", "", d.title]);
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const head = header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const }));
  const textCell = (value: string) => ({ value, type: String, format: "@" });
  const sheet = [
    head,
    ...catalogue.map((d) => [
      textCell(d.id),
      textCell(""),
      textCell(""),
      null,
      null,
      textCell(""),
      textCell(d.title),
    ]),
  ];
  const xlsx = await writeXlsxFile(sheet as never, {
    sheet: "Local figures",
    stickyRowsCount: 1,
    columns: [
      { width: 30 },
      { width: 16 },
      { width: 10 },
      { width: 12 },
      { width: 12 },
      { width: 10 },
      { width: 70 },
    ],
  }).toBuffer();
  await writeFilesAtomically([
    { path: paths.config, content: starterConfig(la) },
    { path: paths.csv, content: csvText(header, rows) },
    { path: paths.xlsx, content: fixZipDates(new Uint8Array(xlsx), "2000-01-01") },
  ]);
  if (ctx.globals.json)
    ctx.io.stdout(
      `${JSON.stringify({ la: { code: la.code, name: la.name }, files: Object.values(paths) }, null, 2)}\n`,
    );
  else if (!ctx.globals.quiet) {
    ctx.io.stderr(
      `Wrote ${paths.config}\nWrote ${paths.csv} and ${paths.xlsx} (${catalogue.length} indicators: fill in period and value; rows left empty are ignored)\n`,
    );
    ctx.io.stderr(
      `Then: kpikit report --la ${la.code} --local ${paths.csv} --config ${paths.config} --out report.html\n`,
    );
  }
  return 0;
}
