import type { IsoDate } from "../period/types.js";
import {
  calendarIndex,
  englandAndWalesCalendar,
  offsetOf,
  type WorkingDayCalendar,
} from "./working-day-calendar.js";

/**
 * True for Monday to Friday when it is not a holiday in the calendar (default England and Wales). Throws a
 * kpikitError `date-out-of-calendar-range` outside the calendar's range.
 * @example
 * isWorkingDay("2022-09-19") //=> false
 */
export function isWorkingDay(iso: IsoDate, calendar: WorkingDayCalendar = englandAndWalesCalendar): boolean {
  const index = calendarIndex(calendar);
  const i = offsetOf(iso, calendar, index);
  return index.prefix[i + 1]! - index.prefix[i]! === 1;
}
