import { isoFromDayNumber } from "../_lib/date.js";
import { kpikitError } from "../errors.js";
import type { IsoDate } from "../period/types.js";
import {
  calendarIndex,
  englandAndWalesCalendar,
  offsetOf,
  type WorkingDayCalendar,
} from "./working-day-calendar.js";

/**
 * The `n`th working day after `iso` (n > 0), or before it (n < 0); `n = 0` returns `iso` unchanged. For
 * n > 0, `workingDaysBetween(iso, result) === n`, so a "within 15 working days" deadline is
 * `addWorkingDays(start, 15)`. A start on a weekend counts from the next working day (Saturday + 1 = Monday).
 * Constant time; throws `date-out-of-calendar-range` when the answer would fall outside the calendar.
 * @example
 * addWorkingDays("2022-12-23", 1) //=> "2022-12-28"
 */
export function addWorkingDays(
  iso: IsoDate,
  n: number,
  calendar: WorkingDayCalendar = englandAndWalesCalendar,
): IsoDate {
  if (!Number.isInteger(n))
    throw kpikitError("invalid-number", `addWorkingDays needs a whole number of days, got ${String(n)}`);
  const index = calendarIndex(calendar);
  const s = offsetOf(iso, calendar, index);
  if (n === 0) return iso;
  const k = n > 0 ? index.prefix[s + 1]! + n - 1 : index.prefix[s]! + n;
  if (k < 0 || k >= index.working.length) {
    throw kpikitError(
      "date-out-of-calendar-range",
      `${n} working days from ${iso} falls outside the ${calendar.name} calendar (${calendar.range.start} to ${calendar.range.end}).`,
    );
  }
  return isoFromDayNumber(index.base + index.working[k]!);
}
