import type { Period } from "./types.js";

/**
 * Sort order for periods: by end date, then start date (the longer period first), then kind and label, so
 * sorting is deterministic. Use with `Array.prototype.sort`.
 * @example
 * [financialYear(2020), financialQuarter(2019, 4), financialYear(2019)].sort(comparePeriods).map((p) => p.label) //=> ["2019/20", "Q4 2019/20", "2020/21"]
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return 0;
}

/**
 * True when two periods share at least one day.
 * @example
 * periodsOverlap(financialYear(2019), month(2020, 3)) //=> true
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}
