import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import { isoDayNumber } from "../_lib/date.js";
import { parsePeriod } from "../period/parse-period.js";
import type { IsoDate } from "../period/types.js";

/** A plan date as read: a day, not yet set (`TBC`), or unreadable with the reason. */
export type PlanDateResult =
  | { readonly ok: true; readonly date: IsoDate }
  | { readonly ok: false; readonly code: "date-to-be-confirmed" | "invalid-date"; readonly message: string };

const TO_BE_CONFIRMED = /^(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided)|not set|n\/?a|-+|—|–)?$/i;
// 31/03/2020, 31-03-2020, 31.03.2020, 1/4/20: UK day-month order, never US.
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]00:00(?::00)?)?$/;

function dayOf(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return Number.isNaN(isoDayNumber(iso)) ? null : iso;
}

/**
 * Reads a date as an action tracker writes it: an ISO day (`2020-03-31`), a UK day (`31/03/2020`, `31.3.20`),
 * a day with a month name (`31 March 2020`), or a period (`Mar 2020`, `Q4 2019/20`, `2019/20`). A period means
 * its last day for a due date (`side: "end"`, the default) and its first day for a start date. `TBC`, blanks
 * and dashes are "to be confirmed", not errors.
 * @example
 * parsePlanDate("Q4 2019/20") //=> { ok: true, date: "2020-03-31" }
 * @example
 * parsePlanDate("Feb 2020", "start") //=> { ok: true, date: "2020-02-01" }
 * @example
 * parsePlanDate("01/04/2020") //=> { ok: true, date: "2020-04-01" }
 * @example
 * parsePlanDate("TBC").ok //=> false
 */
export function parsePlanDate(text: string, side: "start" | "end" = "end"): PlanDateResult {
  const trimmed = text.trim();
  if (TO_BE_CONFIRMED.test(trimmed)) {
    return { ok: false, code: "date-to-be-confirmed", message: "No date yet (to be confirmed)." };
  }
  const uk = UK_DATE.exec(trimmed);
  if (uk) {
    const year = uk[3]!.length === 2 ? 2000 + Number(uk[3]) : Number(uk[3]);
    const date = dayOf(year, Number(uk[2]), Number(uk[1]));
    if (date) return { ok: true, date };
    return { ok: false, code: "invalid-date", message: `"${trimmed}" is not a real day (day/month/year).` };
  }
  const parsed = parsePeriod(trimmed);
  if (!parsed.ok) {
    return {
      ok: false,
      code: "invalid-date",
      message: `"${trimmed}" is not a date: expected a day (31/03/2020, 2020-03-31, 31 March 2020) or a month or quarter (Mar 2020, Q4 2019/20).`,
    };
  }
  return { ok: true, date: side === "start" ? parsed.period.start : parsed.period.end };
}

// date-fns reads a date-only ISO string as local midnight and counts calendar days, so a clock change between the
// two days (or a far host zone) never makes a day of 23 or 25 hours count wrong.

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The day `days` after `iso`. */
export function dayAfter(iso: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(iso), days), "yyyy-MM-dd");
}
