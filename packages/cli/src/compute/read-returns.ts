import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { financialYearOf, type Issue } from "@kpikit/core";
import {
  type CinChild,
  decodeText,
  parseCinCensusXml,
  readSsda903,
  recogniseReturnFile,
  type Ssda903Tables,
} from "@kpikit/csc";
import { usageError } from "../_lib/errors.js";

/** One input file as `kpikit compute` read it (no child-level data: names, kinds and years only). */
export interface ReturnFile {
  readonly file: string;
  readonly kind: "cin-census" | "ssda903";
  /** The collection's start year (2021 = 2021-22), when known. */
  readonly year: number | null;
  /** "current" is computed; "history" only supplies earlier records; "ignored" is later than the year computed. */
  readonly role: "current" | "history" | "ignored";
}

/** The returns read, grouped by year, ready for the measures. */
export interface ReadReturns {
  readonly files: readonly ReturnFile[];
  readonly cin: {
    readonly collectionYear: number;
    readonly children: readonly CinChild[];
    readonly previous: readonly (readonly CinChild[])[];
    readonly la: string | null;
  } | null;
  readonly ssda903: {
    readonly year: number;
    readonly tables: Ssda903Tables;
    readonly previous: readonly Ssda903Tables[];
    /** How the year was decided, for a note on stderr. */
    readonly yearFrom: "option" | "file-name" | "episodes" | "cin";
  } | null;
  /** Every issue found, errors and warnings. */
  readonly issues: readonly Issue[];
  /** The issues that stop the computation (exit 3). */
  readonly fatal: readonly Issue[];
}

/** Codes after which a file cannot be computed from: unreadable, unsafe or unrecognised. */
const FATAL_CODES = new Set([
  "file-not-found",
  "compute-unknown-file",
  "compute-missing-table",
  "compute-no-year",
  "cin-unexpected-root",
  "cin-header-missing",
  "ssda903-csv-malformed",
  "ssda903-empty-file",
  "ssda903-unknown-table",
  "ssda903-duplicate-table",
]);
/** SSDA903 columns the measures read: a table without one of them cannot be computed from. */
const NEEDED_COLUMNS = new Set(["CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "DOB"]);

/** True when an issue prevents computing the measures. */
export function isFatal(issue: Issue): boolean {
  if (issue.severity === "warning") return false;
  if (issue.code.startsWith("xml-") || FATAL_CODES.has(issue.code)) return true;
  return issue.code === "ssda903-missing-column" && NEEDED_COLUMNS.has(String(issue.column));
}

const YEAR_PREFIX = /^((?:19|20)\d\d)[-_ ]/;

interface RawSsda {
  readonly name: string;
  readonly text: string;
  readonly prefixYear: number | null;
}

/**
 * Reads CIN census XML and SSDA903 CSV/XML files, routes each by its content, groups them by collection year
 * and picks the year to compute (`year`, a start year, else the latest year given). Earlier years are history.
 */
export async function readReturns(
  paths: readonly { readonly full: string; readonly name: string }[],
  year: number | undefined,
): Promise<ReadReturns> {
  const issues: Issue[] = [];
  const files: ReturnFile[] = [];
  const cinFiles: { name: string; year: number | null; la: string | null; children: readonly CinChild[] }[] =
    [];
  const ssdaFiles: RawSsda[] = [];
  for (const { full, name } of paths) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(full));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      issues.push({ code: "file-not-found", file: name, message: `cannot read the file: ${code}` });
      continue;
    }
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      issues.push({
        code: "compute-unknown-file",
        file: name,
        row: 1,
        column: 1,
        message:
          "a spreadsheet (XLSX); compute reads CIN census XML and SSDA903 CSV or XML: save each table as CSV",
      });
      continue;
    }
    const decoded = decodeText(bytes, name);
    issues.push(...decoded.issues);
    const text = decoded.text;
    const prefix = YEAR_PREFIX.exec(basename(name));
    const prefixYear = prefix ? Number(prefix[1]) : null;
    const kind = recogniseReturnFile(text, name);
    if (kind === "ssda903") {
      ssdaFiles.push({ name, text, prefixYear });
      continue;
    }
    if (kind === "cin-census") {
      // A CIN census, or XML that is neither (a DOCTYPE, malformed XML, another root): the CIN reader says
      // which, with its line and column, and reads nothing unsafe.
      const cin = parseCinCensusXml(text, { file: name });
      issues.push(...cin.issues);
      cinFiles.push({
        name,
        year: cin.header?.year ?? null,
        la: cin.header?.la ?? null,
        children: cin.children,
      });
      continue;
    }
    issues.push({
      code: "compute-unknown-file",
      file: name,
      row: 1,
      column: 1,
      message:
        "not a CIN census (XML) or an SSDA903 table (header, episodes, reviews, …): its columns match no table",
    });
  }

  // CIN census: the header's Year is the collection year (2022 = 2021-22).
  let cin: ReadReturns["cin"] = null;
  if (cinFiles.length > 0) {
    const known = cinFiles.map((c) => c.year).filter((y): y is number => y !== null);
    const target = year !== undefined ? year + 1 : known.length > 0 ? Math.max(...known) : null;
    if (target === null) {
      issues.push({
        code: "compute-no-year",
        file: cinFiles[0]?.name ?? "",
        message: "the CIN census header has no Year; give --year (e.g. --year 2021/22)",
      });
    } else {
      if (cinFiles.length > 1) {
        for (const c of cinFiles.filter((f) => f.year === null))
          issues.push({
            code: "compute-no-year",
            file: c.name,
            message:
              "the CIN census header has no Year, so its year among the other files is unknown; give it on its own with --year",
          });
      }
      const current = cinFiles.filter((c) => c.year === target || (c.year === null && cinFiles.length === 1));
      if (current.length === 0) {
        throw usageError(
          `--year: no CIN census for ${target - 1}/${String(target).slice(2)} among the files (their years: ${[...new Set(known)].join(", ")})`,
        );
      }
      const previous = cinFiles.filter((c) => c.year !== null && c.year < target);
      for (const c of cinFiles) {
        const role = current.includes(c) ? "current" : previous.includes(c) ? "history" : "ignored";
        files.push({ file: c.name, kind: "cin-census", year: (c.year ?? target) - 1, role });
      }
      cin = {
        collectionYear: target,
        children: current.flatMap((c) => c.children),
        previous: previous.map((c) => c.children),
        la: current.find((c) => c.la !== null)?.la ?? null,
      };
    }
  }

  // SSDA903: files grouped by a year prefix in the name (2021-episodes.csv); files without one are this year's.
  let ssda903: ReadReturns["ssda903"] = null;
  if (ssdaFiles.length > 0) {
    const prefixed = ssdaFiles.map((f) => f.prefixYear).filter((y): y is number => y !== null);
    let target: number | null = year ?? (prefixed.length > 0 ? Math.max(...prefixed) : null);
    let yearFrom: "option" | "file-name" | "episodes" | "cin" =
      year !== undefined ? "option" : target !== null ? "file-name" : "episodes";
    const currentFiles = ssdaFiles.filter((f) => f.prefixYear === null || f.prefixYear === target);
    const read = readSsda903(Object.fromEntries(currentFiles.map((f) => [f.name, f.text])));
    issues.push(...read.issues);
    if (target === null) {
      // No year given or named: the year of the latest episode start (a return holds the episodes open in it).
      let latest: string | null = null;
      for (const row of read.tables.episodes?.rows ?? []) {
        const d = row.values.DECOM;
        if (d && /^\d{4}-\d{2}-\d{2}$/.test(d) && (latest === null || d > latest)) latest = d;
      }
      if (latest !== null) target = financialYearOf(latest).startYear;
      else if (cin !== null) {
        target = cin.collectionYear - 1;
        yearFrom = "cin";
      }
    }
    const missing = (["episodes", "header"] as const).filter((t) => read.tables[t] === undefined);
    for (const t of missing) {
      issues.push({
        code: "compute-missing-table",
        file: currentFiles.map((f) => f.name).join(", "),
        message: `no SSDA903 ${t} table among the files${target !== null ? ` for ${target}-${String(target + 1).slice(2)}` : ""}; the measures need the episodes and header tables`,
      });
    }
    if (target === null && missing.length === 0) {
      issues.push({
        code: "compute-no-year",
        file: currentFiles.map((f) => f.name).join(", "),
        message: "cannot tell the SSDA903 year: give --year (e.g. --year 2023/24)",
      });
    }
    const history = [
      ...new Set(
        ssdaFiles.map((f) => f.prefixYear).filter((y): y is number => y !== null && y < (target ?? 0)),
      ),
    ].sort((a, b) => a - b);
    const previous = history.map((y) => {
      const r = readSsda903(
        Object.fromEntries(ssdaFiles.filter((f) => f.prefixYear === y).map((f) => [f.name, f.text])),
      );
      issues.push(...r.issues);
      return r.tables;
    });
    for (const f of ssdaFiles) {
      const role = currentFiles.includes(f)
        ? "current"
        : f.prefixYear !== null && f.prefixYear < (target ?? 0)
          ? "history"
          : "ignored";
      files.push({ file: f.name, kind: "ssda903", year: f.prefixYear ?? target, role });
    }
    if (target !== null) ssda903 = { year: target, tables: read.tables, previous, yearFrom };
  }
  for (const f of files) {
    if (f.role === "ignored")
      issues.push({
        code: "compute-later-year",
        severity: "warning",
        file: f.file,
        message: "this file is for a later year than the one computed; it is not used",
      });
  }
  return { files, cin, ssda903, issues, fatal: issues.filter(isFatal) };
}
