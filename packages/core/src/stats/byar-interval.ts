import { kpikitError } from "../errors.js";
import { twoSidedZ } from "./confidence.js";

/**
 * Byar's approximation to the Poisson confidence interval for a count (not divided by a denominator),
 * as PHEindicatormethods computes it. The lower limit is `null` when the approximation goes negative
 * (small counts at high confidence), as R gives NA.
 *
 * @param x - the observed count (≥ 0)
 * @param confidence - the level as a fraction (default 0.95)
 * @example
 * byarInterval(65) //=> { lower: 50.16318771045943, upper: 82.84913854593984 }
 */
export function byarInterval(
  x: number,
  confidence = 0.95,
): { readonly lower: number | null; readonly upper: number } {
  if (!(Number.isFinite(x) && x >= 0))
    throw kpikitError("invalid-count", `a count must be a non-negative number, got ${x}`);
  const z = twoSidedZ(confidence);
  const lower = x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const x1 = x + 1;
  const upper = x1 * (1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1))) ** 3;
  return { lower: lower < 0 ? null : lower, upper };
}
