import type { Polarity } from "../indicator/types.js";
import type { RankEntry } from "./national-ranks.js";

/**
 * The best entry by polarity (e.g. the best statistical neighbour): the highest value for
 * higher-is-better, the lowest for lower-is-better; on a tie the first in input order (neighbour order).
 * `null` for `no-judgement` or when no entry has a value.
 *
 * @example
 * bestOf([{ code: "a", value: 12 }, { code: "b", value: 9 }, { code: "c", value: null }], "lower-is-better") //=> { code: "b", value: 9 }
 */
export function bestOf<E extends RankEntry>(
  entries: readonly E[],
  polarity: Polarity,
): (E & { readonly value: number }) | null {
  if (polarity === "no-judgement") return null;
  let best: (E & { readonly value: number }) | null = null;
  for (const e of entries) {
    if (e.value === null || !Number.isFinite(e.value)) continue;
    if (best === null || (polarity === "higher-is-better" ? e.value > best.value : e.value < best.value)) {
      best = e as E & { readonly value: number };
    }
  }
  return best;
}
