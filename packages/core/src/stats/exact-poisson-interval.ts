import { kpikitError } from "../errors.js";
import { confidenceLevels } from "./confidence.js";
import { chiSquareQuantile } from "./distributions.js";

const cache = new Map<string, { readonly lower: number; readonly upper: number }>();

/**
 * Exact Poisson confidence interval for a count (from chi-squared quantiles), as PHEindicatormethods
 * uses for counts below 10: lower = qchisq((1 − c)/2, 2x)/2, upper = qchisq(c + (1 − c)/2, 2x + 2)/2.
 *
 * @param x - the observed count (≥ 0)
 * @param confidence - the level as a fraction (default 0.95)
 * @example
 * exactPoissonInterval(5) //=> { lower: 1.6234863901184207, upper: 11.66833207932267 }
 */
export function exactPoissonInterval(
  x: number,
  confidence = 0.95,
): { readonly lower: number; readonly upper: number } {
  if (!(Number.isFinite(x) && x >= 0))
    throw kpikitError("invalid-count", `a count must be a non-negative number, got ${x}`);
  confidenceLevels(confidence);
  const key = `${x}|${confidence}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lower = x === 0 ? 0 : chiSquareQuantile((1 - confidence) / 2, 2 * x) / 2;
  const upper = chiSquareQuantile(confidence + (1 - confidence) / 2, 2 * x + 2) / 2;
  const interval = { lower, upper };
  if (cache.size >= 4096) cache.clear();
  cache.set(key, interval);
  return interval;
}
