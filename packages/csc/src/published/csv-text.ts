// Internal: a small RFC 4180 CSV reader that keeps each record's 1-based line number (for issues) and never
// throws: an unterminated quote is reported, not fatal. Fields are sliced, not built char by char (fast on
// multi-megabyte files).

/** One CSV record and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

const COMMA_CODE = 44;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/**
 * Splits CSV text into records (quotes, doubled quotes, CR/LF/CRLF line ends). Records whose cells are all blank
 * (blank lines, or the ",,,," lines spreadsheets leave at the end) are not records. A file whose first lines have
 * more tabs than commas is read as tab-separated; one with more semicolons is flagged (`delimiter: ";"`) but
 * still split on commas, since its numbers likely use decimal commas that must not be guessed at.
 */
export function readCsvRecords(text: string): {
  readonly records: readonly CsvRecord[];
  readonly unterminatedQuoteAt?: number;
  readonly delimiter: "," | "\t" | ";";
} {
  const delimiter = sniffDelimiter(text);
  const COMMA = delimiter === "\t" ? TAB : COMMA_CODE;
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let cells: string[] = [];
  let recordLine = 1;
  let unterminated: number | undefined;
  const endRecord = () => {
    if (cells.some((c) => c.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < n) {
    // One field starts at i.
    let c = text.charCodeAt(i);
    // A quoted field may follow leading spaces.
    let j = i;
    while (j < n && text.charCodeAt(j) === 32) j++;
    if (j < n && text.charCodeAt(j) === QUOTE) {
      const startLine = line;
      let value = "";
      let k = j + 1;
      for (;;) {
        const q = text.indexOf('"', k);
        if (q < 0) {
          value += text.slice(k);
          for (let m = k; m < n; m++) if (text.charCodeAt(m) === LF) line++;
          k = n;
          unterminated ??= startLine;
          break;
        }
        value += text.slice(k, q);
        for (let m = k; m < q; m++) if (text.charCodeAt(m) === LF) line++;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          k = q + 2;
        } else {
          k = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept (lenient).
      let e = k;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (d === COMMA || d === LF || d === CR) break;
        e++;
      }
      cells.push(value + text.slice(k, e));
      i = e;
    } else {
      let e = i;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (d === COMMA || d === LF || d === CR) break;
        e++;
      }
      cells.push(text.slice(i, e));
      i = e;
    }
    if (i >= n) break;
    c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (i >= n) cells.push("");
      continue;
    }
    // End of line.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
    line++;
    recordLine = line;
  }
  if (cells.length > 0) endRecord();
  return unterminated === undefined
    ? { records, delimiter }
    : { records, unterminatedQuoteAt: unterminated, delimiter };
}

/** The separator used most in the first lines (a title line above the header may hold a stray comma); comma on ties. */
function sniffDelimiter(text: string): "," | "\t" | ";" {
  const head = text.slice(0, 4096);
  const count = (ch: string) => head.split(ch).length - 1;
  const comma = count(",");
  const tab = count("\t");
  const semicolon = count(";");
  if (tab > comma && tab >= semicolon) return "\t";
  if (semicolon > comma && semicolon > tab) return ";";
  return ",";
}
