import type { Unit } from "../indicator/types.js";

/** A figure to check: its value and, where given, its numerator and denominator. */
export interface PlausibleValueInput {
  readonly value: number | null;
  readonly unit: Unit;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** Larger than any children's social care figure (a count of children, days or a rate) can be. */
const MAX_PLAUSIBLE_MAGNITUDE = 1e9;

/**
 * Why a figure that parsed cannot be right for its unit, or `undefined` when it can: a percentage above
 * 100 or below 0; a negative count, number of days, weeks, FTE or rate; a numerator above its denominator
 * (for percentages and ratios of a part to a whole); a negative or fractional numerator or denominator; any
 * magnitude beyond 10⁹; a value that is not a finite number. Every reader of figures (local files, wide
 * tables, published files) asks this one function, so an implausible figure is refused the same way
 * everywhere.
 * @example
 * implausibleValue({ value: 104, unit: "percent" }) //=> "104 is not a percentage (above 100)"
 * @example
 * implausibleValue({ value: 19.4, unit: "percent" }) //=> undefined
 * @example
 * implausibleValue({ value: -3, unit: "count" }) //=> "-3 is a negative count"
 * @example
 * implausibleValue({ value: 50, unit: "percent", numerator: 12, denominator: 10 }) //=> "the numerator 12 is larger than its denominator 10"
 */
export function implausibleValue(input: PlausibleValueInput): string | undefined {
  const { value, unit, numerator, denominator } = input;
  for (const [name, n] of [
    ["numerator", numerator],
    ["denominator", denominator],
  ] as const) {
    if (n === undefined) continue;
    if (!Number.isFinite(n) || Math.abs(n) > MAX_PLAUSIBLE_MAGNITUDE)
      return `the ${name} ${n} is not a plausible count`;
    if (n < 0) return `the ${name} ${n} is negative`;
    if (!Number.isInteger(n)) return `the ${name} ${n} is not a whole number`;
  }
  if (
    numerator !== undefined &&
    denominator !== undefined &&
    (unit === "percent" || unit === "ratio") &&
    numerator > denominator
  )
    return `the numerator ${numerator} is larger than its denominator ${denominator}`;
  if (value === null) return undefined;
  if (!Number.isFinite(value)) return `${value} is not a number`;
  if (Math.abs(value) > MAX_PLAUSIBLE_MAGNITUDE)
    return `${value} is too large to be a figure in ${unitWords(unit)}`;
  switch (unit) {
    case "percent":
      if (value > 100) return `${value} is not a percentage (above 100)`;
      if (value < 0) return `${value} is not a percentage (below 0)`;
      return undefined;
    case "count":
      return value < 0 ? `${value} is a negative count` : undefined;
    case "days":
    case "weeks":
    case "fte":
    case "rate-per-10k":
    case "rate-per-100k":
    case "ratio":
      return value < 0 ? `${value} is negative, which ${unitWords(unit)} cannot be` : undefined;
    case "score":
      return undefined;
    default: {
      const never: never = unit;
      return `unknown unit ${String(never)}`;
    }
  }
}

function unitWords(unit: Unit): string {
  switch (unit) {
    case "percent":
      return "a percentage";
    case "rate-per-10k":
      return "a rate per 10,000";
    case "rate-per-100k":
      return "a rate per 100,000";
    case "count":
      return "a count";
    case "days":
      return "days";
    case "weeks":
      return "weeks";
    case "fte":
      return "full-time equivalents";
    case "ratio":
      return "a ratio";
    case "score":
      return "a score";
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}
