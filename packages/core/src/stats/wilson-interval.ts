import { kpikitError } from "../errors.js";
import { twoSidedZ } from "./confidence.js";

/**
 * Wilson score interval for a proportion x / n (0..1), as PHEindicatormethods computes it.
 *
 * @param x - the numerator (0 ≤ x ≤ n; need not be an integer)
 * @param n - the denominator (> 0)
 * @param confidence - the level as a fraction (default 0.95)
 * @throws kpikitError `invalid-count` when the counts are impossible (use `proportionWithCI` for a result with a reason)
 * @example
 * wilsonInterval(65, 100) //=> { lower: 0.5525444329688797, upper: 0.7363575175690247 }
 */
export function wilsonInterval(
  x: number,
  n: number,
  confidence = 0.95,
): { readonly lower: number; readonly upper: number } {
  if (!(Number.isFinite(x) && Number.isFinite(n) && n > 0 && x >= 0 && x <= n)) {
    throw kpikitError(
      "invalid-count",
      `a proportion needs 0 ≤ numerator ≤ denominator and denominator > 0, got ${x} / ${n}`,
    );
  }
  const z = twoSidedZ(confidence);
  const z2 = z * z;
  // Same operation order as PHEindicatormethods, so results agree to the last bit where possible.
  const root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const lower = (2 * x + z2 - root) / 2 / (n + z2);
  const upper = (2 * x + z2 + root) / 2 / (n + z2);
  return { lower: Math.max(0, lower), upper: Math.min(1, upper) };
}
