// Internal number formatting for reason sentences. Stand-in for the value area's `formatValue` /
// `formatChange` until those land; replace the bodies with calls to them then (same outputs intended).
import type { Unit } from "../indicator/types.js";
import type { ObservationStatus } from "../observation/types.js";

const MINUS = "\u2212";

/** Rounds as number formatting does (nearest at the exact binary value), so comparisons match what is shown. */
export function roundTo(x: number, decimals: number | undefined): number {
  if (decimals === undefined || !Number.isFinite(x)) return x;
  const d = Math.min(20, Math.max(0, Math.trunc(decimals)));
  const r = Number(x.toFixed(d));
  return r === 0 ? 0 : r;
}

/** Decimal places a number actually needs, capped at `max` ("18" not "18.0" for a target of 18). */
export function neededDecimals(x: number, max: number): number {
  for (let d = 0; d < max; d++) if (roundTo(x, d) === roundTo(x, max)) return d;
  return max;
}

function digits(x: number, decimals: number): string {
  const abs = Math.abs(x).toFixed(Math.min(20, Math.max(0, Math.trunc(decimals))));
  const [int = "0", frac] = abs.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

function unitSuffix(unit: Unit, x: number): string {
  switch (unit) {
    case "percent":
      return "%";
    case "days":
      return Math.abs(x) === 1 ? " day" : " days";
    case "weeks":
      return Math.abs(x) === 1 ? " week" : " weeks";
    default:
      return "";
  }
}

/** "19.4%", "346 days", "1,234". */
export function displayValue(x: number, unit: Unit, decimals: number): string {
  const r = roundTo(x, decimals);
  return `${r < 0 ? MINUS : ""}${digits(r, decimals)}${unitSuffix(unit, r)}`;
}

/** A value shown with no more decimals than it needs (targets, tolerances): "18%" not "18.0%". */
export function displayTrimmed(x: number, unit: Unit, decimals: number): string {
  return displayValue(x, unit, neededDecimals(x, decimals));
}

/** "+3.9 pts", "−43", "+12 days". */
export function displayChange(delta: number, unit: Unit, decimals: number): string {
  const r = roundTo(delta, decimals);
  const sign = r > 0 ? "+" : r < 0 ? MINUS : "";
  const suffix = unit === "percent" ? " pts" : unitSuffix(unit, r);
  return `${sign}${digits(r, decimals)}${suffix}`;
}

/** How far apart two values are, in words: "1.4 percentage points", "3 days", "12.5 per 10,000". */
export function describeAmount(amount: number, unit: Unit, decimals: number): string {
  const r = Math.abs(roundTo(amount, decimals));
  const n = digits(r, neededDecimals(r, decimals));
  switch (unit) {
    case "percent":
      return `${n} percentage ${r === 1 ? "point" : "points"}`;
    case "rate-per-10k":
      return `${n} per 10,000`;
    case "rate-per-100k":
      return `${n} per 100,000`;
    case "days":
    case "weeks":
      return `${n}${unitSuffix(unit, r)}`;
    default:
      return n;
  }
}

/** Words for a status without a value: "suppressed [c]". */
export function describeStatus(status: ObservationStatus): string {
  switch (status) {
    case "suppressed":
      return "suppressed [c]";
    case "not-available":
      return "not available [x]";
    case "not-applicable":
      return "not applicable [z]";
    case "low-reliability":
      return "low reliability [u]";
    case "ok":
      return "no figure";
    default: {
      const never: never = status;
      return String(never);
    }
  }
}

/** True when a value can be compared: a finite number with status `ok` or `low-reliability`. */
export function hasValue(v: { readonly value: number | null; readonly status: ObservationStatus } | null | undefined): v is {
  readonly value: number;
  readonly status: ObservationStatus;
} {
  return !!v && v.value !== null && Number.isFinite(v.value) && (v.status === "ok" || v.status === "low-reliability");
}
