import type { Polarity } from "../indicator/types.js";
import { quantileType7 } from "./quantile-type7.js";
import { finiteSorted } from "./quartile-cuts.js";

/**
 * The national top-quartile threshold: the cut point a value must beat to be in band A — the 75% point
 * for higher-is-better, the 25% point for lower-is-better (a value exactly on it is band A only for
 * lower-is-better, as LAIT bands cut points into the lower-value band). `null` for `no-judgement` or when
 * no value is finite.
 *
 * @example
 * topQuartileThreshold([10, 20, 30, 40, 50], "higher-is-better") //=> 40
 * topQuartileThreshold([10, 20, 30, 40, 50], "lower-is-better") //=> 20
 */
export function topQuartileThreshold(values: readonly (number | null)[], polarity: Polarity): number | null {
  if (polarity === "no-judgement") return null;
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return null;
  return quantileType7(sorted, polarity === "higher-is-better" ? 0.75 : 0.25);
}
