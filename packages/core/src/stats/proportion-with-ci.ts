import { confidenceLevels, finiteOrNull } from "./confidence.js";
import { inputProblem, noIntervals } from "./input-problem.js";
import type { ConfidenceInterval, ProportionResult, StatisticOptions } from "./types.js";
import { wilsonInterval } from "./wilson-interval.js";

/**
 * A proportion with Wilson score confidence intervals at one or more levels (PHEindicatormethods
 * `phe_proportion`). Missing or impossible counts give `status` `missing` or `invalid` with a reason,
 * never an exception.
 *
 * @param x - the numerator (0 ≤ x ≤ n)
 * @param n - the denominator (> 0)
 * @param options - `confidence` (default 0.95, or a list such as `[0.95, 0.998]`) and `multiplier` (default 1; 100 for a percentage)
 * @example
 * const p = proportionWithCI(65, 100, { multiplier: 100 });
 * [p.value, p.lower, p.upper] //=> [65, 55.25444329688797, 73.63575175690247]
 */
export function proportionWithCI(
  x: number | null,
  n: number | null,
  options: StatisticOptions = {},
): ProportionResult {
  const levels = confidenceLevels(options.confidence);
  const multiplier = options.multiplier ?? 1;
  const numerator = finiteOrNull(x);
  const denominator = finiteOrNull(n);
  const confidence = levels[0] as number;
  // Results are built as literals (no object spread): this runs in loops over every area and period.
  const fail = (status: "missing" | "invalid", reason: string): ProportionResult => ({
    kind: "proportion",
    method: "wilson",
    status,
    value: null,
    lower: null,
    upper: null,
    confidence,
    intervals: noIntervals(levels),
    numerator,
    denominator,
    multiplier,
    reason,
  });
  const problem = inputProblem(numerator, denominator, "numerator");
  if (problem !== null || numerator === null || denominator === null)
    return fail(problem?.status ?? "missing", problem?.reason ?? "");
  if (numerator > denominator) {
    return fail("invalid", `The numerator (${numerator}) is greater than the denominator (${denominator}).`);
  }
  const intervals: ConfidenceInterval[] = [];
  for (const level of levels) {
    const { lower, upper } = wilsonInterval(numerator, denominator, level);
    intervals.push({ confidence: level, lower: lower * multiplier, upper: upper * multiplier });
  }
  const first = intervals[0] as ConfidenceInterval;
  return {
    kind: "proportion",
    method: "wilson",
    status: "ok",
    value: (numerator / denominator) * multiplier,
    lower: first.lower,
    upper: first.upper,
    confidence,
    intervals,
    numerator,
    denominator,
    multiplier,
  };
}
