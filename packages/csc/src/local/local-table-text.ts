import type { Issue } from "@kpikit/core";
import { readCsvRecords } from "../text/csv-records.js";
import { decodeText } from "../text/decode-text.js";
import type { LocalTable } from "./types.js";

/** Most data rows kpikit reads from one local figures file. */
const MAX_ROWS = 100_000;

/**
 * Reads the bytes of a CSV, TSV or text pasted from a Word or Excel table (tab-separated) into a local
 * figures table, in Node or a browser. Encoding (UTF-8 with or without BOM, Windows-1252) and separator are
 * found from the text; a title line above the header (one cell) is skipped with a warning. A row with more
 * fields than the header is an error naming the row: an unquoted decimal comma (`19,4%`) splits a figure in
 * two, and kpikit never guesses which fields belong together.
 * @example
 * const t = localTableFromBytes(new TextEncoder().encode("Indicator\t2018/19\nAgency staff\t66\n"), "t.tsv");
 * t.ok && t.table.rows[0]?.cells //=> ["Agency staff", "66"]
 * @example
 * const bad = localTableFromBytes(new TextEncoder().encode("indicator,period,value\nre-referrals-12m,2019/20,19,4%\n"), "f.csv");
 * bad.ok ? [] : bad.issues.map((i) => [i.code, i.row]) //=> [["extra-fields", 2]]
 */
export function localTableFromBytes(
  bytes: Uint8Array,
  file: string,
):
  | { readonly ok: true; readonly table: LocalTable }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const decoded = decodeText(bytes, file);
  const fail = (code: string, message: string, row = 1, column: number | string = 1) => ({
    ok: false as const,
    issues: [...decoded.issues, { code, file, row, column, message }],
  });
  if (decoded.text.trim() === "")
    return fail(
      "empty-file",
      "the file has no rows; expected a header row: indicator, period, value (or Indicator, 2018/19, Current position)",
    );
  // readCsvRecords never throws; its issues say what it could not read.
  const read = readCsvRecords(decoded.text);
  const { records, delimiter } = read;
  // The CSV layer's issues (an unclosed quote refuses the file), each with its line and field.
  const csvIssues = read.issues.map((i) => ({ ...i, file }));
  if (csvIssues.some((i) => i.severity !== "warning"))
    return { ok: false, issues: [...decoded.issues, ...csvIssues] };
  const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== "").length;
  const headAt = records.findIndex((r) => filled(r.cells) >= 2);
  const head = records[Math.max(headAt, 0)];
  if (!head) return fail("empty-file", "the file has no rows");
  const issues: Issue[] = [...decoded.issues, ...csvIssues];
  for (const skipped of records.slice(0, Math.max(0, headAt)))
    issues.push({
      code: "title-line",
      severity: "warning",
      file,
      row: skipped.line,
      column: 1,
      message: `"${skipped.cells.join(" ").trim().slice(0, 80)}" is above the header; it is skipped`,
    });
  const body = records.slice(Math.max(headAt, 0) + 1);
  if (body.length > MAX_ROWS)
    return fail(
      "too-many-rows",
      `more than ${MAX_ROWS.toLocaleString("en-GB")} rows; keep one row per indicator per period`,
      body[MAX_ROWS]?.line ?? MAX_ROWS + 2,
    );
  const width = head.cells.length;
  const errors: Issue[] = [];
  for (const r of body) {
    const lastFilled = r.cells.findLastIndex((c) => c.trim() !== "");
    if (lastFilled < width) continue;
    const comma = delimiter === "," ? decimalComma(r.cells) : undefined;
    errors.push({
      code: "extra-fields",
      file,
      row: r.line,
      column: width + 1,
      message: comma
        ? `row ${r.line} has ${lastFilled + 1} fields but the header has ${width}: "${comma}" looks like a decimal comma that split a figure in two; write ${comma.replace(",", ".")} or put the cell in quotes`
        : `row ${r.line} has ${lastFilled + 1} fields but the header has ${width}; a comma inside a cell splits it unless the cell is in quotes`,
    });
  }
  if (errors.length > 0) return { ok: false, issues: [...issues, ...errors] };
  return {
    ok: true,
    table: {
      file,
      kind: "csv",
      header: head.cells.map((h) => h.trim()),
      rows: body.map((r) => ({ row: r.line, cells: r.cells })),
      issues,
    },
  };
}

/** The first pair of neighbouring fields that read as one number split at a decimal comma (`19` `4%`). */
function decimalComma(cells: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < cells.length; i++) {
    const a = cells[i]?.trim() ?? "";
    const b = cells[i + 1]?.trim() ?? "";
    if (/(?:^|\s)[+-]?\d+$/.test(a) && /^\d+(?:\s*%|\b)/.test(b) && !/^\d{3}(?:\D|$)/.test(b))
      return `${a.split(/\s+/).at(-1)},${b.split(/\s+/)[0]}`;
  }
  return undefined;
}
