import { kpikitError } from "../errors.js";

/**
 * The p-quantile of sorted values as R's `quantile(type = 7)` (and Excel's PERCENTILE) computes it:
 * linear interpolation between the order statistics at `1 + (n − 1)·p`, evaluated the same way R does
 * (`(1 − h)·x[lo] + h·x[hi]`) so results agree with LAIT to the last bit.
 *
 * @param sortedAscending finite numbers sorted ascending (not checked, for speed).
 * @param p probability in [0, 1].
 * @throws kpikitError `no-values` when the array is empty, `bad-probability` when p is outside [0, 1].
 * @example
 * quantileType7([1, 2, 3, 4], 0.25) //=> 1.75
 */
export function quantileType7(sortedAscending: readonly number[], p: number): number {
  const n = sortedAscending.length;
  if (n === 0) throw kpikitError("no-values", "quantileType7 needs at least one value");
  if (!(p >= 0 && p <= 1))
    throw kpikitError("bad-probability", `quantile probability must be in [0, 1], got ${p}`);
  // R: index <- 1 + (n - 1) * probs; lo <- floor(index); hi <- ceiling(index) (1-based).
  const index = (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const qs = sortedAscending[lo] as number;
  const xHi = sortedAscending[hi] as number;
  if (!(index > lo && xHi !== qs)) return qs;
  const h = index - lo;
  return (1 - h) * qs + h * xHi;
}
