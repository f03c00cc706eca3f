import { confidenceLevels } from "./confidence.js";
import { studentTQuantile } from "./distributions.js";
import { noIntervals } from "./input-problem.js";
import type { ConfidenceInterval, MeanResult } from "./types.js";

const tCache = new Map<string, number>();

/** |qt((1 − c)/2, df)|, cached (groups of the same size and level repeat). */
function tMultiplier(confidence: number, df: number): number {
  const key = `${confidence}|${df}`;
  let t = tCache.get(key);
  if (t === undefined) {
    t = Math.abs(studentTQuantile((1 - confidence) / 2, df));
    if (tCache.size >= 4096) tCache.clear();
    tCache.set(key, t);
  }
  return t;
}

/**
 * The mean of a set of values with Student's t confidence intervals (PHEindicatormethods `phe_mean`):
 * mean ± |qt((1 − c)/2, n − 1)| × sd / √n. Null and non-finite values are skipped and counted in
 * `excluded`; fewer than two values give no interval (with a reason).
 *
 * @param values - the values (null, NaN and infinite values are skipped)
 * @param options - `confidence` (default 0.95, or a list such as `[0.95, 0.998]`)
 * @example
 * const m = meanWithCI([3, 5]);
 * [m.value, m.lower, m.upper] //=> [4, -8.706204736174694, 16.706204736174694]
 */
export function meanWithCI(
  values: readonly (number | null)[],
  options: { readonly confidence?: number | readonly number[] | undefined } = {},
): MeanResult {
  const levels = confidenceLevels(options.confidence);
  let n = 0;
  let sum = 0;
  for (const v of values) {
    if (typeof v === "number" && Number.isFinite(v)) {
      n++;
      sum += v;
    }
  }
  const excluded = values.length - n;
  const confidence = levels[0] as number;
  if (n < 2) {
    // No values, or one: no interval (a t interval needs n − 1 ≥ 1 degrees of freedom).
    return {
      kind: "mean",
      method: "student-t",
      status: n === 0 ? "missing" : "ok",
      value: n === 0 ? null : sum,
      lower: null,
      upper: null,
      confidence,
      intervals: noIntervals(levels),
      n,
      excluded,
      sum,
      sd: null,
      reason: n === 0 ? "There are no values." : "A confidence interval needs at least two values.",
    };
  }
  const mean = sum / n;
  let ss = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const se = sd / Math.sqrt(n);
  const intervals: ConfidenceInterval[] = [];
  for (const level of levels) {
    const t = tMultiplier(level, n - 1);
    intervals.push({ confidence: level, lower: mean - t * se, upper: mean + t * se });
  }
  const first = intervals[0] as ConfidenceInterval;
  return {
    kind: "mean",
    method: "student-t",
    status: "ok",
    value: mean,
    lower: first.lower,
    upper: first.upper,
    confidence,
    intervals,
    n,
    excluded,
    sum,
    sd,
  };
}
