import { financialYearOf, type Issue, type Observation } from "@kpikit/core";
import {
  type CinChild,
  type CinHeader,
  computeCinMeasures,
  computeSsda903Measures,
  decodeText,
  type MeasureExclusion,
  parseCinCensusXml,
  readSsda903,
  recogniseReturnFile,
  type Ssda903Tables,
} from "@kpikit/csc";

/** A file the user chose: its bytes as read in the page (or its text, when already decoded). */
export interface ReturnFile {
  readonly name: string;
  /** Decoded as every kpikit reader does (BOM, UTF-16, Windows-1252, mis-decoded UTF-8), with its warnings. */
  readonly text: string | Uint8Array;
}

/** What the dashboard makes of a set of return files: issues, measures and the LA the CIN header names. */
export interface ReturnsResult {
  /** Every issue from every file (file, row, column; never a child's identifier or characteristics). */
  readonly issues: readonly Issue[];
  /** The computed measures (CIN census, then SSDA903); `area` is `"local"`. */
  readonly observations: readonly Observation[];
  readonly exclusions: readonly MeasureExclusion[];
  /** The LA code in the newest CIN census header, when there is one. */
  readonly laCode: string | null;
  /** The CIN census year used (`2024` = 2023-24), or null when no census was read. */
  readonly cinYear: number | null;
  /** The SSDA903 start year used (`2023` = 2023-24), or null when no 903 table was read. */
  readonly ssda903Year: number | null;
  /** Plain-English notes on what was used (file counts, years). */
  readonly notes: readonly string[];
}

/** Options for {@link readReturns}. */
export interface ReadReturnsOptions {
  /** SSDA903 start year; default: from a `2023-` file-name prefix, else the year of the latest episode date. */
  readonly ssda903Year?: number;
}

const sizeOf = (n: number) => `${n} ${n === 1 ? "file" : "files"}`;

/** The start year of the financial year containing the latest episode start or end date (dates only). */
function inferSsda903Year(tables: Ssda903Tables, names: readonly string[]): number | null {
  for (const n of names) {
    const m = /^(20\d\d)[-_ ]/.exec(n.split(/[\\/]/).pop() ?? n);
    if (m?.[1]) return Number(m[1]);
  }
  let latest = "";
  for (const row of tables.episodes?.rows ?? []) {
    for (const key of ["DECOM", "DEC"]) {
      const d = row.values[key];
      if (d && /^\d{4}-\d\d-\d\d$/.test(d) && d > latest) latest = d;
    }
  }
  return latest ? financialYearOf(latest).startYear : null;
}

/**
 * Reads CIN census XML and SSDA903 (CSV or XML) files and computes their measures, all in memory: routes each
 * file by its content (XML root element, CSV header row), reads every 903 table in one call (so the
 * cross-table checks run), uses the newest CIN census as the year and earlier ones as history. A file that is
 * neither gives a `returns-unrecognised` error; nothing throws.
 *
 * @example
 * readReturns([{ name: "notes.txt", text: "hello" }]).issues[0]?.code //=> "returns-unrecognised"
 */
export function readReturns(files: readonly ReturnFile[], options: ReadReturnsOptions = {}): ReturnsResult {
  const issues: Issue[] = [];
  const censuses: { header: CinHeader | null; children: readonly CinChild[]; file: string }[] = [];
  const ssdaFiles: Record<string, string> = {};
  for (const f of files) {
    const decoded = decodeText(f.text, f.name);
    issues.push(...decoded.issues);
    const text = decoded.text;
    const kind = recogniseReturnFile(text, f.name);
    if (kind === "ssda903") {
      ssdaFiles[f.name] = text;
      continue;
    }
    if (kind === "cin-census") {
      // The CIN reader refuses a DOCTYPE and names the problem in XML that is not a census.
      const cin = parseCinCensusXml(text, { file: f.name });
      issues.push(...cin.issues);
      if (cin.children.length > 0 || cin.header) censuses.push({ ...cin, file: f.name });
      continue;
    }
    issues.push({
      code: "returns-unrecognised",
      severity: "error",
      file: f.name,
      row: 1,
      column: 1,
      message:
        "not a CIN census XML file or an SSDA903 table (its first line matches no 903 table's columns); it was not used",
    });
  }

  const notes: string[] = [];
  const observations: Observation[] = [];
  const exclusions: MeasureExclusion[] = [];
  let laCode: string | null = null;
  let cinYear: number | null = null;
  const withYear = censuses.filter((c) => c.header?.year != null);
  if (censuses.length > 0 && withYear.length === 0) {
    notes.push("The CIN census measures were not computed: no census header gives its Year.");
  }
  if (withYear.length > 0) {
    cinYear = Math.max(...withYear.map((c) => c.header?.year ?? 0));
    const current = withYear.filter((c) => c.header?.year === cinYear);
    const previous = withYear.filter((c) => (c.header?.year ?? 0) < (cinYear ?? 0));
    laCode = current.map((c) => c.header?.la).find((la): la is string => !!la) ?? null;
    const m = computeCinMeasures(
      current.flatMap((c) => c.children),
      {
        collectionYear: cinYear,
        previousCensuses: previous.map((c) => c.children),
      },
    );
    observations.push(...m.observations);
    exclusions.push(...m.exclusions);
    notes.push(
      `CIN census ${cinYear - 1}-${String(cinYear).slice(2)} from ${sizeOf(current.length)}${previous.length > 0 ? `, with ${sizeOf(previous.length)} of earlier years as history` : ""}.`,
    );
  }

  let ssda903Year: number | null = null;
  const names = Object.keys(ssdaFiles);
  if (names.length > 0) {
    const read = readSsda903(ssdaFiles);
    issues.push(...read.issues);
    ssda903Year = options.ssda903Year ?? inferSsda903Year(read.tables, names);
    if (ssda903Year === null) {
      notes.push("The SSDA903 measures were not computed: no episode dates to tell the year from.");
    } else {
      const m = computeSsda903Measures(read.tables, { year: ssda903Year });
      observations.push(...m.observations);
      exclusions.push(...m.exclusions);
      notes.push(
        `SSDA903 ${ssda903Year}-${String(ssda903Year + 1).slice(2)} from ${sizeOf(names.length)} (tables: ${Object.keys(read.tables).join(", ") || "none recognised"}).`,
      );
    }
  }
  return { issues, observations, exclusions, laCode, cinYear, ssda903Year, notes };
}
