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
  /**
   * The text read and not yet handed on (the unfinished record, or all of it once read whole), as the pieces came:
   * joined only when a record ends, so a long record is never copied again for each piece.
   */
  private held: string[] = [];
  private heldChars = 0;
  /** The file's line that the held text starts on. */
  private line = 1;
  private delimiter: CsvDelimiter | null;
  /** Set at a quote the line scan does not follow: the rest is read whole. */
  private whole = false;
  private unterminatedQuoteAt: number | undefined;
  private overflowAt: number | undefined;
  private readonly maxRecordChars: number;
  /** Where the scan of the held text stands at its end (each piece is scanned once). */
  private state: Scan = "field-start";
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
    if (this.overflowAt !== undefined || piece === "") return;
    let text = piece;
    if (this.delimiter === null) {
      this.hold(piece);
      if (this.heldChars < 4096) return;
      // The separator, from the first 4,096 characters: then what is held is scanned as one piece.
      text = this.take();
      this.delimiter = sniffDelimiter(text);
    }
    if (this.whole) this.hold(text);
    else {
      const cut = this.scan(text, this.delimiter.charCodeAt(0));
      if (cut >= 0) {
        this.flush(this.take(text.slice(0, cut)));
        this.hold(text.slice(cut));
      } else this.hold(text);
    }
    if (this.heldChars > this.maxRecordChars) {
      // Past the bound with no record end: stop, holding nothing more.
      this.overflowAt = this.line;
      this.held = [];
      this.heldChars = 0;
    }
  }

  /** The end of the text: the last records, then the separator and what the whole read found. */
  end(): CsvStreamEnd {
    const text = this.take();
    const delimiter = this.delimiter ?? sniffDelimiter(text);
    this.delimiter = delimiter;
    this.flush(text);
    return {
      delimiter,
      ...(this.unterminatedQuoteAt === undefined ? {} : { unterminatedQuoteAt: this.unterminatedQuoteAt }),
      ...(this.overflowAt === undefined ? {} : { overflowAt: this.overflowAt }),
      issues: this.issues,
    };
  }

  private hold(text: string): void {
    if (text === "") return;
    this.held.push(text);
    this.heldChars += text.length;
  }

  /** The held text, and `more` after it, as one string; nothing is held after. */
  private take(more = ""): string {
    const text = this.held.length === 0 ? more : this.held.join("") + more;
    this.held = [];
    this.heldChars = 0;
    return text;
  }

  /** Hands on the records of `text` (whole records) read by the whole-text reader, its lines counted on from `line`. */
  private flush(text: string): void {
    if (text === "") return;
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
   * Scans `text`, which follows the held text, on from the state the held text left: the end in `text` of its
   * last line end that surely ends a record (-1 when none), following fields quoted whole. At any other quote the
   * rest is read whole (`whole`): the records before it are handed on, and their end returned.
   */
  private scan(text: string, d: number): number {
    let state: Scan = this.state;
    let cut = -1;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (state === "quoted") {
        // A field quoted whole: to its next quote, which closes it unless another follows (`""`).
        const q = text.indexOf('"', i);
        if (q < 0) break;
        state = "quote-in-quoted";
        i = q + 1;
        continue;
      }
      if (state === "quote-in-quoted") {
        if (c === 34) {
          state = "quoted";
          i++;
          continue;
        }
        // Text after a closing quote: read whole, as the whole-text reader reads it.
        if (c !== d && c !== 10 && c !== 13) return this.goWhole(cut);
        state = "field";
      } else if (state === "cr") {
        // A CR ends a line, with the LF after it when there is one.
        state = "field-start";
        if (c === 10) {
          cut = i + 1;
          i++;
          continue;
        }
        cut = i;
      }
      if (c === 34) {
        if (state !== "field-start") return this.goWhole(cut);
        state = "quoted";
      } else if (c === d) state = "field-start";
      else if (c === 10) {
        cut = i + 1;
        state = "field-start";
      } else if (c === 13) state = "cr";
      else state = "field";
      i++;
    }
    this.state = state;
    return cut;
  }

  /** From a quote the scan does not follow: the records before `cut` are handed on, the rest read whole. */
  private goWhole(cut: number): number {
    this.whole = true;
    return cut;
  }
}

/**
 * Where a {@link CsvRecordStream}'s scan stands: at a field's start, in a field, in a field quoted whole, just
 * after a quote in one (it closes the field unless another quote follows), just after a CR (it ends the line, and
 * so does an LF right after it).
 */
type Scan = "field-start" | "field" | "quoted" | "quote-in-quoted" | "cr";
