import { confidenceLevels, finiteOrNull } from "./confidence.js";
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
  const base = {
    kind: "proportion",
    method: "wilson",
    numerator,
    denominator,
    multiplier,
    confidence: levels[0] as number,
  } as const;
  const empty = levels.map((confidence): ConfidenceInterval => ({ confidence, lower: null, upper: null }));
  if (numerator === null || denominator === null) {
    const which =
      numerator === null && denominator === null
        ? "numerator and denominator are"
        : numerator === null
          ? "numerator is"
          : "denominator is";
    return {
      ...base,
      status: "missing",
      value: null,
      lower: null,
      upper: null,
      intervals: empty,
      reason: `The ${which} missing.`,
    };
  }
  const problem =
    denominator <= 0
      ? `The denominator must be greater than 0 (got ${denominator}).`
      : numerator < 0
        ? `The numerator must not be negative (got ${numerator}).`
        : numerator > denominator
          ? `The numerator (${numerator}) is greater than the denominator (${denominator}).`
          : null;
  if (problem !== null) {
    return {
      ...base,
      status: "invalid",
      value: null,
      lower: null,
      upper: null,
      intervals: empty,
      reason: problem,
    };
  }
  const intervals = levels.map((confidence): ConfidenceInterval => {
    const { lower, upper } = wilsonInterval(numerator, denominator, confidence);
    return { confidence, lower: lower * multiplier, upper: upper * multiplier };
  });
  const first = intervals[0] as ConfidenceInterval;
  return {
    ...base,
    status: "ok",
    value: (numerator / denominator) * multiplier,
    lower: first.lower,
    upper: first.upper,
    intervals,
  };
}
