import { kpikitError } from "../errors.js";
import { quantileType7 } from "./quantile-type7.js";

/** The 0, 25, 50, 75 and 100% points (R type 7) of a set of values. */
export type QuartileCuts = readonly [q0: number, q25: number, q50: number, q75: number, q100: number];

/**
 * The LAIT quartile cut points: R type-7 quantiles at 0, 25, 50, 75 and 100% of the values given.
 * Pass every LA with a value in the year (LAIT uses LA codes below 970, former LAs included while they
 * have values); `null` and non-finite values are ignored.
 *
 * @throws kpikitError `no-values` when no value is finite.
 * @example
 * quartileCuts([10, 20, 30, 40, 50]) //=> [10, 20, 30, 40, 50]
 */
export function quartileCuts(values: readonly (number | null)[]): QuartileCuts {
  const sorted = finiteSorted(values);
  if (sorted.length === 0) throw kpikitError("no-values", "quartileCuts needs at least one value");
  return cutsOfSorted(sorted);
}

/** @internal Cut points of already sorted finite values. */
export function cutsOfSorted(sorted: readonly number[]): QuartileCuts {
  return [
    quantileType7(sorted, 0),
    quantileType7(sorted, 0.25),
    quantileType7(sorted, 0.5),
    quantileType7(sorted, 0.75),
    quantileType7(sorted, 1),
  ];
}

/** @internal Finite values sorted ascending. */
export function finiteSorted(values: readonly (number | null | undefined)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) out.push(v);
  return out.sort((a, b) => a - b);
}
