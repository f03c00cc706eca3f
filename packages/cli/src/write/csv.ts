import type { Scorecard } from "@kpikit/core";
import { flatRow } from "./row-fields.js";

/** CSV columns of `kpikit report --format csv`: displayed values beside raw numbers. */
export const REPORT_CSV_COLUMNS = [
  ["section", "section"],
  ["indicator_id", "id"],
  ["indicator", "title"],
  ["unit", "unit"],
  ["polarity", "polarity"],
  ["period", "currentPeriod"],
  ["value", "currentValue"],
  ["value_display", "current"],
  ["previous_period", "previousPeriod"],
  ["previous_value", "previousValue"],
  ["change", "changeValue"],
  ["change_display", "change"],
  ["direction", "direction"],
  ["direction_reason", "directionReason"],
  ["neighbour_average", "neighboursValue"],
  ["neighbours_with_data", "neighbourCount"],
  ["region", "regionValue"],
  ["england", "englandValue"],
  ["top_quartile_threshold", "topQuartileValue"],
  ["national_rank", "rank"],
  ["quartile_band", "band"],
  ["target", "targetValue"],
  ["rag", "rag"],
  ["rag_reason", "ragReason"],
  ["note", "note"],
] as const;

/**
 * One CSV field: quoted when needed (RFC 4180); text that a spreadsheet would run as a formula is prefixed with '.
 * @example
 * csvField('Up from 15% to 18.9%; "lower" is better') //=> '"Up from 15% to 18.9%; ""lower"" is better"'
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with a header and CRLF line ends. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return `${[header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** The Scorecard as CSV: one line per indicator. */
export function scorecardCsv(scorecard: Scorecard): string {
  const rows = scorecard.rows.map((r) => {
    const f = flatRow(r);
    return REPORT_CSV_COLUMNS.map(([, key]) => f[key]);
  });
  return csvText(
    REPORT_CSV_COLUMNS.map(([name]) => name),
    rows,
  );
}
