import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Issue } from "@kpikit/core";
import {
  decodeText,
  type PlanCell,
  type PlanSheet,
  readCsvRecords,
  readWorkbookSheets,
  workbookPlanSheets,
} from "@kpikit/csc";
import { MAX_TABLE_BYTES } from "./read-table.js";

/** Every sheet of a workbook, or a CSV file as one sheet, as grids of cells (row 1 first). */
export type SheetsResult =
  | { readonly ok: true; readonly sheets: readonly PlanSheet[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const fail = (file: string, code: string, message: string, earlier: readonly Issue[] = []): SheetsResult => ({
  ok: false,
  issues: [...earlier, { code, file, row: 1, column: 1, message }],
});

/**
 * Reads a CSV (any encoding `decodeText` knows; comma, semicolon or tab) or every sheet of an XLSX workbook,
 * keeping each cell where it sits so row numbers in messages are the file's own. Files over 10 MB are refused
 * before they are read.
 */
export async function readSheets(path: string, displayName = basename(path)): Promise<SheetsResult> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    return fail(
      displayName,
      "file-not-found",
      `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  if (size > MAX_TABLE_BYTES) {
    return fail(
      displayName,
      "file-too-large",
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; plans are limited to ${MAX_TABLE_BYTES / 1024 / 1024} MB`,
    );
  }
  if (size === 0) return fail(displayName, "empty-file", "the file is empty");
  const bytes = new Uint8Array(await readFile(path));
  const ext = extname(path).toLowerCase();
  if (ext === ".xls")
    return fail(
      displayName,
      "xls-not-supported",
      "old .xls workbooks are not read; save as .xlsx or CSV UTF-8",
    );
  if (ext === ".xlsx" || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    // @kpikit/csc's workbook reader (the local figures tables' and the dashboard's): every sheet by name.
    const read = await readWorkbookSheets(bytes, displayName);
    if (!read.ok) return { ok: false, issues: read.issues };
    return { ok: true, issues: [], sheets: workbookPlanSheets(read.sheets, displayName) };
  }
  const decoded = decodeText(bytes, displayName);
  const read = readCsvRecords(decoded.text);
  const { records } = read;
  // The CSV layer's issues (an unclosed quote refuses the file), each with its line and field.
  const csvIssues = read.issues.map((i) => ({ ...i, file: displayName }));
  if (csvIssues.some((i) => i.severity !== "warning"))
    return { ok: false, issues: [...decoded.issues, ...csvIssues] };
  const rows: PlanCell[][] = [];
  for (const r of records) rows[r.line - 1] = [...r.cells];
  return {
    ok: true,
    issues: [...decoded.issues, ...csvIssues],
    sheets: [{ file: displayName, rows: Array.from(rows, (r) => r ?? []) }],
  };
}
