import type { IsoDate } from "../period/types.js";
import {
  calendarIndex,
  englandAndWalesCalendar,
  offsetOf,
  type WorkingDayCalendar,
} from "./working-day-calendar.js";

/** Options for `workingDaysBetween`. */
export interface WorkingDaysBetweenOptions {
  /** Count the start day too (if it is a working day). Default false. */
  readonly inclusive?: boolean;
  /** Default `englandAndWalesCalendar`. */
  readonly calendar?: WorkingDayCalendar;
}

/**
 * Working days from `startIso` to `endIso`. By default it counts the working days after the start up to and
 * including the end, as "within N working days" timescales do: the same day is 0, Friday to Monday is 1, and
 * a start on a weekend or bank holiday makes no difference. `inclusive: true` counts both ends. When the end
 * is before the start the count is negative: `workingDaysBetween(b, a) === -workingDaysBetween(a, b)` (with
 * `inclusive`, minus the inclusive count from end to start). Constant time; throws a kpikitError
 * `date-out-of-calendar-range` when either date is outside the calendar's range, and `invalid-date` for a
 * non-date.
 * @example
 * workingDaysBetween("2020-12-24", "2020-12-29") //=> 1
 * @example
 * workingDaysBetween("2020-12-24", "2020-12-29", { inclusive: true }) //=> 2
 */
export function workingDaysBetween(
  startIso: IsoDate,
  endIso: IsoDate,
  options?: WorkingDaysBetweenOptions,
): number {
  const calendar = options?.calendar ?? englandAndWalesCalendar;
  const index = calendarIndex(calendar);
  const s = offsetOf(startIso, calendar, index);
  const e = offsetOf(endIso, calendar, index);
  const prefix = index.prefix;
  if (options?.inclusive) {
    // Backwards: minus the inclusive count from end to start, written so that zero is +0.
    return e >= s ? prefix[e + 1]! - prefix[s]! : prefix[e]! - prefix[s + 1]!;
  }
  return prefix[e + 1]! - prefix[s + 1]!;
}
