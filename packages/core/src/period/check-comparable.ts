import { daysInMonth, parseIsoDate } from "../_lib/date.js";
import type { Period } from "./types.js";

/** Whether two figures' periods can be compared like for like, and why not when they cannot. */
export type Comparability =
  | { readonly comparable: true }
  | { readonly comparable: false; readonly reason: string };

const KIND_WORDS: Record<Period["kind"], string> = {
  "financial-year": "a financial year",
  "financial-quarter": "a quarter",
  month: "a month",
  snapshot: "a snapshot on one day",
  "calendar-year": "a calendar year",
  "academic-year": "an academic year",
  rolling: "a rolling period",
  "multi-year": "a multi-year average",
  "year-to-date": "a year to date",
};

/** Whole months covered, or null when the period does not start on a 1st and end on a month end. */
function wholeMonths(p: Period): number | null {
  const s = parseIsoDate(p.start);
  const e = parseIsoDate(p.end);
  if (!s || !e || s.day !== 1 || e.day !== daysInMonth(e.year, e.month)) return null;
  return (e.year - s.year) * 12 + (e.month - s.month) + 1;
}

/** Same month and day, counting 29 Feb and 28 Feb as the same month end (leap years). */
function sameDayOfYear(a: string, b: string): boolean {
  if (a.slice(5) === b.slice(5)) return true;
  const x = parseIsoDate(a);
  const y = parseIsoDate(b);
  return (
    x !== null &&
    y !== null &&
    x.month === y.month &&
    x.day === daysInMonth(x.year, x.month) &&
    y.day === daysInMonth(y.year, y.month)
  );
}

const months = (n: number): string => (n === 1 ? "1 month" : `${n} months`);

function describe(p: Period): string {
  const n = wholeMonths(p);
  return `${p.label} is ${KIND_WORDS[p.kind]}${n !== null && p.kind !== "snapshot" ? ` (${months(n)})` : ""}`;
}

/**
 * Whether two periods can be compared like for like (for a change or a direction of travel). Snapshots
 * compare only with snapshots on the same day of the year (29 Feb with 28 Feb: both the month end); other periods compare when they cover the same
 * number of whole months (so a quarter is never compared with a year, but `12 months to Aug 2020` is
 * compared with `2019/20`); a year to date that stops mid-month compares only with one stopping on the
 * same day of the year.
 * @example
 * checkComparable(financialQuarter(2020, 1), financialYear(2019)) //=> { comparable: false, reason: "Q1 2020/21 is a quarter (3 months) and 2019/20 is a financial year (12 months): they cover different lengths of time." }
 * @example
 * checkComparable(financialYear(2020), financialYear(2019)) //=> { comparable: true }
 */
export function checkComparable(a: Period, b: Period): Comparability {
  if (a.kind === "snapshot" || b.kind === "snapshot") {
    if (a.kind !== b.kind) {
      return {
        comparable: false,
        reason: `${describe(a)} and ${describe(b)}: a count on one day is not compared with a figure over a period.`,
      };
    }
    if (!sameDayOfYear(a.start, b.start)) {
      return {
        comparable: false,
        reason: `${a.label} and ${b.label} are snapshots on different days of the year, so seasonal differences would show as change.`,
      };
    }
    return { comparable: true };
  }
  const ma = wholeMonths(a);
  const mb = wholeMonths(b);
  if (ma !== null && mb !== null) {
    if (ma === mb) return { comparable: true };
    return {
      comparable: false,
      reason: `${describe(a)} and ${describe(b)}: they cover different lengths of time.`,
    };
  }
  if (a.kind === "year-to-date" && b.kind === "year-to-date" && a.end.slice(5) === b.end.slice(5)) {
    return { comparable: true };
  }
  return {
    comparable: false,
    reason: `${a.label} (${a.start} to ${a.end}) and ${b.label} (${b.start} to ${b.end}) cover different parts of the year.`,
  };
}
