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
  ["change_rating", "changeRating"],
  ["change_rating_reason", "changeRatingReason"],
  ["change_rating_rule", "changeRatingRule"],
  ["direction", "direction"],
  ["direction_reason", "directionReason"],
  ["benchmark_period", "benchmarkPeriod"],
  ["neighbour_average", "neighboursValue"],
  ["neighbours_with_data", "neighbourCount"],
  ["region", "regionValue"],
  ["region_name", "regionName"],
  ["england", "englandValue"],
  ["high_performers", "highPerformersValue"],
  ["high_performers_group", "highPerformersLabel"],
  ["top_quartile_threshold", "topQuartileValue"],
  ["best_neighbour", "bestNeighbourValue"],
  ["best_neighbour_name", "bestNeighbourName"],
  ["national_rank", "rankValue"],
  ["national_rank_of", "rankOf"],
  ["quartile_band", "band"],
  ["target", "targetValue"],
  ["rag", "rag"],
  ["rag_reason", "ragReason"],
  ["notes", "notes"],
] as const;

/**
 * One CSV field: quoted when needed (RFC 4180); text that a spreadsheet would run as a formula is prefixed with
 * '; a number to 12 significant figures, so binary noise (83.43999999999998) is not written.
 * @example
 * csvField('Up from 15% to 18.9%; "lower" is better') //=> '"Up from 15% to 18.9%; ""lower"" is better"'
 * csvField(83.43999999999998) //=> "83.44"
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : "";
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
