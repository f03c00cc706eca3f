import { byarInterval } from "./byar-interval.js";
import { confidenceLevels, finiteOrNull } from "./confidence.js";
import { exactPoissonInterval } from "./exact-poisson-interval.js";
import { inputProblem, noIntervals } from "./input-problem.js";
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
  const confidence = levels[0] as number;
  // Results are built as literals (no object spread): this runs in loops over every area and period.
  const fail = (status: "missing" | "invalid", reason: string): RateResult => ({
    kind: "rate",
    method: null,
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
  const problem = inputProblem(numerator, denominator, "count");
  if (problem !== null || numerator === null || denominator === null)
    return fail(problem?.status ?? "missing", problem?.reason ?? "");
  const exact = numerator < 10;
  const scale = multiplier / denominator;
  let reason: string | undefined;
  const intervals: ConfidenceInterval[] = [];
  for (const level of levels) {
    if (exact) {
      const { lower, upper } = exactPoissonInterval(numerator, level);
      intervals.push({ confidence: level, lower: lower * scale, upper: upper * scale });
    } else {
      const { lower, upper } = byarInterval(numerator, level);
      if (lower === null) reason = `Byar's lower limit is negative at ${level * 100}% confidence.`;
      intervals.push({
        confidence: level,
        lower: lower === null ? null : lower * scale,
        upper: upper * scale,
      });
    }
  }
  const first = intervals[0] as ConfidenceInterval;
  const result: RateResult = {
    kind: "rate",
    method: exact ? "exact" : "byar",
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
  return reason === undefined ? result : { ...result, reason };
}
