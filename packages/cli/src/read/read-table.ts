import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Issue } from "@kpikit/core";
import { decodeText, readCsvRecords } from "@kpikit/csc";

/** A cell as read: text, or a number/boolean/date an XLSX cell held. */
export type TableCell = string | number | boolean | Date | null;

/** A table read from CSV or XLSX, every row with its 1-based row number in the file. */
export interface Table {
  readonly file: string;
  readonly kind: "csv" | "xlsx";
  readonly header: readonly string[];
  /** Data rows (after the header), with blank rows dropped. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly TableCell[] }[];
  readonly issues: readonly Issue[];
}

/** Largest local file kpikit reads (bigger files are refused before being read). */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;
/** Most data rows kpikit reads from one file. */
export const MAX_TABLE_ROWS = 100_000;

/** Reading failed before any row could be checked. */
export interface TableFailure {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/**
 * Reads a CSV (comma, semicolon or tab; UTF-8 with or without BOM, or Windows-1252) or XLSX (first sheet)
 * file into a table. Files over 10 MB or 100,000 rows are refused with an issue, never read whole.
 */
export async function readTable(
  path: string,
  displayName = path,
): Promise<({ ok: true } & Table) | TableFailure> {
  const file = displayName;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          code: "file-not-found",
          file,
          message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        },
      ],
    };
  }
  if (size > MAX_TABLE_BYTES) {
    return failure(
      file,
      "file-too-large",
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; local files are limited to ${MAX_TABLE_BYTES / 1024 / 1024} MB (at most ${MAX_TABLE_ROWS.toLocaleString("en-GB")} rows). Keep one row per indicator per period`,
    );
  }
  if (size === 0)
    return failure(file, "empty-file", "the file is empty; expected a header row: indicator, period, value");
  const bytes = new Uint8Array(await readFile(path));
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ext = extname(path).toLowerCase();
  if (ext === ".xls")
    return {
      ok: false,
      issues: [
        {
          code: "xls-not-supported",
          file,
          message: "old .xls workbooks are not read; save as .xlsx or CSV UTF-8",
        },
      ],
    };
  if (ext === ".xlsx" || isZip) return readXlsx(bytes, file);
  return readCsv(bytes, file);
}

function readCsv(bytes: Uint8Array, file: string): ({ ok: true } & Table) | TableFailure {
  const decoded = decodeText(bytes, file);
  const text = decoded.text;
  if (text.trim() === "")
    return failure(
      file,
      "empty-file",
      "the file has no rows; expected a header row: indicator, period, value",
      decoded.issues,
    );
  const { records, unterminatedQuoteAt } = readCsvRecords(text);
  if (unterminatedQuoteAt !== undefined)
    return {
      ok: false,
      issues: [
        ...decoded.issues,
        {
          code: "csv-syntax",
          file,
          row: unterminatedQuoteAt,
          message: `not readable as CSV: a quoted field starting on line ${unterminatedQuoteAt} is never closed`,
        },
      ],
    };
  const [head, ...body] = records;
  if (!head) return failure(file, "empty-file", "the file has no rows", decoded.issues);
  if (body.length > MAX_TABLE_ROWS) {
    const over = body[MAX_TABLE_ROWS];
    return {
      ok: false,
      issues: [
        {
          code: "too-many-rows",
          file,
          row: over?.line ?? MAX_TABLE_ROWS + 2,
          column: 1,
          message: `more than ${MAX_TABLE_ROWS.toLocaleString("en-GB")} rows; keep one row per indicator per period`,
        },
      ],
    };
  }
  const rows = body.map((r) => ({ row: r.line, cells: r.cells }));
  return {
    ok: true,
    file,
    kind: "csv",
    header: head.cells.map((h) => h.trim()),
    rows,
    issues: decoded.issues,
  };
}

async function readXlsx(bytes: Uint8Array, file: string): Promise<({ ok: true } & Table) | TableFailure> {
  const { readSheet } = await import("read-excel-file/node");
  let data: TableCell[][];
  try {
    data = (await readSheet(Buffer.from(bytes))) as unknown as TableCell[][];
  } catch (error) {
    return failure(file, "xlsx-unreadable", `not a readable XLSX workbook: ${(error as Error).message}`);
  }
  const [head, ...body] = data;
  if (!head || head.every((c) => c === null || String(c).trim() === "")) {
    return failure(
      file,
      "empty-file",
      "the first sheet has no header row; expected: indicator, period, value",
    );
  }
  if (body.length > MAX_TABLE_ROWS)
    return {
      ok: false,
      issues: [
        {
          code: "too-many-rows",
          file,
          row: MAX_TABLE_ROWS + 2,
          column: 1,
          message: `more than ${MAX_TABLE_ROWS.toLocaleString("en-GB")} rows`,
        },
      ],
    };
  const rows = body
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ""));
  return {
    ok: true,
    file,
    kind: "xlsx",
    header: head.map((h) => (h === null ? "" : String(h).trim())),
    rows,
    issues: [],
  };
}

/** A read that failed at the top of the file (row 1, column 1), after any issues met on the way. */
function failure(file: string, code: string, message: string, earlier: readonly Issue[] = []): TableFailure {
  return { ok: false, issues: [...earlier, { code, file, row: 1, column: 1, message }] };
}
