// Dates for periods: month lengths and month names from date-fns, read from date-only ISO strings (local midnight,
// so the host's zone never shows: a `Date` parsed from other text or read in UTC would move 31 March / 1 April
// and the clock changes when the host zone is not Europe/London). No `Date` leaves this file: values are ISO
// strings or { year, month, day }. Integer day numbers stay for the working-day calendar and period parsing,
// whose loops `pnpm bench` measures.
import { getDaysInMonth, parseISO } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";

/** Year, month (1–12) and day (1–31) of a calendar date. */
export interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MONTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** `Jan` … `Dec`, as date-fns writes them in British English. */
export const MONTH_SHORT: readonly string[] = MONTHS.map((m) =>
  enGB.localize.month(m, { width: "abbreviated" }),
);
/** `January` … `December`. */
export const MONTH_LONG: readonly string[] = MONTHS.map((m) => enGB.localize.month(m, { width: "wide" }));

// Month lengths come from date-fns, once per month: period parsing and the Scorecard ask for them in the loops
// `pnpm bench` measures, where building a Date each time would cost microseconds a call.
const MONTH_LENGTHS = new Map<number, number>();

/** Days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month - 1;
  let days = MONTH_LENGTHS.get(key);
  if (days === undefined) {
    // date-fns reads a date-only ISO string as local midnight, in any zone.
    days = getDaysInMonth(parseISO(`${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-01`));
    MONTH_LENGTHS.set(key, days);
  }
  return days;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `dayNumber`. */
export function fromDayNumber(n: number): YearMonthDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` for a year 1000–9999. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isoFromDayNumber(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return isoDate(year, month, day);
}

/**
 * Day number of a strict `YYYY-MM-DD` string, or NaN when it is not one (wrong shape or no such day).
 * Hand-rolled on char codes: it sits in the working-day hot path.
 */
export function isoDayNumber(iso: string): number {
  if (typeof iso !== "string" || iso.length !== 10) return Number.NaN;
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    year = year * 10 + c;
  }
  const m1 = iso.charCodeAt(5) - 48;
  const m2 = iso.charCodeAt(6) - 48;
  const d1 = iso.charCodeAt(8) - 48;
  const d2 = iso.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return Number.NaN;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return dayNumber(year, month, day);
}

/** Parts of a strict ISO date, or null. */
export function parseIsoDate(iso: string): YearMonthDay | null {
  const n = isoDayNumber(iso);
  return Number.isNaN(n) ? null : fromDayNumber(n);
}

/** The month `months` after (or before) a month: arithmetic on the month's index, no days involved. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** The last day of a month as an ISO date. */
export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}
