import type { Issue } from "@kpikit/core";
import {
  CSV_STREAM_MAX_RECORD_CHARS,
  type CsvDelimiter,
  type CsvRecord,
  CsvRecordStream,
  readCsvRecords,
} from "../text/csv-records.js";
import { readUkDate } from "./dates.js";
import { type RawRow, SSDA903_TABLES, type Ssda903TableName, type TableSpec } from "./ssda903-tables.js";
import { looksLikeXml, noChildren, Ssda903XmlChildren, xmlRootOf } from "./ssda903-xml.js";
import { upnCheckLetterOk } from "./upn.js";
import { codeList, dateForm, valueForm } from "./value-form.js";
import { isKnownReturnsName } from "./xml-names.js";
import { XmlStream } from "./xml-reader.js";

export type { Ssda903TableName } from "./ssda903-tables.js";

/**
 * One data row of an SSDA903 table: `line` is its 1-based line in the file; `values` maps each known column to
 * its trimmed text, with dates converted from `dd/mm/yyyy` to ISO `YYYY-MM-DD`; blank or invalid values are
 * `null` (invalid ones are reported). Child-level: keep in memory, never output.
 */
export interface Ssda903Row {
  readonly line: number;
  readonly values: Readonly<Record<string, string | null>>;
  /**
   * Columns whose value was written but could not be read (reported as errors; `null` in `values`). A blank
   * end date means "still open", an unreadable one does not: measures leave such a record out with its reason.
   */
  readonly invalid?: readonly string[];
}

/** One recognised SSDA903 table. */
export interface Ssda903Table {
  readonly kind: "ssda903-table";
  readonly name: Ssda903TableName;
  /** The key it was given under (a file name or a table name). */
  readonly file: string;
  /** The file's columns, as written. */
  readonly columns: readonly string[];
  readonly rows: readonly Ssda903Row[];
}

/** The recognised tables by name. */
export type Ssda903Tables = Readonly<Partial<Record<Ssda903TableName, Ssda903Table>>>;

/** Options for {@link readSsda903}. */
export interface ReadSsda903Options {
  /**
   * Report codes outside the DfE lists (over all schema years) as `error` (default) or `warning`. Test
   * files with random codes may want `warning`.
   */
  readonly codeSeverity?: "error" | "warning";
  /** The DfE rules beyond the file's form, as `kpikit validate` runs them: each UPN's check letter. Default false. */
  readonly dfeChecks?: boolean;
}

/** What {@link readSsda903} read. */
export interface ReadSsda903Result {
  readonly tables: Ssda903Tables;
  readonly issues: readonly Issue[];
}

const norm = (s: string): string =>
  s
    .replace(/^\uFEFF/, "")
    .trim()
    .toUpperCase();

function fileKey(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base
    .replace(/\.(csv|txt)$/i, "")
    .toLowerCase()
    .replace(/^\d{4}[-_ ]?/, "")
    .replace(/[-_ ]?\d{4}$/, "")
    .replace(/[\s-]+/g, "_");
}

/**
 * The SSDA903 table a file holds, from its columns (and, when columns alone cannot decide, its file name such
 * as `episodes.csv`, `2021-header.csv` or `placed_adoption.csv`); `null` when neither matches.
 * Columns are compared case-insensitively; a table is recognised when the file has all its columns, or, when no
 * table has all of them, the one whose required columns the file has most of (at least half).
 * @example
 * recogniseSsda903Table(["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]) //=> "missing"
 * recogniseSsda903Table(["CHILD", "DECOM"], "2019-episodes.csv") //=> "episodes"
 * recogniseSsda903Table(["a", "b"]) //=> null
 */
export function recogniseSsda903Table(
  columns: readonly string[],
  fileName?: string,
): Ssda903TableName | null {
  const have = new Set(columns.map(norm));
  const complete = SSDA903_TABLES.filter((t) => t.columns.every((c) => have.has(c.name)));
  if (complete.length > 0) {
    // The most specific table whose columns are all present (header over uasc, for instance).
    return complete.reduce((a, b) => (b.columns.length > a.columns.length ? b : a)).name;
  }
  if (fileName !== undefined) {
    const key = fileKey(fileName);
    const byName = SSDA903_TABLES.find((t) => t.name === key || t.aliases.includes(key));
    if (byName) return byName.name;
  }
  let best: TableSpec | null = null;
  let bestScore = 0;
  for (const t of SSDA903_TABLES) {
    const required = t.columns.filter((c) => c.required && c.name !== "CHILD" && c.name !== "DOB");
    const hits = required.filter((c) => have.has(c.name)).length;
    const score = required.length === 0 ? 0 : hits / required.length;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best && bestScore >= 0.5 && have.has("CHILD") ? best.name : null;
}

/**
 * Reads a set of SSDA903 CSV files (header, episodes, reviews, missing, oc2, oc3, uasc, ad1,
 * placed_for_adoption, previous_permanence, sw_episodes, and the 2025 dolo table). Each table is recognised by
 * its columns (the file name helps only when columns cannot decide). Checks: required columns, required
 * values, UK dates `dd/mm/yyyy` (parsed explicitly, never by `new Date`), code lists, whole numbers, one row per
 * child where the return allows only one, and that episodes and dates run forwards. Never throws; every row is
 * kept (with invalid values as `null`) and every problem is an issue with file, row (line) and column (name).
 * Messages never quote a child identifier, UPN, date of birth, sex, ethnicity or postcode.
 *
 * A value that starts with `<` is read as the SSDA903 XML layout (`<EXPSSDA903><CHILD><HEADER>…<EPISODE>…`)
 * with the project's safe XML reader (no DOCTYPE, no entity expansion): its records become the same tables and
 * get the same checks, with messages naming the record ("<EPISODE> of child 12 (line 340, column 5)").
 * @param tables File name (or table name) → CSV text, or the XML return's text.
 * @example
 * const r = readSsda903({
 *   "episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
 *     "101,01/04/2024,S,C2,N1,U1,PR1,,,,,,\n",
 * });
 * r.tables.episodes?.rows[0]?.values.DECOM //=> "2024-04-01"
 * r.issues.length //=> 0
 * const bad = readSsda903({ "missing.csv": "CHILD,DOB,MISSING,MIS_START\n101,01/02/2010,M,2024-04-01\n" });
 * bad.issues.map((i) => [i.code, i.severity, i.row, i.column])
 * //=> [["ssda903-missing-column", "warning", 1, "MIS_END"], ["ssda903-invalid-date", "error", 2, "MIS_START"]]
 */
export function readSsda903(
  tables: Readonly<Record<string, string>>,
  options: ReadSsda903Options = {},
): ReadSsda903Result {
  return combineSsda903(
    Object.entries(tables ?? {}).map(([file, input]) =>
      readSsda903File(file, typeof input === "string" ? input : "", options),
    ),
  );
}

/** One SSDA903 file read on its own: its tables (a CSV file has one, the XML return several) and its issues. */
export interface Ssda903FileRead {
  readonly file: string;
  readonly tables: readonly Ssda903Table[];
  readonly issues: readonly Issue[];
}

/** {@link Ssda903FileReader} on a whole text (the CSV split by `readCsvRecords` in one go). */
export function readSsda903File(
  file: string,
  text: string,
  options: ReadSsda903Options = {},
): Ssda903FileRead {
  const reader = new Ssda903FileReader(file, options);
  if (looksLikeXml(text)) {
    reader.push(text);
    return reader.end();
  }
  const csv = readCsvRecords(text);
  const table = new CsvTableReader(file, checksOf(options));
  table.records(csv.records);
  return table.end(csv);
}

/**
 * The tables of a year's SSDA903 files, each read on its own, put together: a second table of one kind is an error
 * (the first is kept), then the checks across tables (episodes in date order without overlaps, every child with
 * episodes in header). The issues are each file's, in order, then these.
 */
export function combineSsda903(reads: readonly Ssda903FileRead[]): ReadSsda903Result {
  const issues: Issue[] = [];
  const out: Partial<Record<Ssda903TableName, Ssda903Table>> = {};
  for (const { file, tables, issues: own } of reads) {
    for (const issue of own) issues.push(issue);
    for (const table of tables) {
      const existing = out[table.name];
      if (existing) {
        issues.push({
          code: "ssda903-duplicate-table",
          severity: "error",
          file,
          row: 1,
          column: 1,
          message: `${file} is a second ${table.name} table for the same year and LA (the first is ${existing.file}); it is ignored.`,
        });
        continue;
      }
      out[table.name] = table;
    }
  }
  crossCheck(out, issues);
  return { tables: out, issues };
}

const checksOf = (options: ReadSsda903Options): RowChecks => ({
  codeSeverity: options.codeSeverity ?? "error",
  dfeChecks: options.dfeChecks === true,
});

/**
 * One SSDA903 file read piece by piece as it is decoded, holding its rows, never its text: a CSV table (records
 * handed on by `CsvRecordStream` as their lines arrive) or, when its first character is `<`, the XML return (each
 * `<CHILD>` read as it closes and let go). Gives what {@link readSsda903} gives that file on its own (but for a
 * CSV file whose quotes cannot be paired at all, which the whole-text reader reads as empty).
 */
export class Ssda903FileReader {
  private readonly checks: RowChecks;
  /** Leading white space, until the first character says CSV or XML. */
  private lead = "";
  private csv: { readonly stream: CsvRecordStream; readonly table: CsvTableReader } | null = null;
  private xml: XmlTablesReader | null = null;

  constructor(
    readonly file: string,
    options: ReadSsda903Options = {},
  ) {
    this.checks = checksOf(options);
  }

  /** The rows read so far (all tables). */
  get rowCount(): number {
    return this.csv?.table.rowCount ?? this.xml?.rowCount ?? 0;
  }

  /** True when the rest of the file cannot change what it gives (a CSV record ran past its bound). */
  get stopped(): boolean {
    return this.csv?.stream.stopped ?? false;
  }

  push(piece: string): void {
    if (this.csv) this.csv.stream.push(piece);
    else if (this.xml) this.xml.push(piece);
    else {
      const text = this.lead + piece;
      if (text.trim() === "") {
        this.lead = text;
        return;
      }
      this.lead = "";
      if (looksLikeXml(text)) this.xml = new XmlTablesReader(this.file, this.checks);
      else {
        const table = new CsvTableReader(this.file, this.checks);
        this.csv = { table, stream: new CsvRecordStream((records) => table.records(records)) };
      }
      this.push(text);
    }
  }

  end(): Ssda903FileRead {
    if (this.xml) return this.xml.end();
    if (!this.csv) {
      const table = new CsvTableReader(this.file, this.checks);
      const csv = readCsvRecords(this.lead);
      table.records(csv.records);
      return table.end(csv);
    }
    return this.csv.table.end(this.csv.stream.end());
  }
}

/** The XML return read as it arrives: each `<CHILD>`'s records become rows of their tables as it closes. */
class XmlTablesReader {
  private readonly stream: XmlStream;
  private readonly children: Ssda903XmlChildren;
  private readonly tables = new Map<Ssda903TableName, RowReader>();
  rowCount = 0;

  constructor(
    private readonly file: string,
    checks: RowChecks,
  ) {
    this.children = new Ssda903XmlChildren(file, (name, row) => {
      let rows = this.tables.get(name);
      if (!rows) {
        const spec = SSDA903_TABLES.find((t) => t.name === name) as TableSpec;
        rows = new RowReader(spec, file, checks);
        this.tables.set(name, rows);
      }
      rows.add(row);
      this.rowCount++;
    });
    this.stream = new XmlStream({
      // Each <CHILD> under the root is read as it closes and let go.
      close: (el, depth) => {
        if (depth !== 2 || el.name !== "CHILD") return false;
        this.children.child(el);
        return true;
      },
    });
  }

  push(piece: string): void {
    this.stream.push(piece);
  }

  end(): Ssda903FileRead {
    const file = this.file;
    const issues: Issue[] = [];
    const root = xmlRootOf(this.stream.end(), file, issues);
    if (!root) return { file, tables: [], issues };
    if (this.children.count === 0) {
      issues.push(noChildren(file, root));
      return { file, tables: [], issues };
    }
    for (const i of this.children.issues) issues.push(i);
    const tables: Ssda903Table[] = [];
    for (const [name, rows] of this.tables) {
      const spec = rows.spec;
      tables.push({
        kind: "ssda903-table",
        name,
        file,
        columns: spec.columns.map((c) => c.name),
        rows: rows.finish(),
      });
      for (const i of rows.issues) issues.push(i);
    }
    return { file, tables, issues };
  }
}

/** A CSV table read record by record: its header row first (which table, which columns), then its rows. */
class CsvTableReader {
  /** The header row's issues (duplicate, missing and extra columns). */
  private readonly headIssues: Issue[] = [];
  private head: CsvRecord | null = null;
  private table: {
    readonly spec: TableSpec;
    readonly columns: readonly string[];
    readonly index: ReadonlyMap<string, number>;
    readonly rows: RowReader;
  } | null = null;

  constructor(
    private readonly file: string,
    private readonly checks: RowChecks,
  ) {}

  get rowCount(): number {
    return this.table?.rows.rowCount ?? 0;
  }

  records(records: readonly CsvRecord[]): void {
    for (const record of records) {
      if (this.head === null) {
        this.head = record;
        this.table = this.readHead(record);
        continue;
      }
      const t = this.table;
      if (!t) return;
      const { cells, line } = record;
      t.rows.add({
        line,
        fields: [cells.length, t.columns.length] as const,
        get: (name: string) => {
          const at = t.index.get(name);
          return at === undefined ? undefined : (cells[at] ?? "");
        },
      });
    }
  }

  end(csv: {
    readonly delimiter: CsvDelimiter;
    readonly unterminatedQuoteAt?: number;
    readonly overflowAt?: number;
  }): Ssda903FileRead {
    const file = this.file;
    const issues: Issue[] = [];
    const done = (table: Ssda903Table | null): Ssda903FileRead => ({
      file,
      tables: table ? [table] : [],
      issues,
    });
    if (csv.delimiter !== ",") {
      const name = csv.delimiter === ";" ? "semicolons" : "tabs";
      issues.push({
        code: "ssda903-delimiter",
        severity: "warning",
        file,
        row: 1,
        column: 1,
        message: `${file} separates fields with ${name}, not commas; it was read with ${name}.`,
      });
    }
    if (csv.overflowAt !== undefined) {
      issues.push({
        code: "ssda903-csv-malformed",
        severity: "error",
        file,
        row: csv.overflowAt,
        column: 1,
        message: `${file} is not readable CSV: the record starting on line ${csv.overflowAt} runs past ${Math.round(CSV_STREAM_MAX_RECORD_CHARS / 2 ** 20)} million characters with no line end (or a quote that is never closed), so the file was not read.`,
      });
      return done(null);
    }
    if (csv.unterminatedQuoteAt !== undefined) {
      issues.push({
        code: "ssda903-csv-malformed",
        severity: "error",
        file,
        row: csv.unterminatedQuoteAt,
        column: 1,
        message: `${file} is not readable CSV: a quoted field starting on line ${csv.unterminatedQuoteAt} is never closed.`,
      });
      return done(null);
    }
    if (!this.head) {
      issues.push({
        code: "ssda903-empty-file",
        severity: "error",
        file,
        row: 1,
        column: 1,
        message: `${file} is empty: it has no header row.`,
      });
      return done(null);
    }
    for (const i of this.headIssues) issues.push(i);
    const t = this.table;
    if (!t) return done(null);
    const rows = t.rows.finish();
    for (const i of t.rows.issues) issues.push(i);
    return done({ kind: "ssda903-table", name: t.spec.name, file, columns: t.columns, rows });
  }

  /** The table a header row names, with its column checks; null (with an issue) when it names none. */
  private readHead(head: CsvRecord): CsvTableReader["table"] {
    const file = this.file;
    const issues = this.headIssues;
    const columns = head.cells.map((c) => c.replace(/^\uFEFF/, "").trim());
    const name = recogniseSsda903Table(columns, file);
    const spec = SSDA903_TABLES.find((t) => t.name === name);
    if (!spec) {
      issues.push({
        code: "ssda903-unknown-table",
        severity: "error",
        file,
        row: head.line,
        column: 1,
        message: `${file} is not an SSDA903 table kpikit recognises (its columns match none of header, episodes, reviews, missing, oc2, oc3, uasc, ad1, placed_for_adoption, previous_permanence, sw_episodes).`,
      });
      return null;
    }
    const index = new Map<string, number>();
    // A header cell is printed only when it is a 903 column name: with no header row, the first row holds a
    // child's values (one rule for every message; see value-form.ts).
    const named = (c: string, i: number) =>
      isKnownReturnsName(c) || /^(LA|YEAR)$/i.test(c.trim())
        ? { column: c as string | number, text: `a column ${c}` }
        : { column: i + 1, text: `a column (number ${i + 1})` };
    columns.forEach((c, i) => {
      const key = norm(c);
      if (index.has(key))
        issues.push({
          code: "ssda903-duplicate-column",
          severity: "error",
          file,
          row: head.line,
          column: named(c, i).column,
          message: `${named(c, i).text.replace(/^a/, "A")} appears twice in ${file}; the first is used.`,
        });
      else index.set(key, i);
    });
    for (const c of spec.columns) {
      if (!index.has(c.name) && c.derived !== true) {
        issues.push({
          code: "ssda903-missing-column",
          severity: c.required ? "error" : "warning",
          file,
          row: head.line,
          column: c.name,
          message: `${file} (${spec.name}) has no ${c.name} column${c.required ? ", which is required" : ""}.`,
        });
      }
    }
    const known = new Set(spec.columns.map((c) => c.name));
    columns.forEach((c, i) => {
      if (!known.has(norm(c)))
        issues.push({
          code: "ssda903-extra-column",
          severity: "warning",
          file,
          row: head.line,
          column: named(c, i).column,
          message: `${file} (${spec.name}) has ${named(c, i).text} that is not part of the table; it is ignored.`,
        });
    });
    return { spec, columns, index, rows: new RowReader(spec, file, this.checks) };
  }
}

/** How strictly a {@link RowReader} checks values. */
interface RowChecks {
  readonly codeSeverity: "error" | "warning";
  readonly dfeChecks: boolean;
}

/**
 * Checks and converts the rows of one table, one at a time: values, dates, codes, one row per child, date order;
 * its issues in `issues`, in the order of its rows.
 */
class RowReader {
  readonly issues: Issue[] = [];
  private readonly out: Ssda903Row[] = [];
  private readonly seenChild = new Map<string, number>();
  // Date cells that could not be read, by the form they were written in: when every date of the table is in one
  // other form (ISO dates from a database export), one summary line replaces a line per cell.
  private readonly badDates: { issue: Issue; form: string | null }[] = [];
  private datesRead = 0;

  constructor(
    readonly spec: TableSpec,
    private readonly file: string,
    private readonly checks: RowChecks,
  ) {}

  get rowCount(): number {
    return this.out.length;
  }

  /** The rows read, once the last is added (and the date form summarised). */
  finish(): Ssda903Row[] {
    summariseDateForm(this.badDates, this.datesRead, this.spec.name, this.file, this.issues);
    return this.out;
  }

  add({ line, get, fields, at }: RawRow): void {
    const { spec, file, issues, badDates, seenChild, out } = this;
    const { codeSeverity, dfeChecks } = this.checks;
    const place = at ?? `line ${line}`;
    if (fields && fields[0] !== fields[1]) {
      issues.push({
        code: "ssda903-column-count",
        severity: "error",
        file,
        row: line,
        column: Math.min(fields[0], fields[1]) + 1,
        message: `Row on ${place} of ${file} has ${fields[0]} fields; the header has ${fields[1]}, so its values may be under the wrong columns.`,
      });
    }
    const values: Record<string, string | null> = {};
    const invalid: string[] = [];
    for (const c of spec.columns) {
      const cell = get(c.name);
      const raw = cell === undefined ? "" : cell.trim();
      const where = { file, row: line, column: c.name } as const;
      if (raw === "") {
        if (c.required && cell !== undefined)
          issues.push({
            code: "ssda903-missing-value",
            severity: "error",
            ...where,
            message: `${c.name} is blank on ${place} of ${file}; it is required.`,
          });
        values[c.name] = null;
        continue;
      }
      // Never the cell's text (one rule for every message; see value-form.ts): its form, in words.
      const shown = ` (${valueForm(raw)})`;
      const kind = c.kind;
      if (kind === "upn") {
        // A UPN (a letter, 11 digits, a digit or letter) or a reason it is unknown (UN1–UN7).
        const ok = /^[A-Za-z]\d{11}[\dA-Za-z]$/.test(raw) || /^UN[1-7]$/i.test(raw);
        if (!ok)
          issues.push({
            code: "ssda903-invalid-upn",
            severity: "error",
            ...where,
            message: `${c.name} on ${place} of ${file} is neither a UPN (a letter, 11 digits, then a digit or letter) nor UN1–UN7.`,
          });
        else if (dfeChecks && !/^UN/i.test(raw) && !upnCheckLetterOk(raw))
          issues.push({
            code: "ssda903-upn-check-letter",
            severity: "error",
            ...where,
            message: `${c.name} on ${place} of ${file} has a check letter that does not match its digits (the DfE UPN check).`,
          });
        values[c.name] = ok ? raw.toUpperCase() : null;
        if (!ok) invalid.push(c.name);
      } else if (kind === "date") {
        const iso = readUkDate(raw);
        this.datesRead++;
        if (iso === null) {
          const form = dateForm(raw);
          const issue: Issue = {
            code: "ssda903-invalid-date",
            severity: "error",
            ...where,
            message:
              form === "dd/mm/yyyy"
                ? `${c.name} on ${place} of ${file} is not a real day (dd/mm/yyyy).`
                : `${c.name} on ${place} of ${file}${shown} is not a date in the form dd/mm/yyyy.`,
          };
          issues.push(issue);
          badDates.push({ issue, form });
          invalid.push(c.name);
        }
        values[c.name] = iso;
      } else if (kind === "int") {
        const ok = /^\d{1,6}$/.test(raw);
        if (!ok) {
          issues.push({
            code: "ssda903-invalid-number",
            severity: "error",
            ...where,
            message: `${c.name} on ${place} of ${file}${shown} is not a whole number.`,
          });
          invalid.push(c.name);
        }
        values[c.name] = ok ? raw : null;
      } else if (typeof kind === "string") {
        values[c.name] = raw;
      } else {
        // The list's own string, not a copy for each row (millions of rows at national scale).
        const code = kind[kind.indexOf(raw.toUpperCase())];
        const ok = code !== undefined;
        if (!ok) {
          issues.push({
            code: "ssda903-invalid-code",
            severity: codeSeverity,
            ...where,
            message: `${c.name} on ${place} of ${file}${shown} is not a code the SSDA903 allows for ${c.name} (${codeList(kind)}).`,
          });
          invalid.push(c.name);
        }
        values[c.name] = code ?? null;
      }
    }
    const child = values.CHILD;
    if (spec.onePerChild && child) {
      const first = seenChild.get(child);
      if (first !== undefined)
        issues.push({
          code: "ssda903-duplicate-child",
          severity: "error",
          file,
          row: line,
          column: "CHILD",
          message: `Line ${line} of ${file} is a second ${spec.name} row for the child on line ${first}; ${spec.name} has one row per child.`,
        });
      else seenChild.set(child, line);
    }
    checkOrder(spec.name, values, file, line, issues);
    out.push(invalid.length > 0 ? { line, values, invalid } : { line, values });
  }
}

/** When every date of a table is written in one other form, one line says so instead of one per cell. */
function summariseDateForm(
  bad: readonly { issue: Issue; form: string | null }[],
  datesRead: number,
  table: string,
  file: string,
  issues: Issue[],
): void {
  const form = bad[0]?.form;
  if (bad.length < 2 || bad.length !== datesRead || !form || form === "dd/mm/yyyy") return;
  if (!bad.every((b) => b.form === form)) return;
  const drop = new Set(bad.map((b) => b.issue));
  let kept = 0;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    if (!drop.has(issue)) issues[kept++] = issue;
  }
  issues.length = kept;
  const first = bad[0]?.issue;
  issues.push({
    code: "ssda903-date-format",
    severity: "error",
    file,
    row: first?.row ?? 1,
    column: first?.column ?? 1,
    message: `${file} (${table}): its ${bad.length} dates are ${form}; the SSDA903 uses dd/mm/yyyy. Save the dates as dd/mm/yyyy and read it again.`,
  });
}

const ORDERS: Readonly<Partial<Record<Ssda903TableName, readonly (readonly [string, string])[]>>> = {
  episodes: [["DECOM", "DEC"]],
  missing: [["MIS_START", "MIS_END"]],
  placed_for_adoption: [["DATE_PLACED", "DATE_PLACED_CEASED"]],
  ad1: [["DATE_INT", "DATE_MATCH"]],
  sw_episodes: [["SW_DECOM", "SW_DEC"]],
  dolo: [["DOLO_START", "DOLO_END"]],
};

function checkOrder(
  table: Ssda903TableName,
  values: Record<string, string | null>,
  file: string,
  line: number,
  issues: Issue[],
): void {
  for (const [from, to] of ORDERS[table] ?? []) {
    const a = values[from];
    const b = values[to];
    if (a && b && b < a)
      issues.push({
        code: "ssda903-date-order",
        severity: "error",
        file,
        row: line,
        column: to,
        message: `${to} is before ${from} on line ${line} of ${file}.`,
      });
  }
  const dob = values.DOB;
  if (!dob) return;
  for (const col of DATE_COLUMNS.get(table) ?? []) {
    const v = values[col];
    if (v && v < dob) {
      issues.push({
        code: "ssda903-date-order",
        severity: "error",
        file,
        row: line,
        column: col,
        message: `${col} is before the child's date of birth on line ${line} of ${file}.`,
      });
    }
  }
}

/** Per table, its date columns other than DOB and MC_DOB (events in the child's own life). */
const DATE_COLUMNS = new Map(
  SSDA903_TABLES.map((t) => [
    t.name,
    t.columns.filter((c) => c.kind === "date" && c.name !== "DOB" && c.name !== "MC_DOB").map((c) => c.name),
  ]),
);

/** Checks across tables: episodes in date order without overlaps, and every child with episodes in header. */
function crossCheck(tables: Partial<Record<Ssda903TableName, Ssda903Table>>, issues: Issue[]): void {
  const episodes = tables.episodes;
  if (!episodes) return;
  const byChild = new Map<string, Ssda903Row[]>();
  for (const row of episodes.rows) {
    const child = row.values.CHILD;
    if (!child || !row.values.DECOM) continue;
    const list = byChild.get(child) ?? [];
    list.push(row);
    byChild.set(child, list);
  }
  for (const list of byChild.values()) {
    const sorted = [...list].sort((a, b) =>
      a.values.DECOM! < b.values.DECOM! ? -1 : a.values.DECOM! > b.values.DECOM! ? 1 : a.line - b.line,
    );
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      const prevEnd = prev.values.DEC;
      // An end date that was written but unreadable is already an error on its own line: not "still open".
      if (prev.invalid?.includes("DEC")) continue;
      if (prevEnd === null || prevEnd === undefined) {
        issues.push({
          code: "ssda903-episode-overlap",
          severity: "error",
          file: episodes.file,
          row: cur.line,
          column: "DECOM",
          message: `The episode on line ${cur.line} of ${episodes.file} starts while the same child's episode on line ${prev.line} is still open.`,
        });
      } else if (prevEnd > cur.values.DECOM!) {
        issues.push({
          code: "ssda903-episode-overlap",
          severity: "error",
          file: episodes.file,
          row: cur.line,
          column: "DECOM",
          message: `The episode on line ${cur.line} of ${episodes.file} starts before the same child's episode on line ${prev.line} ends.`,
        });
      }
    }
  }
  const header = tables.header;
  if (!header) return;
  const known = new Set(header.rows.map((r) => r.values.CHILD).filter((c): c is string => !!c));
  for (const list of byChild.values()) {
    const first = list[0]!;
    if (!known.has(first.values.CHILD!)) {
      issues.push({
        code: "ssda903-child-not-in-header",
        severity: "error",
        file: episodes.file,
        row: first.line,
        column: "CHILD",
        message: `The child of the episode on line ${first.line} of ${episodes.file} has no row in ${header.file}.`,
      });
    }
  }
}
