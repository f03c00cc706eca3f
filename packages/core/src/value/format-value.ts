import { kpikitError } from "../errors.js";
import type { Unit } from "../indicator/types.js";
import { STATUS_MARKER } from "../labels/labels.js";
import type { ObservationStatus } from "../observation/types.js";
import { statusMarker } from "./status-marker.js";

/**
 * The minus sign (U+2212) kpikit writes before negative numbers, so a sign is not read as a hyphen.
 * @example
 * formatChange(-43, { unit: "count" }) === `${MINUS}43` //=> true
 */
export const MINUS = "\u2212";

const DEFAULT_DECIMALS: Record<Unit, number> = {
  percent: 1,
  "rate-per-10k": 1,
  "rate-per-100k": 1,
  count: 0,
  days: 0,
  weeks: 0,
  fte: 1,
  ratio: 2,
  score: 1,
};

/**
 * Decimal places used when none are given: percent and rates 1, counts/days/weeks 0, fte 1, ratio 2, score 1.
 * @example
 * defaultDecimals("percent") //=> 1
 */
export function defaultDecimals(unit: Unit): number {
  return DEFAULT_DECIMALS[unit] ?? 1;
}

/**
 * Rounds half away from zero on the decimal digits as written (so 1.005 → 1.01 and 2.5 → 3), which is
 * what a reader checking by hand expects; `toFixed` rounds the binary value (1.005 → "1.00").
 * Returns the digits of |x| and whether the rounded value is negative.
 */
function roundDigits(x: number, decimals: number): { digits: string; negative: boolean } {
  const abs = Math.abs(x);
  let rounded: number;
  const scale = 10 ** decimals;
  const scaled = abs * scale;
  const fraction = scaled - Math.floor(scaled);
  // Fast path: away from a half, rounding the binary value gives what rounding its decimal text would. Near a
  // half (1.005), or for very large or exponent-written numbers, round the decimal text itself.
  if (scaled < 1e12 && Math.abs(fraction - 0.5) > 1e-6) rounded = Math.round(scaled) / scale;
  else {
    const text = String(abs);
    if (text.includes("e")) rounded = Number(abs.toFixed(decimals));
    else rounded = Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  }
  const digits = rounded.toFixed(decimals);
  const isZero = rounded === 0;
  return { digits, negative: x < 0 && !isZero };
}

function group(digits: string): string {
  const dot = digits.indexOf(".");
  const whole = dot < 0 ? digits : digits.slice(0, dot);
  if (whole.length <= 3) return digits;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return dot < 0 ? grouped : `${grouped}${digits.slice(dot)}`;
}

function checkDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw kpikitError("invalid-decimals", `decimals must be a whole number 0–10, got ${String(decimals)}`);
  }
  return decimals;
}

function withUnit(number: string, unit: Unit, digits: string): string {
  switch (unit) {
    case "percent":
      return `${number}%`;
    case "days":
      return `${number} ${digits === "1" ? "day" : "days"}`;
    case "weeks":
      return `${number} ${digits === "1" ? "week" : "weeks"}`;
    default:
      // Rates, counts, FTE, ratios and scores carry their unit in the column header.
      return number;
  }
}

/** Options for `formatValue`. */
export interface FormatValueOptions {
  readonly unit: Unit;
  /** Decimal places; default by unit (see `defaultDecimals`). */
  readonly decimals?: number;
  /** A status other than `ok` / `low-reliability` prints its GSS marker instead of the number. */
  readonly status?: ObservationStatus;
}

/**
 * Writes a value for a table: `19.4%`, `346 days`, `1,234`; a status without a number prints its GSS marker
 * (`[c]`, `[x]`, `[z]`), a low-reliability value is followed by `[u]`, and a missing value with no status is
 * `[x]`. Negative numbers use the minus sign `−`. Rounds half away from zero.
 * @example
 * formatValue(19.44, { unit: "percent" }) //=> "19.4%"
 * @example
 * formatValue(1234, { unit: "count" }) //=> "1,234"
 * @example
 * formatValue(null, { unit: "percent", status: "suppressed" }) //=> "[c]"
 */
export function formatValue(value: number | null, options: FormatValueOptions): string {
  const { unit, status } = options;
  if (status !== undefined && status !== "ok" && status !== "low-reliability") return statusMarker(status);
  if (value === null || !Number.isFinite(value))
    return STATUS_MARKER[status === "low-reliability" ? status : "not-available"];
  const decimals = checkDecimals(options.decimals ?? defaultDecimals(unit));
  const { digits, negative } = roundDigits(value, decimals);
  const text = withUnit(`${negative ? MINUS : ""}${group(digits)}`, unit, digits);
  return status === "low-reliability" ? `${text} ${STATUS_MARKER[status]}` : text;
}

/** Options for `formatChange`. */
export interface FormatChangeOptions {
  readonly unit: Unit;
  /** Decimal places; default by unit (see `defaultDecimals`). */
  readonly decimals?: number;
}

/**
 * Writes a change with its sign: percentages change in percentage points (`+3.9 pts`), days in days
 * (`+12 days`), counts and rates as plain numbers (`−43`). A change that rounds to zero has no sign (`0 pts`).
 * @example
 * formatChange(3.94, { unit: "percent" }) //=> "+3.9 pts"
 * @example
 * formatChange(-43, { unit: "count" }) //=> "−43"
 * @example
 * formatChange(12, { unit: "days" }) //=> "+12 days"
 */
export function formatChange(delta: number, options: FormatChangeOptions): string {
  const { unit } = options;
  if (!Number.isFinite(delta))
    throw kpikitError("invalid-number", `formatChange needs a finite number, got ${String(delta)}`);
  const decimals = checkDecimals(options.decimals ?? defaultDecimals(unit));
  const { digits, negative } = roundDigits(delta, decimals);
  const isZero = Number(digits) === 0;
  const sign = isZero ? "" : negative ? MINUS : "+";
  const number = `${sign}${group(digits)}`;
  if (unit === "percent") return `${number} ${digits === "1" ? "pt" : "pts"}`;
  return withUnit(number, unit, digits);
}
