import { extname, relative, resolve } from "node:path";
import { type Observation, parsePeriod } from "@kpikit/core";
import { computeCinMeasures, computeSsda903Measures, type MeasureExclusion } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { errorsOf, inputError, usageError } from "../_lib/errors.js";
import { type CommandContext, paint } from "../_lib/io.js";
import { issueText } from "../_lib/issue-text.js";
import { resolveLa } from "../_lib/resolve.js";
import { startSpinner } from "../_lib/spinner.js";
import { figureRows, figuresCsv, figuresMarkdown, figuresXlsx } from "../compute/figures.js";
import { readReturns } from "../compute/read-returns.js";

const MAX_ISSUE_LINES = 20;
type Format = "csv" | "json" | "md" | "xlsx";

/**
 * `kpikit compute <files…>`: the DfE measures from CIN census and SSDA903 returns, written as a local
 * figures file that `kpikit report --local` reads. Small counts are suppressed unless `--no-suppress`.
 */
export async function run(ctx: CommandContext): Promise<number> {
  const v = ctx.values;
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const display = (p: string) => relative(ctx.io.cwd, resolve(ctx.io.cwd, p)) || p;
  const year = startYearOf(str("year"));
  const la = str("la") ? resolveLa(str("la") as string) : undefined;
  const threshold = thresholdOf(str("suppress"), v["no-suppress"] === true);
  const out = str("out");
  const format = formatOf(str("format"), out, ctx.globals.json);

  const spinner = startSpinner(ctx, "Reading the returns…");
  let read: Awaited<ReturnType<typeof readReturns>>;
  const observations: Observation[] = [];
  const exclusions: MeasureExclusion[] = [];
  try {
    read = await readReturns(
      ctx.positionals.map((p) => ({ full: resolve(ctx.io.cwd, p), name: display(p) })),
      year,
    );
    if (read.fatal.length > 0) {
      throw inputError(
        `cannot compute: ${read.fatal.length} problem${read.fatal.length === 1 ? "" : "s"} in the returns (nothing was written)`,
        read.fatal,
      );
    }
    if (la && read.cin?.la && read.cin.la !== la.code) {
      read = {
        ...read,
        issues: [
          ...read.issues,
          {
            code: "compute-other-la",
            severity: "warning",
            file: read.files.find((f) => f.kind === "cin-census" && f.role === "current")?.file ?? "",
            message: `the CIN census header's LEA is ${read.cin.la}, but --la is ${la.name} (${la.code}); the figures are labelled ${la.code}`,
          },
        ],
      };
    }
    spinner.update("Computing the measures…");
    const area = la?.code ?? (read.cin?.la && /^\d{3}$/.test(read.cin.la) ? read.cin.la : "local");
    if (read.cin) {
      const m = computeCinMeasures(read.cin.children, {
        collectionYear: read.cin.collectionYear,
        area,
        previousCensuses: read.cin.previous,
      });
      observations.push(...m.observations);
      exclusions.push(...m.exclusions);
    }
    if (read.ssda903) {
      const m = computeSsda903Measures(read.ssda903.tables, {
        year: read.ssda903.year,
        area,
        previousYears: read.ssda903.previous,
      });
      observations.push(...m.observations);
      exclusions.push(...m.exclusions);
    }
  } finally {
    spinner.stop();
  }

  const { rows, suppressed } = figureRows(observations, threshold);
  // The XLSX container's timestamps: the end of the latest period computed (never the clock).
  const dataDate =
    observations
      .map((o) => o.period.end)
      .sort()
      .at(-1) ?? "2000-01-01";
  const document = {
    ok: true,
    area: observations[0]?.area ?? null,
    suppression: threshold === null ? null : { threshold, suppressed },
    figures: rows,
    exclusions,
    files: read.files,
    issues: {
      errors: errorsOf(read.issues).length,
      warnings: read.issues.length - errorsOf(read.issues).length,
    },
  };
  const content =
    format === "csv"
      ? figuresCsv(rows)
      : format === "md"
        ? figuresMarkdown(rows)
        : format === "xlsx"
          ? await figuresXlsx(rows, dataDate)
          : `${JSON.stringify(document, null, 2)}\n`;
  const outPath = out === undefined ? undefined : resolve(ctx.io.cwd, out);
  if (outPath !== undefined) await writeFilesAtomically([{ path: outPath, content }]);
  if (ctx.globals.json) ctx.io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  else if (outPath === undefined) ctx.io.stdout(typeof content === "string" ? content : "");

  const warn = (s: string) => ctx.io.stderr(`${paint(ctx.globals.color, "yellow", s)}\n`);
  // The suppression warning is not a note: it is printed even with --quiet.
  if (threshold === null)
    warn(
      "kpikit: warning: --no-suppress: small counts are NOT suppressed; these figures are for internal use only, not for publication",
    );
  if (!ctx.globals.quiet) {
    const lines = read.issues.map(issueText);
    for (const l of lines.slice(0, MAX_ISSUE_LINES)) warn(l);
    if (lines.length > MAX_ISSUE_LINES)
      warn(
        `… and ${lines.length - MAX_ISSUE_LINES} more issues; \`kpikit validate\` lists them all (records with errors are left out of the measures where they cannot be counted)`,
      );
    for (const f of read.files)
      ctx.io.stderr(
        `${f.file}: ${f.kind === "cin-census" ? "CIN census" : "SSDA903"}${f.year === null ? "" : ` ${f.year}-${String(f.year + 1).slice(2)}`}${f.role === "current" ? "" : f.role === "history" ? " (history only)" : " (not used: a later year)"}\n`,
      );
    if (read.ssda903?.yearFrom === "episodes" || read.ssda903?.yearFrom === "cin")
      ctx.io.stderr(
        `SSDA903 year ${read.ssda903.year}-${String(read.ssda903.year + 1).slice(2)} taken from ${read.ssda903.yearFrom === "episodes" ? "the latest episode start" : "the CIN census"}; give --year to choose another.\n`,
      );
    for (const r of rows)
      ctx.io.stderr(
        `${r.indicator} ${r.period}: ${r.value}${r.numerator || r.denominator ? ` (${r.numerator || "–"} of ${r.denominator || "–"})` : ""}\n`,
      );
    if (exclusions.length > 0) {
      ctx.io.stderr("Left out of the measures:\n");
      for (const e of exclusions) ctx.io.stderr(`  ${e.indicatorId}: ${e.count} ${e.reason}\n`);
    }
    if (threshold !== null)
      ctx.io.stderr(
        `Small counts suppressed: counts 1–${threshold - 1} are written as [c] (${suppressed} figure${suppressed === 1 ? "" : "s"}).\n`,
      );
    if (outPath !== undefined) {
      ctx.io.stderr(`Wrote ${outPath}\n`);
      if (format === "csv" || format === "xlsx")
        ctx.io.stderr(`Then: kpikit report --la ${la?.code ?? "<la>"} --local ${out} --out report.html\n`);
    }
  }
  return 0;
}

/** `--year 2021/22` as its start year (2021). */
function startYearOf(label: string | undefined): number | undefined {
  if (label === undefined) return undefined;
  const parsed = parsePeriod(label);
  if (parsed.ok && (parsed.period.kind === "financial-year" || parsed.period.kind === "snapshot")) {
    const start = parsed.period.kind === "financial-year" ? parsed.period.startYear : undefined;
    if (start !== undefined) return start;
    // A snapshot such as "31 Mar 2022" or "CIN Census 21/22" ends the year that started a year before.
    const end = Number(parsed.period.end.slice(0, 4));
    const month = Number(parsed.period.end.slice(5, 7));
    return month >= 4 ? end : end - 1;
  }
  throw usageError(
    `--year "${label}": give the collection year as a financial year, e.g. 2023/24 (the CIN census Year 2024, the 2023-24 SSDA903)`,
  );
}

/** `--suppress <n>` / `--no-suppress` as a threshold (null: no suppression). */
function thresholdOf(text: string | undefined, off: boolean): number | null {
  if (off && text !== undefined) throw usageError("give --suppress <n> or --no-suppress, not both");
  if (off) return null;
  if (text === undefined) return 5;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2 || n > 100)
    throw usageError(
      `--suppress "${text}": give a whole number from 2 to 100 (counts below it are suppressed)`,
    );
  return n;
}

function formatOf(text: string | undefined, out: string | undefined, json: boolean): Format {
  const fromOut = out === undefined ? undefined : extname(out).toLowerCase().slice(1);
  const allowed = ["csv", "json", "md", "xlsx"];
  if (fromOut !== undefined && !allowed.includes(fromOut))
    throw usageError(`--out "${out}": use a .csv, .xlsx, .json or .md file`);
  if (text !== undefined && !["csv", "json", "md"].includes(text))
    throw usageError(`--format "${text}": use csv, json or md`);
  if (text !== undefined && fromOut !== undefined && text !== fromOut)
    throw usageError(`--format ${text} does not match --out "${out}"`);
  return (fromOut ?? text ?? (json ? "json" : "csv")) as Format;
}
