import { MONTH_LONG, MONTH_SHORT, parseIsoDate } from "../_lib/date.js";

/**
 * A date as a report writes it: `12 March 2025` (`long`, the default) or `12 Mar 2025` (`short`). Takes an ISO
 * date, or a date-time whose date comes first (`2025-03-12T09:30:00Z` is 12 March 2025, whatever the zone);
 * anything else is returned as given.
 * @example
 * formatDate("2025-03-12") //=> "12 March 2025"
 * formatDate("2020-03-31", "short") //=> "31 Mar 2020"
 * formatDate("2025-03-12T09:30:00Z") //=> "12 March 2025"
 * formatDate("next year") //=> "next year"
 */
export function formatDate(iso: string, style: "long" | "short" = "long"): string {
  const rest = iso.slice(10);
  const d = rest === "" || rest.startsWith("T") ? parseIsoDate(iso.slice(0, 10)) : null;
  if (!d) return iso;
  return `${d.day} ${(style === "long" ? MONTH_LONG : MONTH_SHORT)[d.month - 1]} ${d.year}`;
}
