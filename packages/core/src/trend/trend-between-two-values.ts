import type { RecentTrendDirection } from "./types.js";

/** A value with its confidence limits. */
export interface ValueWithLimits {
  readonly value: number | null;
  readonly lower: number | null | undefined;
  readonly upper: number | null | undefined;
}

const isNum = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * The latest value against the previous one by overlap of their confidence intervals (Fingertips'
 * trend between two values): `increasing`/`decreasing` when the intervals do not overlap,
 * `no-significant-change` when they do (touching counts as overlapping), `cannot-be-calculated` when a
 * value or limit is missing.
 *
 * @example
 * trendBetweenTwoValues({ value: 1, lower: 0.9, upper: 1.1 }, { value: 2, lower: 1.9, upper: 2.1 }) //=> "decreasing"
 */
export function trendBetweenTwoValues(
  recent: ValueWithLimits,
  previous: ValueWithLimits,
): RecentTrendDirection {
  if (!isNum(recent.value) || !isNum(recent.lower) || !isNum(recent.upper)) return "cannot-be-calculated";
  if (!isNum(previous.value) || !isNum(previous.lower) || !isNum(previous.upper))
    return "cannot-be-calculated";
  if (recent.upper < previous.lower) return "decreasing";
  if (recent.lower > previous.upper) return "increasing";
  return "no-significant-change";
}
