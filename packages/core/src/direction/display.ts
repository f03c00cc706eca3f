// Internal helpers for reason sentences; numbers are written by the value area's formatValue/formatChange.
import type { Unit } from "../indicator/types.js";
import type { ObservationStatus } from "../observation/types.js";
import { formatChange, formatValue } from "../value/index.js";

/**
 * Rounds as `formatValue` does (half away from zero on the decimal digits as written), so values are
 * compared exactly as they are shown.
 */
export function roundTo(x: number, decimals: number | undefined): number {
  if (decimals === undefined || !Number.isFinite(x)) return x;
  const d = Math.min(10, Math.max(0, Math.trunc(decimals)));
  const abs = Math.abs(x);
  const text = String(abs);
  const r = text.includes("e")
    ? Number(abs.toFixed(d))
    : Number(`${Math.round(Number(`${text}e${d}`))}e-${d}`);
  return r === 0 ? 0 : x < 0 ? -r : r;
}

/** Decimal places a number actually needs, capped at `max` ("18" not "18.0" for a target of 18). */
export function neededDecimals(x: number, max: number): number {
  for (let d = 0; d < max; d++) if (roundTo(x, d) === roundTo(x, max)) return d;
  return Math.min(10, max);
}

/** "19.4%", "346 days", "1,234". */
export function displayValue(x: number, unit: Unit, decimals: number): string {
  return formatValue(x, { unit, decimals: Math.min(10, decimals) });
}

/** A value shown with no more decimals than it needs (targets, tolerances): "18%" not "18.0%". */
export function displayTrimmed(x: number, unit: Unit, decimals: number): string {
  return displayValue(x, unit, neededDecimals(x, decimals));
}

/** "+3.9 pts", "−43", "+12 days". */
export function displayChange(delta: number, unit: Unit, decimals: number): string {
  return formatChange(delta, { unit, decimals: Math.min(10, decimals) });
}

/** How far apart two values are, in words: "1.4 percentage points", "3 days", "12.5 per 10,000". */
export function describeAmount(amount: number, unit: Unit, decimals: number): string {
  const r = Math.abs(roundTo(amount, decimals));
  const n = formatValue(r, { unit: "count", decimals: neededDecimals(r, decimals) });
  switch (unit) {
    case "percent":
      return `${n} percentage ${r === 1 ? "point" : "points"}`;
    case "rate-per-10k":
      return `${n} per 10,000`;
    case "rate-per-100k":
      return `${n} per 100,000`;
    case "days":
      return `${n} ${r === 1 ? "day" : "days"}`;
    case "weeks":
      return `${n} ${r === 1 ? "week" : "weeks"}`;
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
export function hasValue(
  v: { readonly value: number | null; readonly status: ObservationStatus } | null | undefined,
): v is {
  readonly value: number;
  readonly status: ObservationStatus;
} {
  return (
    !!v &&
    v.value !== null &&
    Number.isFinite(v.value) &&
    (v.status === "ok" || v.status === "low-reliability")
  );
}
