import { kpikitError } from "../errors.js";
import type { Polarity } from "../indicator/types.js";

/** An area's value for ranking; `null` (missing, suppressed) gets no rank. */
export interface RankEntry {
  readonly code: string;
  readonly value: number | null;
}

/**
 * National ranks as LAIT computes them: 1 = best, ascending for lower-is-better and descending for
 * higher-is-better, ties take the minimum rank (R `rank(ties.method = "min")`). Only areas with a finite
 * value are ranked; `no-judgement` indicators are not ranked at all (empty map).
 *
 * @throws kpikitError `duplicate-area` when a code appears twice.
 * @example
 * nationalRanks([{ code: "a", value: 10 }, { code: "b", value: 20 }, { code: "c", value: 20 }], "higher-is-better").get("a") //=> 3
 */
export function nationalRanks(
  entries: readonly RankEntry[],
  polarity: Polarity,
): ReadonlyMap<string, number> {
  const ranks = new Map<string, number>();
  assertUniqueCodes(entries);
  if (polarity === "no-judgement") return ranks;
  const sorted = valuesSorted(entries);
  for (const e of entries) {
    if (e.value === null || !Number.isFinite(e.value)) continue;
    ranks.set(e.code, rankIn(sorted, e.value, polarity));
  }
  return ranks;
}

/** @internal Finite values of the entries, ascending. */
export function valuesSorted(entries: readonly RankEntry[]): number[] {
  const out: number[] = [];
  for (const e of entries) if (e.value !== null && Number.isFinite(e.value)) out.push(e.value);
  return out.sort((a, b) => a - b);
}

/** @internal 1 + the number of values strictly better than `value` (binary search over sorted values). */
export function rankIn(
  sorted: readonly number[],
  value: number,
  polarity: "higher-is-better" | "lower-is-better",
): number {
  if (polarity === "lower-is-better") return 1 + lowerBound(sorted, value);
  return 1 + (sorted.length - upperBound(sorted, value));
}

function lowerBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @internal */
export function assertUniqueCodes(entries: readonly RankEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.code)) throw kpikitError("duplicate-area", `area ${e.code} appears more than once`);
    seen.add(e.code);
  }
}
