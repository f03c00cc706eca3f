import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { type Issue, isDisclosive, type Observation, parsePeriod, STATUS_MARKER } from "@kpikit/core";
import {
  decodeText,
  findArea,
  localFiguresCsv,
  type MeasureExclusion,
  type MeasureReturnsOptions,
  type MeasureReturnsResult,
  measureReturns,
  measureReturnsSql,
  type ReadReturnsResult,
  type ReturnsComputation,
  readCsvRecords,
  readPostcodeLookup,
  readReturnsStream,
} from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { errorsOf, inputError, usageError } from "../_lib/errors.js";
import { type CommandContext, paint } from "../_lib/io.js";
import { issueText } from "../_lib/issue-text.js";
import { resolveLa } from "../_lib/resolve.js";
import { startSpinner } from "../_lib/spinner.js";
import { figureRows, figuresMarkdown, figuresXlsx } from "../compute/figures.js";
import { returnsOnDisk } from "../compute/input-files.js";
import { openDuckDb } from "../engine/duckdb.js";

const MAX_ISSUE_LINES = 20;
type Format = "csv" | "json" | "md" | "xlsx";
/** The years asked for: one, a range, or (none given) the latest year of each return. */
type YearChoice =
  | { readonly kind: "one"; readonly year: number }
  | { readonly kind: "range"; readonly from: number; readonly to: number }
  | { readonly kind: "latest" };
const label = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, "0")}`;

/**
 * `kpikit compute <files and folders…>`: the DfE measures from CIN census, SSDA903 (and later Annex A) returns,
 * read by @kpikit/csc's returns pipeline, written as a local figures file that `kpikit report --local` reads.
 * `--years a..b` writes every year in one file. Small counts are suppressed unless `--no-suppress`.
 */
export async function run(ctx: CommandContext): Promise<number> {
  const v = ctx.values;
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const choice = yearChoiceOf(str("year"), str("years"));
  const la = laOf(str("la"));
  const threshold = thresholdOf(str("suppress"), v["no-suppress"] === true);
  const out = str("out");
  const format = formatOf(str("format"), out, ctx.globals.json);
  const engine = engineOf(str("engine"));
  if (ctx.positionals.length === 0) throw usageError("give the returns files or folders to compute from");
  const postcodes = await postcodesOf(str("postcodes"), ctx.io.cwd);

  const spinner = startSpinner(ctx, "Reading the returns…");
  let read: ReadReturnsResult;
  const observations: Observation[] = [];
  const exclusions: (MeasureExclusion & { readonly period: string })[] = [];
  let targets: readonly ReturnsComputation[];
  try {
    const disk = await returnsOnDisk(ctx.positionals, ctx.io.cwd);
    let started = { file: "", at: Date.now() };
    read = await readReturnsStream(disk.inputs, {
      // The measures read a census's measure rows only: a national census is held in a few hundred MB.
      keep: "measure-rows",
      ...(la ? { la: la.code } : {}),
      ...(choice.kind === "one" ? { year: choice.year } : {}),
      onProgress: (p) => {
        if (p.file !== started.file) started = { file: p.file, at: Date.now() };
        spinner.update(`Reading ${p.file} (${p.done + 1} of ${p.total})${streamed(p, started.at)}…`);
      },
    });
    const unreadable: Issue[] = disk.unreadable.map((u) => ({
      code: "returns-unreadable",
      severity: "error",
      file: u.name,
      row: 1,
      column: 1,
      message: `cannot read ${u.name}: ${u.reason}`,
    }));
    const blocking = [...unreadable, ...read.blocking];
    if (blocking.length > 0) {
      throw inputError(
        `cannot compute: ${blocking.length} problem${blocking.length === 1 ? "" : "s"} in the returns (nothing was written)`,
        blocking,
      );
    }
    checkYears(read, choice);
    spinner.update("Computing the measures…");
    const population = await populationOf(str("population"), ctx.io.cwd, la?.code ?? read.la);
    const measureOptions: MeasureReturnsOptions = {
      area: la?.code ?? read.la ?? "local",
      ...(postcodes ? { postcodes } : {}),
      ...(population !== undefined ? { population } : {}),
      ...(choice.kind === "one" ? { years: [choice.year] } : {}),
      ...(choice.kind === "range"
        ? { years: read.years.map((y) => y.year).filter((y) => y >= choice.from && y <= choice.to) }
        : {}),
    };
    const m = await measured(read, measureOptions, engine);
    targets = m.computed;
    for (const o of m.observations) observations.push(o);
    for (const e of m.exclusions) exclusions.push(e);
  } finally {
    spinner.stop();
  }

  const { figures, rows, suppressed } = figureRows(observations, threshold);
  // The XLSX container's timestamps: the end of the latest period computed (never the clock).
  const dataDate =
    observations
      .map((o) => o.period.end)
      .sort()
      .at(-1) ?? "2000-01-01";
  const document = {
    ok: true,
    area: observations[0]?.area ?? null,
    years: targets.map((t) => label(t.year)),
    suppression: threshold === null ? null : { threshold, suppressed },
    figures: rows,
    // Counted like the figures: a count of 1 to threshold−1 is written as [c].
    exclusions: exclusions.map((e) => ({ ...e, count: shownCount(e.count, threshold) })),
    files: read.files.map((f) => ({
      file: f.file,
      kind: f.return,
      year: f.year === null ? null : label(f.year),
      yearFrom: f.yearFrom,
      la: f.la,
      used: f.used,
      ...(f.note ? { note: f.note } : {}),
    })),
    issues: {
      errors: errorsOf(read.issues).length,
      warnings: read.issues.length - errorsOf(read.issues).length,
    },
  };
  const content =
    format === "csv"
      ? localFiguresCsv(figures)
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
  // Errors are printed even with --quiet (it hides progress and notes, never errors).
  const shown = ctx.globals.quiet ? errorsOf(read.issues) : read.issues;
  const lines = shown.map(issueText);
  for (const l of lines.slice(0, MAX_ISSUE_LINES)) warn(l);
  if (lines.length > MAX_ISSUE_LINES)
    warn(
      `… and ${lines.length - MAX_ISSUE_LINES} more ${ctx.globals.quiet ? "errors" : "issues"}; \`kpikit validate\` lists them all (records with errors are left out of the measures where they cannot be counted)`,
    );
  if (ctx.globals.quiet) return 0;
  for (const f of read.files) {
    const kind =
      f.return === "cin-census"
        ? "CIN census"
        : f.return === "cin-flat-csv"
          ? "CIN census table"
          : f.return === "ssda903"
            ? "SSDA903"
            : f.return;
    const year =
      f.year === null
        ? ""
        : ` ${label(f.year)}${f.yearFrom ? ` (year from its ${f.yearFrom === "option" ? "--year" : f.yearFrom})` : ""}`;
    const used = targets.some((t) => t.year === f.year);
    const role = !f.used
      ? ` (not used${f.note ? `: ${f.note}` : ""})`
      : used
        ? ""
        : f.year !== null && targets.some((t) => t.year > (f.year as number))
          ? " (history only)"
          : " (not used: a year not computed)";
    ctx.io.stderr(`${f.file}: ${kind}${year}${role}\n`);
  }
  for (const r of rows)
    ctx.io.stderr(
      `${r.indicator} ${r.period}: ${r.value}${r.numerator || r.denominator ? ` (${r.numerator || "–"} of ${r.denominator || "–"})` : ""}\n`,
    );
  if (exclusions.length > 0) {
    ctx.io.stderr("Left out of the measures:\n");
    for (const e of exclusions)
      ctx.io.stderr(`  ${e.indicatorId} ${e.period}: ${shownCount(e.count, threshold)} ${e.reason}\n`);
  }
  if (threshold !== null)
    ctx.io.stderr(
      `Small counts suppressed: counts 1–${threshold - 1} are written as [c] (${suppressed} figure${suppressed === 1 ? "" : "s"}).\n`,
    );
  if (outPath !== undefined) {
    ctx.io.stderr(`Wrote ${outPath}\n`);
    if (format === "csv" || format === "xlsx")
      ctx.io.stderr(
        `Then: kpikit report --la ${la?.code ?? read.la ?? "<la>"} --local ${out} --out report.html\n`,
      );
  }
  return 0;
}

/**
 * The measures by the engine asked for: the TypeScript engine, or the SQL formulation on an in-memory DuckDB
 * (exit 3 with the reason when the optional binding is not installed).
 */
async function measured(
  read: ReadReturnsResult,
  options: MeasureReturnsOptions,
  engine: "ts" | "duckdb",
): Promise<MeasureReturnsResult> {
  if (engine === "ts") return measureReturns(read, options);
  const db = await openDuckDb();
  if ("unavailable" in db) throw inputError(db.unavailable);
  try {
    return await measureReturnsSql(read, options, db);
  } finally {
    db.close();
  }
}

/** `--postcodes <file>`: a postcode lookup (ONS directory columns) for cla-distance-20m; a file without them is exit 3. */
async function postcodesOf(
  path: string | undefined,
  cwd: string,
): Promise<MeasureReturnsOptions["postcodes"]> {
  if (path === undefined) return undefined;
  const text = await fileText(path, cwd, "--postcodes");
  const lookup = readPostcodeLookup(text, path);
  const errors = errorsOf(lookup.issues);
  if (errors.length > 0) throw inputError(`--postcodes ${path}: not a postcode lookup`, errors);
  return lookup.postcodes;
}

/**
 * `--population <number|file>`: children aged 0–17 in the area, for the rates per 10,000 (the same for every
 * year computed). A file holds the number alone, or a CSV with a `population` column (one row, or the row
 * naming the LA's code). Anything else is exit 3: a rate from a guessed population would be a wrong figure.
 */
async function populationOf(
  text: string | undefined,
  cwd: string,
  la: string | null | undefined,
): Promise<number | undefined> {
  if (text === undefined) return undefined;
  const number = (t: string) => (/^\s*\d[\d,]*\s*$/.test(t) ? Number(t.replace(/[,\s]/g, "")) : Number.NaN);
  const direct = number(text);
  if (direct > 0) return direct;
  if (/^\s*[\d.,-]+\s*$/.test(text))
    throw usageError(
      `--population "${text}": give the number of children aged 0–17 (a whole number above 0)`,
    );
  const content = await fileText(text, cwd, "--population");
  const alone = number(content);
  if (alone > 0) return alone;
  const records = readCsvRecords(content).records.map((r) => r.cells.map((c) => c.trim()));
  const column = (records[0] ?? []).findIndex((h) => /population|0\s*(-|to)\s*17/i.test(h));
  const rows = records.slice(1).filter((r) => r.some((c) => c !== ""));
  const row = rows.length === 1 ? rows[0] : rows.find((r) => la != null && r.includes(la));
  const value = column < 0 || row === undefined ? Number.NaN : number(row[column] ?? "");
  if (!(value > 0))
    throw inputError(
      `--population ${text}: ${column < 0 ? "no population column" : row === undefined ? `no row for LA ${la ?? "(unknown)"}` : "the population is not a whole number above 0"}; give the number, or a CSV with a population column and the LA's code on its row`,
    );
  return value;
}

async function fileText(path: string, cwd: string, option: string): Promise<string> {
  try {
    return decodeText(new Uint8Array(await readFile(resolve(cwd, path))), path).text;
  } catch (error) {
    throw inputError(
      `${option} ${path}: cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

/** A streaming file's progress: MB read, children read and the rate (`: 45 MB, 12,345 children, 38 MB/s`). */
function streamed(p: { readonly bytes?: number; readonly records?: number }, since: number): string {
  if (p.bytes === undefined || p.bytes === 0) return "";
  const mb = p.bytes / 1048576;
  const seconds = (Date.now() - since) / 1000;
  const records = p.records === undefined ? "" : `, ${p.records.toLocaleString("en-GB")} children`;
  const rate = seconds > 0.5 ? `, ${Math.round(mb / seconds)} MB/s` : "";
  return `: ${Math.round(mb)} MB${records}${rate}`;
}

/** `--engine ts|duckdb` (default ts). */
function engineOf(text: string | undefined): "ts" | "duckdb" {
  if (text === undefined || text === "ts" || text === "typescript") return "ts";
  if (text === "duckdb") return "duckdb";
  throw usageError(`--engine "${text}": use ts (the default) or duckdb`);
}

/** A count as written: `[c]` when it is small enough to identify a child. */
function shownCount(count: number, threshold: number | null): number | string {
  return threshold !== null && isDisclosive(count, threshold) ? STATUS_MARKER.suppressed : count;
}

/**
 * `--year` and `--years` checked against the data: a year no file is for is exit 3, never computed from another
 * year's files.
 */
function checkYears(read: ReadReturnsResult, choice: YearChoice): void {
  const have = read.years.filter(
    (y) => y.cin !== undefined || y.ssda903 !== undefined || y.annexA !== undefined,
  );
  const held = have.map((y) => y.label).join(", ") || "none";
  if (have.length === 0) throw inputError("no CIN census, SSDA903 or Annex A returns among the files");
  if (choice.kind === "one" && !have.some((y) => y.year === choice.year))
    throw inputError(
      `--year ${label(choice.year)}: no returns for that year among the files (they hold: ${held})`,
    );
  if (choice.kind === "range" && !have.some((y) => y.year >= choice.from && y.year <= choice.to))
    throw inputError(
      `--years ${label(choice.from)}..${label(choice.to)}: no returns for those years among the files (they hold: ${held})`,
    );
}

/** `--la`: a code, name or ONS code; a 3-digit code not in the bundled list is kept (a new or test LA). */
function laOf(text: string | undefined): { readonly code: string; readonly name: string } | undefined {
  if (text === undefined) return undefined;
  if (/^\d{3}$/.test(text.trim()) && !findArea(text.trim(), { kinds: ["la"] }).ok)
    return { code: text.trim(), name: text.trim() };
  return resolveLa(text);
}

/** `--year` or `--years a..b` as start years. */
function yearChoiceOf(year: string | undefined, years: string | undefined): YearChoice {
  if (year !== undefined && years !== undefined) throw usageError("give --year or --years, not both");
  if (year !== undefined) return { kind: "one", year: startYearOf(year, "--year") };
  if (years !== undefined) {
    const m = /^(.+?)\s*\.\.\s*(.+)$/.exec(years);
    if (!m)
      throw usageError(`--years "${years}": give a range of collection years, e.g. --years 2021/22..2024/25`);
    const from = startYearOf(m[1] as string, "--years");
    const to = startYearOf(m[2] as string, "--years");
    if (to < from) throw usageError(`--years "${years}": the first year is after the last`);
    return { kind: "range", from, to };
  }
  return { kind: "latest" };
}

/** `--year 2021/22` as its start year (2021). */
function startYearOf(label: string, option: string): number {
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
    `${option} "${label}": give the collection year as a financial year, e.g. 2023/24 (the CIN census Year 2024, the 2023-24 SSDA903)`,
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
