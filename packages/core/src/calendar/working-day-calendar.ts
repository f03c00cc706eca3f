import { englandAndWalesBankHolidays, englandAndWalesRange } from "../_data/bank-holidays.generated.js";
import { isoDayNumber, weekday } from "../_lib/date.js";
import { kpikitError } from "../errors.js";
import type { IsoDate } from "../period/types.js";

/**
 * Which days are working days: Monday to Friday except the listed holidays, known only within `range`
 * (a count that reaches outside it throws rather than guess at unknown holidays). Plain data: the
 * prefix counts that make each call O(1) are built on first use and cached.
 */
export interface WorkingDayCalendar {
  readonly kind: "working-day-calendar";
  readonly name: string;
  /** First and last day the holiday list is complete for, inclusive. */
  readonly range: { readonly start: IsoDate; readonly end: IsoDate };
  /** Holiday dates within the range, ascending, without duplicates. */
  readonly holidays: readonly IsoDate[];
}

const MAX_DAYS = 200 * 366;

function dayOf(iso: string, what: string): number {
  const n = isoDayNumber(iso);
  if (Number.isNaN(n))
    throw kpikitError("invalid-date", `${what} must be an ISO date YYYY-MM-DD, got "${String(iso)}"`);
  return n;
}

/**
 * A working-day calendar from your own holiday dates (for example Scotland's, or a council's closure days
 * added to the England and Wales list). Holidays outside the range are ignored; by default the range is
 * the whole calendar years the holidays span.
 * @example
 * workingDaysBetween("2024-12-24", "2024-12-27", { calendar: createWorkingDayCalendar(["2024-12-25", "2024-12-26"]) }) //=> 1
 */
export function createWorkingDayCalendar(
  holidays: readonly IsoDate[],
  range?: { readonly start: IsoDate; readonly end: IsoDate },
  name = "custom",
): WorkingDayCalendar {
  const days = holidays.map((h) => dayOf(h, "a holiday"));
  let start: IsoDate;
  let end: IsoDate;
  if (range) {
    start = range.start;
    end = range.end;
  } else {
    if (holidays.length === 0)
      throw kpikitError("invalid-calendar", "A calendar with no holidays needs an explicit range");
    const sorted = [...holidays].sort();
    start = `${sorted[0]!.slice(0, 4)}-01-01`;
    end = `${sorted[sorted.length - 1]!.slice(0, 4)}-12-31`;
  }
  const first = dayOf(start, "range.start");
  const last = dayOf(end, "range.end");
  if (last < first)
    throw kpikitError("invalid-calendar", `The calendar range ends (${end}) before it starts (${start})`);
  if (last - first + 1 > MAX_DAYS)
    throw kpikitError("invalid-calendar", "A calendar range may span at most 200 years");
  const inRange = [...new Set(holidays.filter((_, i) => days[i]! >= first && days[i]! <= last))].sort();
  return { kind: "working-day-calendar", name, range: { start, end }, holidays: inRange };
}

/**
 * England and Wales bank holidays 2012–2027 from the gov.uk feed, including every substitute day and the
 * one-off holidays (2012 Diamond Jubilee, 2020 VE day move, 2022 Platinum Jubilee and State Funeral, 2023
 * Coronation). The default calendar.
 * @example
 * englandAndWalesCalendar.range //=> { start: "2012-01-01", end: "2027-12-31" }
 */
export const englandAndWalesCalendar: WorkingDayCalendar = createWorkingDayCalendar(
  englandAndWalesBankHolidays.map((h) => h.date),
  englandAndWalesRange,
  "England and Wales bank holidays",
);

/** Prefix counts over the range: `prefix[i]` = working days among the first `i` days. */
export interface CalendarIndex {
  readonly base: number;
  readonly length: number;
  readonly prefix: Int32Array;
  /** Offsets (from `base`) of the working days, ascending. */
  readonly working: Int32Array;
}

const cache = new WeakMap<WorkingDayCalendar, CalendarIndex>();

export function calendarIndex(calendar: WorkingDayCalendar): CalendarIndex {
  let index = cache.get(calendar);
  if (index) return index;
  if (calendar?.kind !== "working-day-calendar") {
    throw kpikitError("invalid-calendar", "Expected a WorkingDayCalendar (see createWorkingDayCalendar)");
  }
  const base = dayOf(calendar.range.start, "range.start");
  const length = dayOf(calendar.range.end, "range.end") - base + 1;
  const closed = new Uint8Array(length);
  for (const h of calendar.holidays) {
    const i = dayOf(h, "a holiday") - base;
    if (i >= 0 && i < length) closed[i] = 1;
  }
  const prefix = new Int32Array(length + 1);
  const working: number[] = [];
  for (let i = 0; i < length; i++) {
    const open = closed[i] === 0 && weekday(base + i) < 5;
    prefix[i + 1] = prefix[i]! + (open ? 1 : 0);
    if (open) working.push(i);
  }
  index = { base, length, prefix, working: Int32Array.from(working) };
  cache.set(calendar, index);
  return index;
}

/** Offset of a date in the calendar's range; throws for a non-date or a date outside the range. */
export function offsetOf(iso: IsoDate, calendar: WorkingDayCalendar, index: CalendarIndex): number {
  const n = isoDayNumber(iso);
  if (Number.isNaN(n))
    throw kpikitError("invalid-date", `Expected an ISO date YYYY-MM-DD, got "${String(iso)}"`);
  const i = n - index.base;
  if (i < 0 || i >= index.length) {
    throw kpikitError(
      "date-out-of-calendar-range",
      `${iso} is outside the ${calendar.name} calendar (${calendar.range.start} to ${calendar.range.end}); ` +
        "pass a calendar whose holidays cover that date (createWorkingDayCalendar).",
    );
  }
  return i;
}
