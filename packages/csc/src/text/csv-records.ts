import type { Issue } from "@kpikit/core";
// The browser build of csv-parse: the Node build uses the global Buffer, which browsers do not have.
import { parse } from "csv-parse/browser/esm/sync";

/** One CSV record and the line it starts on. */
export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** A field separator {@link readCsvRecords} recognises. */
export type CsvDelimiter = "," | "\t" | ";";

/** What {@link readCsvRecords} read. */
export interface CsvRecords {
  readonly records: readonly CsvRecord[];
  /** The separator the records were split on. */
  readonly delimiter: CsvDelimiter;
  /** The line a quoted field starts on that is never closed (it runs to the end of the file). */
  readonly unterminatedQuoteAt?: number;
  /** The syntax problems found, each with its line (`row`) and field number (`column`); see {@link CSV_SYNTAX_CODE}. */
  readonly issues: readonly Issue[];
}

/**
 * The one code every CSV reader of the project gives a quoted field that is never closed.
 * @example
 * CSV_SYNTAX_CODE //=> "unterminated-quote"
 */
export const CSV_SYNTAX_CODE = "unterminated-quote";

/** Options for {@link readCsvRecords}. */
export interface ReadCsvOptions {
  /** Split on this separator instead of the one {@link sniffDelimiter} finds. */
  readonly delimiter?: CsvDelimiter;
}

type Parsed = { record: string[]; raw: string };

/**
 * Splits CSV text into records, never throwing: quotes, doubled quotes, spaces around fields (trimmed outside
 * quotes), rows of any length. Line ends are read per record: CRLF, LF and CR each end a record wherever they
 * appear, so a file whose lines mix them (a CRLF header above LF rows) loses no row; line breaks inside quotes are
 * kept as written. Records whose cells are all blank (blank lines, or the ",,,," lines spreadsheets leave at the
 * end) are dropped, and every record keeps the line it starts on. The separator is the one {@link sniffDelimiter}
 * finds; an unclosed quote runs to the end of the file and is reported in `issues` (code {@link CSV_SYNTAX_CODE},
 * with its line and field number); a field with text after its closing quote (`"19.4"%`) is read as written, quotes
 * included, with a `text-after-quote` warning.
 * @example
 * readCsvRecords('a,b\n\n"x, y",2').records //=> [{ line: 1, cells: ["a", "b"] }, { line: 3, cells: ["x, y", "2"] }]
 * readCsvRecords("a;b\n1,5;2").delimiter //=> ";"
 * readCsvRecords("a\r\n1\n2\r\n").records.length //=> 3
 * readCsvRecords('a\n"open').unterminatedQuoteAt //=> 2
 * readCsvRecords('a,b\n1,"open').issues.map((i) => [i.code, i.row, i.column]) //=> [["unterminated-quote", 2, 2]]
 * readCsvRecords('a,b\n1,"19.4"%').records[1]?.cells //=> ["1", '"19.4"%']
 */
export function readCsvRecords(text: string, options: ReadCsvOptions = {}): CsvRecords {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const issues: Issue[] = [];
  let source = text;
  let trim: Trim = "both";
  let unterminated = false;
  let parsed: Parsed[] | undefined;
  // With relaxed quotes and row lengths, csv-parse stops on two things only, each met at most once here.
  for (let attempt = 0; attempt < 3 && parsed === undefined; attempt++) {
    try {
      parsed = split(source, delimiter, trim);
    } catch (error) {
      const e = error as { code?: string; lines?: number; column?: unknown };
      if (e.code === "CSV_QUOTE_NOT_CLOSED" && !unterminated) {
        // A quote still open at the end of the file: close it there and read on, as a spreadsheet would.
        source = `${source}"`;
        unterminated = true;
      } else if (e.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE" && trim === "both") {
        // Text after a closing quote (`"19.4"%`): read such fields as written, quotes and all, and say so.
        trim = "start";
        const row = typeof e.lines === "number" && e.lines > 0 ? e.lines : 1;
        const column = typeof e.column === "number" ? e.column + 1 : 1;
        issues.push({
          code: "text-after-quote",
          severity: "warning",
          row,
          column,
          message: `A quoted field on line ${row} (field ${column}) has text after its closing quote; it is read as written, quotes included.`,
        });
      } else break;
    }
  }
  if (parsed === undefined) {
    const issue: Issue = {
      code: CSV_SYNTAX_CODE,
      severity: "error",
      row: 1,
      column: 1,
      message: "Not readable as CSV: its quotes cannot be paired.",
    };
    return { records: [], delimiter, issues: [issue] };
  }
  const records: CsvRecord[] = [];
  let line = 1;
  let last = 1;
  for (const { record, raw } of parsed) {
    last = line;
    const cells = trim === "both" ? record : record.map((cell) => cell.trimEnd());
    if (cells.some((cell) => cell.trim() !== "")) records.push({ line, cells });
    line += lineBreaks(raw);
  }
  if (!unterminated) return { records, delimiter, issues };
  // The open quote begins the last field of the last record: it ran to the end of the file.
  const column = Math.max(1, parsed.at(-1)?.record.length ?? 1);
  issues.push({
    code: CSV_SYNTAX_CODE,
    severity: "error",
    row: last,
    column,
    message: `Not readable as CSV: the quoted field starting on line ${last} (field ${column}) is never closed.`,
  });
  return { records, delimiter, unterminatedQuoteAt: last, issues };
}

/** Spaces trimmed around fields by csv-parse: both sides, or (after text following a closing quote) the start only. */
type Trim = "both" | "start";

function split(text: string, delimiter: CsvDelimiter, trim: Trim): Parsed[] {
  return parse(text, {
    delimiter,
    bom: true,
    ...(trim === "both" ? { trim: true } : { ltrim: true }),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    // Every line end ends a record, whatever the first line used (csv-parse otherwise keeps only the first
    // one it meets, and an LF row after a CRLF header would be swallowed into the record before it).
    record_delimiter: ["\r\n", "\n", "\r"],
    raw: true,
  }) as unknown as Parsed[];
}

/** Line breaks in a record's raw text (CRLF, LF or CR each count once). */
function lineBreaks(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || (c === 13 && raw.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * The field separator of CSV text: the one of comma, tab and semicolon used most outside quotes in its first
 * lines (so a title line above the header may hold a stray comma); comma on ties, and when there is none.
 * @example
 * sniffDelimiter("a,b\n1,2") //=> ","
 * sniffDelimiter("Rate per 10,000\nLA\tname\t2024\n865\tWiltshire\t45") //=> "\t"
 * sniffDelimiter('indicator;note\nx;"a, b, c"') //=> ";"
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const head = text.slice(0, 4096);
  let comma = 0;
  let tab = 0;
  let semicolon = 0;
  let quoted = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) comma++;
    else if (c === 9) tab++;
    else if (c === 59) semicolon++;
  }
  if (tab > comma && tab >= semicolon) return "\t";
  if (semicolon > comma && semicolon > tab) return ";";
  return ",";
}

/** What a {@link CsvRecordStream} read, once it has ended (its records went to its caller as they came). */
export interface CsvStreamEnd {
  readonly delimiter: CsvDelimiter;
  readonly unterminatedQuoteAt?: number;
  /**
   * The line of a record that ran past {@link CsvStreamOptions.maxRecordChars} (no line end, or a quote never
   * closed): reading stopped there, and nothing from it on was handed on.
   */
  readonly overflowAt?: number;
  readonly issues: readonly Issue[];
}

/** How a {@link CsvRecordStream} reads. */
export interface CsvStreamOptions extends ReadCsvOptions {
  /**
   * The most text held unfinished (default 64 Mi characters): a record, or the rest read whole after a quote the
   * line scan does not follow, that runs past it stops the read (`overflowAt`), so a file with no line end is
   * never held whole.
   */
  readonly maxRecordChars?: number;
}

/** The unfinished text a {@link CsvRecordStream} holds at most, by default. */
export const CSV_STREAM_MAX_RECORD_CHARS = 64 * 2 ** 20;

/**
 * CSV text read piece by piece, as {@link readCsvRecords} reads the whole text: each run of whole records goes to
 * `onRecords` as soon as the line that ends it has arrived, and is then let go, so what is held is the last
 * unfinished line, never the file. The separator is sniffed from the first 4,096 characters. A run is cut only
 * after a line end that cannot be inside a quoted field: fields quoted whole (`"a, b"`, `"say ""x"""`) are
 * followed across pieces; from any other quote (a quote inside a field, text after a closing quote, one never
 * closed) the rest of the text is read as one run, as the whole-text reader reads it. The records (and their
 * lines) are those {@link readCsvRecords} gives, a cell's spaces at its ends apart (a reader trims them).
 */
export class CsvRecordStream {
  private buf = "";
  /** The file's line that `buf` starts on. */
  private line = 1;
  private delimiter: CsvDelimiter | null;
  /** Set at a quote the line scan does not follow: the rest is read whole. */
  private whole = false;
  private unterminatedQuoteAt: number | undefined;
  private overflowAt: number | undefined;
  private readonly maxRecordChars: number;
  /** How far `buf` has been scanned with no record end found, so each piece is scanned once. */
  private scanned = 0;
  /** Whether `scanned` is at a field's start (the scan's state there). */
  private scannedAtFieldStart = true;
  private readonly issues: Issue[] = [];

  constructor(
    private readonly onRecords: (records: readonly CsvRecord[]) => void,
    options: CsvStreamOptions = {},
  ) {
    this.delimiter = options.delimiter ?? null;
    this.maxRecordChars = options.maxRecordChars ?? CSV_STREAM_MAX_RECORD_CHARS;
  }

  /** True once a record ran past the bound: what follows is not read. */
  get stopped(): boolean {
    return this.overflowAt !== undefined;
  }

  /** Reads a piece of the text. */
  push(piece: string): void {
    if (this.overflowAt !== undefined) return;
    this.buf += piece;
    if (this.delimiter === null) {
      if (this.buf.length < 4096) return;
      this.delimiter = sniffDelimiter(this.buf);
    }
    if (!this.whole) this.flush(this.safeEnd(this.delimiter));
    if (this.buf.length > this.maxRecordChars) {
      // Past the bound with no record end: stop, holding nothing more.
      this.overflowAt = this.line;
      this.buf = "";
    }
  }

  /** The end of the text: the last records, then the separator and what the whole read found. */
  end(): CsvStreamEnd {
    const delimiter = this.delimiter ?? sniffDelimiter(this.buf);
    this.delimiter = delimiter;
    this.flush(this.buf.length);
    return {
      delimiter,
      ...(this.unterminatedQuoteAt === undefined ? {} : { unterminatedQuoteAt: this.unterminatedQuoteAt }),
      ...(this.overflowAt === undefined ? {} : { overflowAt: this.overflowAt }),
      issues: this.issues,
    };
  }

  /** Reads `buf` up to `cut` (a record boundary) with the whole-text reader, its lines counted on from `line`. */
  private flush(cut: number): void {
    if (cut === 0) return;
    this.scanned = 0;
    this.scannedAtFieldStart = true;
    const text = cut === this.buf.length ? this.buf : this.buf.slice(0, cut);
    this.buf = cut === this.buf.length ? "" : this.buf.slice(cut);
    const read = readCsvRecords(text, { delimiter: this.delimiter ?? "," });
    const from = this.line - 1;
    if (read.records.length > 0)
      this.onRecords(
        from === 0 ? read.records : read.records.map((r) => ({ line: r.line + from, cells: r.cells })),
      );
    for (const i of read.issues) this.issues.push({ ...i, row: (i.row ?? 1) + from });
    if (read.unterminatedQuoteAt !== undefined) this.unterminatedQuoteAt = read.unterminatedQuoteAt + from;
    this.line += lineBreaks(text);
  }

  /**
   * The length of `buf` up to its last line end that surely ends a record (0 when none), following fields quoted
   * whole; at any other quote the rest goes whole (`whole`), cut only before the line it is on.
   */
  private safeEnd(delimiter: CsvDelimiter): number {
    const buf = this.buf;
    const n = buf.length;
    const d = delimiter.charCodeAt(0);
    let cut = 0;
    // Resumed where the last scan stopped, in the state it stopped in (no record end before it).
    let fieldStart = this.scannedAtFieldStart;
    let i = this.scanned;
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (c === 34) {
        if (!fieldStart) return this.goWhole(cut);
        // A field quoted whole: to its closing quote, `""` being a quote within it.
        let j = i + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q < 0 || q + 1 >= n) return this.pause(cut, i);
          if (buf.charCodeAt(q + 1) === 34) {
            j = q + 2;
            continue;
          }
          const after = buf.charCodeAt(q + 1);
          if (after !== d && after !== 10 && after !== 13) return this.goWhole(cut);
          i = q + 1;
          break;
        }
        fieldStart = false;
        continue;
      }
      if (c === d) fieldStart = true;
      else if (c === 10) {
        cut = i + 1;
        fieldStart = true;
      } else if (c === 13) {
        // A CR ends a line; one at the end of the text may be the first half of a CRLF.
        if (i + 1 >= n) return this.pause(cut, i);
        if (buf.charCodeAt(i + 1) === 10) i++;
        cut = i + 1;
        fieldStart = true;
      } else fieldStart = false;
      i++;
    }
    return this.pause(cut, n, fieldStart);
  }

  /**
   * The scan's result: `cut`, and, when it found no record end, where to resume (`at`, a quote or line end
   * not yet decided is resumed at, so a field's start there) and whether a field starts there. Past a cut the
   * text left (the line not yet ended) is rescanned from its start.
   */
  private pause(cut: number, at: number, fieldStart = true): number {
    this.scanned = cut === 0 ? at : 0;
    this.scannedAtFieldStart = cut === 0 ? fieldStart : true;
    return cut;
  }

  /** From a quote the scan does not follow: the records before it are cut, the rest read whole. */
  private goWhole(cut: number): number {
    this.whole = true;
    return cut;
  }
}
