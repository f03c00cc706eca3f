// Internal date helpers for returns: explicit parsing of ISO and UK dates, day arithmetic on UTC day
// numbers. Never `new Date(string)`, whose reading of "01/04/2024" depends on the engine and locale.

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

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

/** Days since 1970-01-01 for an ISO date (already validated). */
export function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

/** The same day `years` later; 29 February becomes 28 February in a non-leap year. */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The same day `months` later, clamped to the month's length. */
export function addMonths(iso: string, months: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Whole years of age on `on` for someone born on `birth`. */
export function ageOn(birth: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age -= 1;
  return age;
}
