import type { LocalCell, LocalTable } from "@kpikit/csc";

const pad = (n: number) => String(n).padStart(2, "0");

/** A workbook cell as the SSDA903's CSV writes it: a date as dd/mm/yyyy, a number as written, blank as empty. */
function cellText(cell: LocalCell): string {
  if (cell === null) return "";
  // Workbook dates are calendar days at midnight UTC: their UTC parts are the day written in the cell.
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? ""
      : `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  if (typeof cell === "boolean") return cell ? "1" : "0";
  return String(cell);
}

const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * An SSDA903 table read from a workbook sheet as CSV text for the returns pipeline, each row on its own sheet
 * row number (blank lines between), so that every issue names the row the user sees in the sheet.
 */
export function tableAsCsv(table: LocalTable): string {
  const lines: string[] = [table.header.map((h) => quoted(h)).join(",")];
  for (const r of table.rows) {
    while (lines.length < r.row - 1) lines.push("");
    lines.push(r.cells.map((c) => quoted(cellText(c))).join(","));
  }
  return `${lines.join("\n")}\n`;
}
