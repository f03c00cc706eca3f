import { confidenceLevels } from "./confidence.js";
import { studentTQuantile } from "./distributions.js";
import type { ConfidenceInterval, MeanResult } from "./types.js";

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
  options: { readonly confidence?: number | readonly number[] } = {},
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
  const base = {
    kind: "mean",
    method: "student-t",
    n,
    excluded,
    sum,
    confidence: levels[0] as number,
  } as const;
  const empty = levels.map((confidence): ConfidenceInterval => ({ confidence, lower: null, upper: null }));
  if (n === 0) {
    return {
      ...base,
      status: "missing",
      value: null,
      sd: null,
      lower: null,
      upper: null,
      intervals: empty,
      reason: "There are no values.",
    };
  }
  const mean = sum / n;
  if (n === 1) {
    return {
      ...base,
      status: "ok",
      value: mean,
      sd: null,
      lower: null,
      upper: null,
      intervals: empty,
      reason: "A confidence interval needs at least two values.",
    };
  }
  let ss = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / (n - 1));
  const se = sd / Math.sqrt(n);
  const intervals = levels.map((confidence): ConfidenceInterval => {
    const t = Math.abs(studentTQuantile((1 - confidence) / 2, n - 1));
    return { confidence, lower: mean - t * se, upper: mean + t * se };
  });
  const first = intervals[0] as ConfidenceInterval;
  return { ...base, status: "ok", value: mean, sd, lower: first.lower, upper: first.upper, intervals };
}
