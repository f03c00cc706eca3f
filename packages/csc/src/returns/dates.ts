// Internal date helpers for returns: explicit parsing of ISO and UK dates, and calendar arithmetic with date-fns
// on ISO strings. Never `new Date(string)`, whose reading of "01/04/2024" depends on the engine and locale: dates
// are built from their parts, in local time, and written back as `YYYY-MM-DD`, so the host's zone never shows.
import {
  addMonths as addMonthsToDate,
  addYears as addYearsToDate,
  differenceInYears,
  format,
  isExists,
} from "date-fns";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * The ISO text of each valid day read in 1900–2099, made once: a national census holds millions of dates on a few
 * thousand days, and one string for each day (not one for each record) keeps hundreds of MB off the heap. At most
 * 73,000 entries (about 5 MB); days outside those years are made each time.
 */
const isoOfDay = new Map<number, string>();

function fromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const cacheable = year >= 1900 && year < 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const key = year * 512 + month * 32 + day;
  if (cacheable) {
    const known = isoOfDay.get(key);
    if (known !== undefined) return known;
  }
  if (!isExists(year, month - 1, day)) return null;
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (cacheable) isoOfDay.set(key, iso);
  return iso;
}

/**
 * Local midnight of a valid ISO date (years 1000–9999, as the readers give), built from its parts: the same calendar
 * day in every zone, and far quicker than parsing the text again in the measures' per-child loops.
 */
const toDate = (iso: string): Date =>
  new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const toIso = (date: Date): string => format(date, "yyyy-MM-dd");

/** `YYYY-MM-DD` (an `xs:date`, optionally with a time-zone suffix, which is dropped) → ISO date, or null. */
export function readIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(text.trim());
  return m ? fromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * `dd/mm/yyyy` (the SSDA903 format) → ISO date, or null. One-digit day or month is accepted, and a midnight time
 * that spreadsheets append (`01/04/2024 00:00`, `… 00:00:00`).
 */
export function readUkDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+00:00(?::00)?)?$/.exec(text.trim());
  return m ? fromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** The same day `years` later; 29 February becomes 28 February in a non-leap year. */
export function addYears(iso: string, years: number): string {
  return toIso(addYearsToDate(toDate(iso), years));
}

/** The same day `months` later, clamped to the month's length. */
export function addMonths(iso: string, months: number): string {
  return toIso(addMonthsToDate(toDate(iso), months));
}

/** Whole years of age on `on` for someone born on `birth` (born 29 February: a year older on 1 March). */
export function ageOn(birth: string, on: string): number {
  return differenceInYears(toDate(on), toDate(birth));
}

const utcDay = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Whole days from `a` to `b` (ISO dates; negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round(utcDay(b) - utcDay(a));
}

/** The ISO date `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return new Date((utcDay(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}
