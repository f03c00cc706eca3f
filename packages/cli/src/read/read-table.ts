import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Issue } from "@kpikit/core";
import { type LocalCell, type LocalTable, localTableFromBytes, localTableFromFile } from "@kpikit/csc";

/** A cell as read: text, or a number/boolean/date an XLSX cell held. */
export type TableCell = LocalCell;

/** A table read from CSV or XLSX, every row with its 1-based row number in the file. */
export type Table = LocalTable;

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
 * Reads a CSV, TSV or text pasted from a Word table (comma, semicolon or tab; UTF-8 with or without BOM, or
 * Windows-1252) or XLSX (first sheet; a cell formatted as a percentage is read as it shows, 23.1%) into a table. Files over 10 MB or 100,000 rows are refused with an issue, never read whole.
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
  // @kpikit/csc's reader, shared with the dashboard: encodings, separators, a title line, and a row with more
  // fields than the header (an unquoted decimal comma) refused with its row.
  const read = localTableFromBytes(bytes, file);
  if (!read.ok) return { ok: false, issues: read.issues };
  if (read.table.rows.length > MAX_TABLE_ROWS) {
    const over = read.table.rows[MAX_TABLE_ROWS];
    return {
      ok: false,
      issues: [
        {
          code: "too-many-rows",
          file,
          row: over?.row ?? MAX_TABLE_ROWS + 2,
          column: 1,
          message: `more than ${MAX_TABLE_ROWS.toLocaleString("en-GB")} rows; keep one row per indicator per period`,
        },
      ],
    };
  }
  return { ok: true, ...read.table };
}

async function readXlsx(bytes: Uint8Array, file: string): Promise<({ ok: true } & Table) | TableFailure> {
  // @kpikit/csc's workbook reader, shared with the dashboard: the first sheet, percentages as shown, dates.
  // (Called for a .xlsx name or ZIP bytes, which it reads as a workbook.)
  const read = await localTableFromFile(bytes, file);
  if (!read.ok) return { ok: false, issues: read.issues };
  return { ok: true, ...read.table };
}

/** A read that failed at the top of the file (row 1, column 1), after any issues met on the way. */
function failure(file: string, code: string, message: string, earlier: readonly Issue[] = []): TableFailure {
  return { ok: false, issues: [...earlier, { code, file, row: 1, column: 1, message }] };
}
