import type { Issue } from "@kpikit/core";
import { localTableFromBytes } from "./local-table-text.js";
import type { LocalCell, LocalTable } from "./types.js";

/** Most data rows kpikit reads from one local figures file (as for CSV). */
const MAX_ROWS = 100_000;

type TableResult =
  | { readonly ok: true; readonly table: LocalTable }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** True when the bytes are a ZIP file (an XLSX workbook is one). */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * Reads a local figures file's bytes, in Node or a browser: an XLSX workbook's first sheet
 * ({@link localTableFromXlsx}), or a CSV, TSV or pasted text (`localTableFromBytes`). An old `.xls` workbook is
 * refused with the reason.
 * @example
 * localTableFromFile(new TextEncoder().encode("Indicator,2019/20\nRe-referral rate,19.4%\n"), "t.csv") instanceof Promise //=> true
 */
export async function localTableFromFile(bytes: Uint8Array, file: string): Promise<TableResult> {
  if (/\.xls$/i.test(file))
    return fail(file, "xls-not-supported", "old .xls workbooks are not read; save as .xlsx or CSV UTF-8");
  if (/\.xlsx$/i.test(file) || isZip(bytes)) return localTableFromXlsx(await unzip(bytes), file);
  return localTableFromBytes(bytes, file);
}

/**
 * A workbook's first sheet as a local figures table, from its unzipped parts (name → XML text): shared and
 * inline strings, numbers, booleans and dates (by the cell's number format). A number formatted as a percentage
 * (0.231 shown as 23.1%) is read as the sheet shows it, `23.1%`; a header typed as `Aug-20` (a date on the 1st)
 * is the month `Aug 2020`. The header is the first row with two or more filled cells (a title line above it is
 * skipped with a warning); rows keep their sheet row numbers and blank rows are dropped.
 * @example
 * const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Indicator</t></is></c><c r="B1" t="inlineStr"><is><t>2019/20</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Agency staff</t></is></c><c r="B2"><v>66</v></c></row></sheetData></worksheet>`;
 * const t = localTableFromXlsx(new Map([["xl/worksheets/sheet1.xml", sheet]]), "t.xlsx");
 * t.ok && t.table.rows.map((r) => [r.row, r.cells]) //=> [[2, ["Agency staff", 66]]]
 */
export function localTableFromXlsx(parts: ReadonlyMap<string, string> | null, file: string): TableResult {
  if (!parts)
    return fail(file, "xlsx-unreadable", "not a readable XLSX workbook (its ZIP could not be read)");
  const sheetXml = parts.get(sheetPaths(parts)[0]?.path ?? "xl/worksheets/sheet1.xml");
  if (sheetXml === undefined)
    return fail(file, "xlsx-unreadable", "not a readable XLSX workbook: it has no first sheet");
  const sheetRows = readSheetRows(sheetXml, workbookStyles(parts));
  // Every row as wide as the sheet, as a spreadsheet shows it: a row whose last cells are empty has no <c> for
  // them, and a table reader must not take it for a row with cells missing.
  const width = sheetRows.reduce((most, r) => Math.max(most, r.cells.length), 0);
  for (const r of sheetRows) while (r.cells.length < width) r.cells.push(null);
  const filled = (cells: readonly LocalCell[]) => cells.filter((c) => !blank(c)).length;
  const headAt = sheetRows.findIndex((r) => filled(r.cells) >= 2);
  const head = sheetRows[headAt] ?? sheetRows.find((r) => filled(r.cells) > 0);
  if (!head)
    return fail(file, "empty-file", "the first sheet has no header row; expected: indicator, period, value");
  const issues: Issue[] = [];
  for (const title of sheetRows.slice(0, Math.max(0, headAt)).filter((r) => filled(r.cells) > 0))
    issues.push({
      code: "title-line",
      severity: "warning",
      file,
      row: title.row,
      column: 1,
      message: `"${title.cells.map(cellText).join(" ").trim().slice(0, 80)}" is above the header; it is skipped`,
    });
  const rows = sheetRows.filter((r) => r.row > head.row && filled(r.cells) > 0);
  if (rows.length > MAX_ROWS)
    return fail(
      file,
      "too-many-rows",
      `more than ${MAX_ROWS.toLocaleString("en-GB")} rows; keep one row per indicator per period`,
      rows[MAX_ROWS]?.row,
    );
  return { ok: true, table: { file, kind: "xlsx", header: head.cells.map(headerText), rows, issues } };
}

/** A workbook's sheet as a grid: `rows[i]` is the sheet's row i + 1, every row as wide as the sheet's data. */
export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly (readonly LocalCell[])[];
}

type SheetsResult =
  | { readonly ok: true; readonly sheets: readonly WorkbookSheet[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Every sheet of an XLSX workbook from its bytes, in Node or a browser, in the workbook's order (see
 * {@link workbookSheetsFromXlsx}). An old `.xls` workbook, or bytes that are no workbook, are refused.
 * @example
 * readWorkbookSheets(new Uint8Array([0x50, 0x4b, 3, 4]), "plan.xlsx") instanceof Promise //=> true
 */
export async function readWorkbookSheets(bytes: Uint8Array, file: string): Promise<SheetsResult> {
  if (/\.xls$/i.test(file))
    return failSheets(
      file,
      "xls-not-supported",
      "old .xls workbooks are not read; save as .xlsx or CSV UTF-8",
    );
  return workbookSheetsFromXlsx(await unzip(bytes), file);
}

/**
 * Every sheet of a workbook, from its unzipped parts (name → XML text), each a grid in which every cell keeps
 * its place (row 1 first, a blank row kept as a row of nulls, so row numbers in messages are the sheet's own;
 * blank rows at the foot dropped). Cells are read as {@link localTableFromXlsx} reads them: shared and inline
 * strings, numbers, booleans, dates by the cell's number format, a percentage-formatted number as shown (`50%`).
 * @example
 * const wb = `<workbook><sheets><sheet name="Actions" r:id="rId1"/></sheets></workbook>`;
 * const rels = `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`;
 * const sheet = `<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Ref</t></is></c><c r="C2"><v>7</v></c></row></sheetData></worksheet>`;
 * const r = workbookSheetsFromXlsx(new Map([["xl/workbook.xml", wb], ["xl/_rels/workbook.xml.rels", rels], ["xl/worksheets/sheet1.xml", sheet]]), "plan.xlsx");
 * r.ok && r.sheets //=> [{ name: "Actions", rows: [[null, null, null], [null, "Ref", 7]] }]
 */
export function workbookSheetsFromXlsx(
  parts: ReadonlyMap<string, string> | null,
  file: string,
): SheetsResult {
  if (!parts)
    return failSheets(file, "xlsx-unreadable", "not a readable XLSX workbook (its ZIP could not be read)");
  const styles = workbookStyles(parts);
  const sheets: WorkbookSheet[] = [];
  for (const { name, path } of sheetPaths(parts)) {
    const xml = parts.get(path);
    if (xml === undefined) continue;
    const read = readSheetRows(xml, styles);
    const last = read.reduce((most, r) => (r.cells.some((c) => !blank(c)) ? Math.max(most, r.row) : most), 0);
    const width = read.reduce((most, r) => Math.max(most, r.cells.findLastIndex((c) => !blank(c)) + 1), 0);
    const rows: LocalCell[][] = Array.from({ length: last }, () => Array<LocalCell>(width).fill(null));
    for (const r of read) {
      const target = rows[r.row - 1];
      if (target)
        r.cells.slice(0, width).forEach((c, i) => {
          target[i] = c;
        });
    }
    sheets.push({ name, rows });
  }
  if (sheets.length === 0)
    return failSheets(file, "xlsx-unreadable", "not a readable XLSX workbook: it has no sheets");
  return { ok: true, sheets };
}

const failSheets = (file: string, code: string, message: string): SheetsResult => ({
  ok: false,
  issues: [{ code, file, row: 1, column: 1, message }],
});

/** What every sheet's cells are read with: the shared strings, the cell formats and the date system. */
interface WorkbookStyles {
  readonly strings: readonly string[];
  readonly formats: readonly CellFormat[];
  readonly date1904: boolean;
}

function workbookStyles(parts: ReadonlyMap<string, string>): WorkbookStyles {
  return {
    strings: sharedStrings(parts.get("xl/sharedStrings.xml") ?? ""),
    formats: cellFormats(parts.get("xl/styles.xml") ?? ""),
    date1904: /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(parts.get("xl/workbook.xml") ?? ""),
  };
}

/** A sheet's rows with their sheet row numbers, each row's cells up to its last `<c>`. */
function readSheetRows(sheetXml: string, styles: WorkbookStyles): { row: number; cells: LocalCell[] }[] {
  const sheetRows: { row: number; cells: LocalCell[] }[] = [];
  let nextRow = 1;
  for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row = Number(/\br="(\d+)"/.exec(rowMatch[1] ?? "")?.[1] ?? nextRow);
    nextRow = row + 1;
    const cells: LocalCell[] = [];
    let nextColumn = 0;
    for (const c of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? "";
      const ref = /\br="([A-Z]+)\d*"/.exec(attrs)?.[1];
      const column = ref ? columnIndex(ref) : nextColumn;
      nextColumn = column + 1;
      while (cells.length < column) cells.push(null);
      cells[column] = cellValue(attrs, c[2] ?? "", styles);
    }
    sheetRows.push({ row, cells });
  }
  return sheetRows;
}

function fail(file: string, code: string, message: string, row = 1): TableResult {
  return { ok: false, issues: [{ code, file, row, column: 1, message }] };
}

const blank = (c: LocalCell) => c === null || (typeof c === "string" && c.trim() === "");
const cellText = (c: LocalCell) =>
  c === null ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A header cell as text: a date on the 1st of a month is that month (`Aug 2020`), any other date its day. */
function headerText(h: LocalCell | undefined): string {
  if (h === null || h === undefined) return "";
  if (h instanceof Date)
    return h.getUTCDate() === 1
      ? `${MONTHS[h.getUTCMonth()]} ${h.getUTCFullYear()}`
      : h.toISOString().slice(0, 10);
  return String(h).trim();
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** XML text with its entities and OOXML's `_xHHHH_` escapes decoded. */
function xmlText(s: string): string {
  return s
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (_m, hex, dec, name) => {
      if (hex || dec) {
        const code = hex ? Number.parseInt(hex, 16) : Number(dec);
        return code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
      return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[String(name).toLowerCase()] ?? "";
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The text of a string item: its `<t>` runs joined (phonetic guides left out). */
function runsText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => xmlText(m[1] ?? "")).join("");
}

function sharedStrings(xml: string): readonly string[] {
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((m) => runsText(m[1] ?? ""));
}

type CellFormat = "number" | "percent" | "date";
/** Built-in number formats: 9–10 percentages, 14–22 and 45–47 dates and times. */
const BUILT_IN: Readonly<Record<number, CellFormat>> = { 9: "percent", 10: "percent" };
for (const id of [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47])
  (BUILT_IN as Record<number, CellFormat>)[id] = "date";

/** The format kind of each cell style (its index in `cellXfs`). */
function cellFormats(styles: string): readonly CellFormat[] {
  const custom = new Map<number, CellFormat>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g)) {
    // Quoted text, [..] sections (colours, conditions, locales) and escaped characters say nothing of the kind.
    const code = xmlText(m[2] ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
    custom.set(
      Number(m[1]),
      code.includes("%") ? "percent" : /[dmyhs]/i.test(code) && !/general/i.test(code) ? "date" : "number",
    );
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b[^>]*?\/?>/g)].map((m) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(m[0])?.[1] ?? 0);
    return custom.get(id) ?? (Object.hasOwn(BUILT_IN, id) ? (BUILT_IN[id] ?? "number") : "number");
  });
}

function cellValue(attrs: string, body: string, { strings, formats, date1904 }: WorkbookStyles): LocalCell {
  const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
  if (type === "inlineStr") return runsText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
  const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  const text = xmlText(v);
  if (type === "s") return strings[Number(text)] ?? null;
  if (type === "str" || type === "e") return text;
  if (type === "b") return text === "1" || text === "true";
  if (type === "d") {
    const d = new Date(text);
    return Number.isNaN(d.getTime()) ? text : d;
  }
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) return text;
  const format = formats[Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)] ?? "number";
  if (format === "percent") return `${Number((n * 100).toPrecision(12))}%`;
  if (format === "date") {
    // Excel's day 0 is 30 Dec 1899 (its 1900 leap-year error absorbed), or 1 Jan 1904 in a 1904 workbook.
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return new Date(epoch + Math.round(n * 86_400_000));
  }
  return n;
}

/** The workbook's sheets in its order, by name and part (a workbook without its index: sheet1 alone). */
function sheetPaths(parts: ReadonlyMap<string, string>): readonly { name: string; path: string }[] {
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = [...(parts.get("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b[^>]*>/g)].map(
    (m) => m[0],
  );
  const found: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = xmlText(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const rel = id === undefined ? undefined : rels.find((r) => r.includes(`Id="${id}"`));
    const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (target) found.push({ name, path: target.startsWith("/") ? target.slice(1) : `xl/${target}` });
  }
  return found.length > 0 || !parts.has("xl/worksheets/sheet1.xml")
    ? found
    : [{ name: "Sheet1", path: "xl/worksheets/sheet1.xml" }];
}

/** The workbook's XML parts by name (stored and deflated ZIP entries), or null when it is not a ZIP read so. */
async function unzip(zip: Uint8Array): Promise<Map<string, string> | null> {
  try {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const parts = new Map<string, string>();
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    for (let n = 0; n < count && p + 46 <= zip.length; n++) {
      if (view.getUint32(p, true) !== 0x02014b50) return null;
      const method = view.getUint16(p + 10, true);
      const size = view.getUint32(p + 20, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      const local = view.getUint32(p + 42, true);
      const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extraLength + commentLength;
      // Only the parts a first sheet needs are inflated.
      if (
        !/^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(
          name,
        )
      )
        continue;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      if (method !== 0 && method !== 8) return null;
      const raw = method === 0 ? data : await inflate(data);
      parts.set(name, new TextDecoder().decode(raw));
    }
    return parts;
  } catch {
    return null;
  }
}

/** Inflates raw DEFLATE data with the platform's DecompressionStream (Node 20 and every current browser). */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(data)])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
