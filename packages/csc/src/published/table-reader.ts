// Internal: shared by the loaders — header lookup with renamed-column detection, issue helpers, row accounting.
import type { Issue, ObservationStatus } from "@kpikit/core";
import { editDistance } from "../reference/normalize-name.js";
import { type CsvRecord, readCsvRecords } from "../text/csv-records.js";
import { decodeText } from "../text/decode-text.js";
import { readCell } from "./special-values.js";

export const normHeader = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
const squash = (h: string): string =>
  normHeader(h)
    .replace(/percentage|percent|pct|%/g, "pct")
    .replace(/number|num|count|no(?=_)/g, "n")
    .replace(/[_().]/g, "");

/** Header lookup: exact (normalised) name, a known alias, or a near spelling (reported as renamed). */
export class Header {
  readonly index = new Map<string, number>();
  readonly names: readonly string[];
  private readonly renamed = new Set<string>();
  constructor(
    cells: readonly string[],
    private readonly issues: Issue[],
    private readonly file: string | undefined,
    private readonly line = 1,
  ) {
    this.names = cells.map(normHeader);
    this.names.forEach((n, i) => {
      if (!this.index.has(n)) this.index.set(n, i);
    });
  }
  has(name: string): boolean {
    return this.index.has(name);
  }
  /** Finds a column by its standard name or aliases; near spellings are used with a `renamed-column` warning. */
  find(
    name: string,
    aliases: readonly string[] = [],
    fuzzy = true,
    quietAliases = false,
  ): number | undefined {
    const exact = this.index.get(name);
    if (exact !== undefined) return exact;
    for (const a of aliases) {
      const i = this.index.get(normHeader(a));
      if (i !== undefined) return quietAliases ? i : this.note(name, i);
    }
    if (!fuzzy) return undefined;
    const target = squash(name);
    let best: number | undefined;
    let bestD = Number.POSITIVE_INFINITY;
    this.names.forEach((n, i) => {
      if (this.index.get(n) !== i) return;
      const d = squash(n) === target ? 0 : editDistance(squash(n), target);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    const limit = target.length >= 8 ? 2 : 1;
    if (best !== undefined && bestD <= limit && !this.isStandard(this.names[best] ?? ""))
      return this.note(name, best);
    return undefined;
  }
  private isStandard(n: string): boolean {
    return STANDARD.has(n);
  }
  private note(name: string, i: number): number {
    const actual = this.names[i] ?? "";
    if (actual !== name && !this.renamed.has(name)) {
      this.renamed.add(name);
      this.issues.push({
        code: "renamed-column",
        severity: "warning",
        message: `Column "${actual}" was read as "${name}".`,
        column: actual,
        row: this.line,
        ...(this.file === undefined ? {} : { file: this.file }),
      });
    }
    return i;
  }
}

const STANDARD = new Set([
  "time_period",
  "time_identifier",
  "geographic_level",
  "country_code",
  "country_name",
  "region_code",
  "region_name",
  "old_la_code",
  "new_la_code",
  "la_name",
]);

export const cellAt = (rec: CsvRecord, i: number | undefined): string =>
  i === undefined ? "" : (rec.cells[i] ?? "").trim();

/** Groups "not an indicator" exclusions into one warning per reason, naming the first row and the count. */
export class Exclusions {
  private readonly groups = new Map<
    string,
    { first: number; count: number; message: string; column?: string }
  >();
  add(key: string, row: number, message: string, column?: string): void {
    const g = this.groups.get(key);
    if (g) g.count++;
    else this.groups.set(key, { first: row, count: 1, message, ...(column === undefined ? {} : { column }) });
  }
  flush(issues: Issue[], file: string | undefined): void {
    for (const [, g] of this.groups) {
      issues.push({
        code: "row-not-used",
        severity: "warning",
        message: `${g.count} row${g.count === 1 ? "" : "s"} (first at row ${g.first}) ${g.message}`,
        row: g.first,
        ...(g.column === undefined ? {} : { column: g.column }),
        ...(file === undefined ? {} : { file }),
      });
    }
  }
}

/** The header record, or why the whole file cannot be read (no header, or semicolon-separated). */
export function headerOrFailure(
  headerRecord: CsvRecord | undefined,
  delimiter: "," | "\t" | ";",
  file: string | undefined,
  rows: number,
): CsvRecord | Issue {
  const at = file === undefined ? {} : { file };
  if (!headerRecord)
    return {
      code: "empty-file",
      severity: "error",
      message: "The file has no header row.",
      row: 1,
      column: 1,
      ...at,
    };
  if (delimiter !== ";") return headerRecord;
  // Its numbers probably use decimal commas ("19,9"), which must not be guessed at.
  return {
    code: "semicolon-separated",
    severity: "error",
    message: `The file is separated by semicolons, so its numbers may use decimal commas; none of its ${rows} rows were read. Save it as a comma-separated CSV (CSV UTF-8) and load it again.`,
    row: 1,
    column: 1,
    ...at,
  };
}

/** Decodes a file (UTF-8, else Windows-1252; mojibake repaired) and splits it into records, with the issues found. */
export function readTableText(
  input: string | Uint8Array,
  file: string | undefined,
): {
  readonly records: readonly CsvRecord[];
  readonly delimiter: "," | "\t" | ";";
  readonly issues: Issue[];
} {
  const decoded = decodeText(input, file);
  const issues: Issue[] = [...decoded.issues];
  const read = readCsvRecords(decoded.text);
  const { records, delimiter } = read;
  // The CSV layer's own issues (an unclosed quote, text after a quote), with their line and field.
  for (const issue of read.issues) issues.push(file === undefined ? issue : { ...issue, file });
  return { records, delimiter, issues };
}

/** One cell as an observation's value, status and note; or, for text that is neither, the bad-value issue. */
export function readObservationCell(
  raw: string,
  column: string,
):
  | { readonly value: number | null; readonly status: ObservationStatus; readonly note?: string }
  | { readonly issue: Omit<Issue, "file" | "row"> } {
  const cell = readCell(raw);
  switch (cell.kind) {
    case "invalid":
      return {
        issue: {
          code: "bad-value",
          severity: "error",
          message: `"${cell.text}" is not a number or a known symbol.`,
          column,
        },
      };
    case "number":
      return { value: cell.value, status: "ok" };
    case "status":
      return { value: null, status: cell.status, note: `${cell.marker}: ${cell.meaning}` };
    case "empty":
      return { value: null, status: "not-available", note: "blank in the file" };
  }
}

/** Keeps the first row for each indicator, area and period; a later one is a duplicate (same figure) or a conflict. */
export class FirstRowWins {
  private readonly seen = new Map<string, { row: number; value: number | null; status: ObservationStatus }>();
  /** `undefined` (and the row is remembered) when the key is new, else the issue for the repeat. */
  repeat(
    key: string,
    at: { readonly row: number; readonly value: number | null; readonly status: ObservationStatus },
    what: { readonly measure: string; readonly area: string; readonly period: string },
    raw: string,
    column: string,
  ): Omit<Issue, "file" | "row"> | undefined {
    const prior = this.seen.get(key);
    if (!prior) {
      this.seen.set(key, at);
      return undefined;
    }
    const same = prior.value === at.value && prior.status === at.status;
    return {
      code: same ? "duplicate-row" : "conflicting-duplicate",
      severity: same ? "warning" : "error",
      message: same
        ? `Repeats row ${prior.row} (${what.measure}, ${what.area}, ${what.period}); ignored.`
        : `${what.measure} for ${what.area} ${what.period} is ${raw || "blank"} here but ${prior.value ?? prior.status} at row ${prior.row}; the first was kept.`,
      column,
    };
  }
}
