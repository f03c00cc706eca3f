import { byarInterval } from "./byar-interval.js";
import { confidenceLevels, finiteOrNull } from "./confidence.js";
import { exactPoissonInterval } from "./exact-poisson-interval.js";
import type { ConfidenceInterval, RateResult, StatisticOptions } from "./types.js";

/**
 * A crude rate x / n × multiplier with confidence intervals (PHEindicatormethods `phe_rate`): exact
 * Poisson when the count is below 10, Byar's method otherwise. The count may exceed the denominator.
 *
 * @param x - the count (≥ 0)
 * @param n - the denominator, e.g. the population (> 0)
 * @param options - `confidence` (default 0.95, or a list) and `multiplier` (default 100,000; 10,000 for "per 10,000")
 * @example
 * const r = rateWithCI(5, 100, { multiplier: 100 });
 * [r.method, r.value, r.lower, r.upper] //=> ["exact", 5, 1.6234863901184207, 11.66833207932267]
 */
export function rateWithCI(x: number | null, n: number | null, options: StatisticOptions = {}): RateResult {
  const levels = confidenceLevels(options.confidence);
  const multiplier = options.multiplier ?? 100000;
  const numerator = finiteOrNull(x);
  const denominator = finiteOrNull(n);
  const base = { kind: "rate", numerator, denominator, multiplier, confidence: levels[0] as number } as const;
  const empty = levels.map((confidence): ConfidenceInterval => ({ confidence, lower: null, upper: null }));
  if (numerator === null || denominator === null) {
    const which =
      numerator === null && denominator === null
        ? "count and denominator are"
        : numerator === null
          ? "count is"
          : "denominator is";
    return {
      ...base,
      method: null,
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
        ? `The count must not be negative (got ${numerator}).`
        : null;
  if (problem !== null) {
    return {
      ...base,
      method: null,
      status: "invalid",
      value: null,
      lower: null,
      upper: null,
      intervals: empty,
      reason: problem,
    };
  }
  const exact = numerator < 10;
  const scale = multiplier / denominator;
  let reason: string | undefined;
  const intervals = levels.map((confidence): ConfidenceInterval => {
    if (exact) {
      const { lower, upper } = exactPoissonInterval(numerator, confidence);
      return { confidence, lower: lower * scale, upper: upper * scale };
    }
    const { lower, upper } = byarInterval(numerator, confidence);
    if (lower === null) reason = `Byar's lower limit is negative at ${confidence * 100}% confidence.`;
    return { confidence, lower: lower === null ? null : lower * scale, upper: upper * scale };
  });
  const first = intervals[0] as ConfidenceInterval;
  const result: RateResult = {
    ...base,
    method: exact ? "exact" : "byar",
    status: "ok",
    value: (numerator / denominator) * multiplier,
    lower: first.lower,
    upper: first.upper,
    intervals,
  };
  return reason === undefined ? result : { ...result, reason };
}
