import { resolve } from "node:path";
import { parsePeriod } from "@kpikit/core";
import { type BenchmarkRow, benchmarkIndicator, findIndicator } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { usageError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { issueText } from "../_lib/issue-text.js";
import { formatFromPath, parseFormat } from "../_lib/output-format.js";
import { neighbourModelOf } from "../_lib/resolve.js";
import { readPublishedFiles } from "../report/published-files.js";
import { csvText } from "../write/csv.js";

/** A column: its name, the raw value (CSV) and the value as shown (Markdown; none: left out of Markdown). */
type Column = readonly [
  name: string,
  raw: (r: BenchmarkRow) => string | number | null,
  shown?: (r: BenchmarkRow) => string,
];
const COLUMNS: readonly Column[] = [
  ["la_code", (r) => r.laCode, (r) => r.laCode],
  ["la_name", (r) => r.laName, (r) => r.laName],
  ["value", (r) => r.value, (r) => r.display.value],
  ["status", (r) => r.status, (r) => r.status],
  ["rank", (r) => r.rank, (r) => r.display.rank],
  ["rank_of", (r) => r.rankOf],
  ["band", (r) => r.band, (r) => r.display.band],
  ["neighbour_average", (r) => r.neighbourAverage, (r) => r.display.neighbourAverage],
  ["neighbour_count", (r) => r.neighbourCount, (r) => r.display.neighbourCount],
  ["region_value", (r) => r.regionValue, (r) => r.display.regionValue],
  ["england_value", (r) => r.englandValue, (r) => r.display.englandValue],
  ["previous_value", (r) => r.previousValue, (r) => r.display.previousValue],
  ["change", (r) => r.change, (r) => r.display.change],
];

/** `kpikit benchmark --indicator …`: every LA's value, rank, band, neighbours, region and England. */
export async function run(ctx: CommandContext): Promise<number> {
  const v = ctx.values;
  const text = typeof v.indicator === "string" ? v.indicator : undefined;
  if (!text) throw usageError("benchmark: give --indicator <id|LAIT id|alias>");
  const match = findIndicator(text);
  if (!match.ok) {
    // findIndicator's message may already suggest the best candidate: add only the ones it does not name.
    const c = match.candidates
      .slice(0, 3)
      .filter((x) => !match.message.includes(`(${x.indicator.id})`))
      .map((x) => `${x.indicator.id} (${x.indicator.title})`);
    const also = /did you mean/i.test(match.message) ? "Or" : "Did you mean";
    throw usageError(`--indicator "${text}": ${match.message}${c.length ? ` ${also} ${c.join(", ")}?` : ""}`);
  }
  const published = await readPublishedFiles(
    Array.isArray(v.published) ? (v.published as string[]) : [],
    ctx.io.cwd,
  );
  if (!ctx.globals.quiet) for (const w of published.warnings) ctx.io.stderr(`${issueText(w)}\n`);
  if (!published.dataset.findMeasure(match.indicator.id)) {
    throw usageError(
      `--indicator "${text}": ${match.indicator.id} (${match.indicator.title}) has no published figures for all LAs; benchmark works for the LAIT measures (see \`kpikit catalogue\`, column "LAIT id")`,
    );
  }
  const out = typeof v.out === "string" ? resolve(ctx.io.cwd, v.out) : undefined;
  const format =
    typeof v.format === "string"
      ? parseFormat(v.format, ["csv", "json", "md"])
      : ctx.globals.json
        ? "json"
        : out
          ? (formatFromPath(out) ?? "csv")
          : ctx.io.stdoutIsTTY
            ? "md"
            : "csv";
  if (!["csv", "json", "md"].includes(format))
    throw usageError(`benchmark writes csv, json or md, not ${format}`);
  let period: string | undefined;
  if (typeof v.period === "string") {
    const p = parsePeriod(v.period);
    if (!p.ok) throw usageError(`--period "${v.period}": ${p.error.message}`);
    period = p.period.label;
  }
  const aggregate = v.aggregate === undefined ? undefined : String(v.aggregate);
  if (aggregate !== undefined && aggregate !== "mean" && aggregate !== "median")
    throw usageError(`--aggregate "${aggregate}": use mean or median`);
  const result = benchmarkIndicator(match.indicator.id, {
    dataset: published.dataset,
    ...(period ? { period } : {}),
    neighbourModel: neighbourModelOf(v.model),
    ...(aggregate ? { aggregate: aggregate as "mean" | "median" } : {}),
  });
  let content: string;
  if (format === "json") content = `${JSON.stringify(result, null, 2)}\n`;
  else {
    if (format === "csv") {
      // Each row says what it is a figure of, so files for several indicators or periods can be stacked.
      const what = [result.definition?.id ?? result.indicator.indicatorId, result.period.label];
      const rows = result.rows.map((r) => [...what, ...COLUMNS.map(([, raw]) => raw(r))]);
      content = csvText(["indicator", "period", ...COLUMNS.map(([name]) => name)], rows);
    } else {
      // Markdown is for reading: each figure as core formats it (unit, decimals, GSS markers).
      const shown = COLUMNS.filter((c): c is Required<Column> => c[2] !== undefined);
      const cell = (x: string) => x.replace(/\|/g, "\\|");
      const title = `# ${result.indicator.name}, ${result.period?.label ?? "no period"}\n\nSource: ${result.source}\n\n`;
      content = `${title}| ${shown.map(([name]) => name).join(" | ")} |\n|${shown.map(() => "---").join("|")}|\n${result.rows.map((r) => `| ${shown.map(([, , text]) => cell(text(r))).join(" | ")} |`).join("\n")}\n`;
    }
  }
  if (out) {
    await writeFilesAtomically([{ path: out, content }]);
    if (!ctx.globals.quiet) ctx.io.stderr(`Wrote ${out}\n`);
  } else ctx.io.stdout(content);
  return 0;
}
