import { resolve } from "node:path";
import { parsePeriod } from "@kpikit/core";
import { benchmarkIndicator, findIndicator, loadPublished } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { usageError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { formatFromPath, parseFormat } from "../_lib/output-format.js";
import { neighbourModelOf } from "../_lib/resolve.js";
import { csvText } from "../write/csv.js";

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
  if (!loadPublished().findMeasure(match.indicator.id)) {
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
    ...(period ? { period } : {}),
    neighbourModel: neighbourModelOf(v.model),
    ...(aggregate ? { aggregate: aggregate as "mean" | "median" } : {}),
  });
  let content: string;
  if (format === "json") content = `${JSON.stringify(result, null, 2)}\n`;
  else {
    const header = [
      "la_code",
      "la_name",
      "value",
      "status",
      "rank",
      "rank_of",
      "band",
      "neighbour_average",
      "neighbour_count",
      "region_value",
      "england_value",
      "previous_value",
      "change",
    ];
    const rows = result.rows.map((r) => [
      r.laCode,
      r.laName,
      r.value,
      r.status,
      r.rank,
      r.rankOf,
      r.band,
      r.neighbourAverage,
      r.neighbourCount,
      r.regionValue,
      r.englandValue,
      r.previousValue,
      r.change,
    ]);
    if (format === "csv") content = csvText(header, rows);
    else {
      const cell = (x: unknown) =>
        x === null || x === undefined
          ? "–"
          : typeof x === "number"
            ? String(Math.round(x * 10) / 10)
            : String(x).replace(/\|/g, "\\|");
      const title = `# ${result.indicator.name}, ${result.period?.label ?? "no period"}\n\n`;
      content = `${title}| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|\n${rows.map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n")}\n`;
    }
  }
  if (out) {
    await writeFilesAtomically([{ path: out, content }]);
    if (!ctx.globals.quiet) ctx.io.stderr(`Wrote ${out}\n`);
  } else ctx.io.stdout(content);
  return 0;
}
