import type { Polarity } from "../indicator/types.js";
import { assertUniqueCodes, type RankEntry, rankIn, valuesSorted } from "./national-ranks.js";
import { quartileBand } from "./quartile-band.js";
import { cutsOfSorted } from "./quartile-cuts.js";
import type { QuartileBand } from "./types.js";

/** One area's national position. */
export interface RankAndBand {
  /** 1 = best; `null` without a value or for `no-judgement` indicators. */
  readonly rank: number | null;
  /** How many areas have a value (the "of N"). */
  readonly rankOf: number;
  /** `null` without a value, for `no-judgement` indicators, or when `noQuartile` is set. */
  readonly band: QuartileBand | null;
}

export interface RankAndBandOptions {
  /** LAIT's No_Quartile flag: ranks are still shown, bands are not. */
  readonly noQuartile?: boolean;
}

/**
 * National rank and quartile band for every area, exactly as LAIT: type-7 quartiles and ranks over all
 * areas with a value (pass LAs only — region and England rows are not ranked), polarity decides which end
 * is best, ties take the minimum rank, `no-judgement` gives no rank and no band.
 *
 * @throws kpikitError `duplicate-area` when a code appears twice.
 * @example
 * const r = rankAndBand([{ code: "a", value: 10 }, { code: "b", value: 20 }, { code: "c", value: null }], "lower-is-better");
 * r.get("a") //=> { rank: 1, rankOf: 2, band: "A" }
 * r.get("c") //=> { rank: null, rankOf: 2, band: null }
 */
export function rankAndBand(
  entries: readonly RankEntry[],
  polarity: Polarity,
  options: RankAndBandOptions = {},
): ReadonlyMap<string, RankAndBand> {
  assertUniqueCodes(entries);
  const sorted = valuesSorted(entries);
  const rankOf = sorted.length;
  const out = new Map<string, RankAndBand>();
  const judged = polarity !== "no-judgement" && rankOf > 0;
  const cuts = judged && !options.noQuartile ? cutsOfSorted(sorted) : null;
  for (const e of entries) {
    if (!judged || e.value === null || !Number.isFinite(e.value)) {
      out.set(e.code, { rank: null, rankOf, band: null });
      continue;
    }
    out.set(e.code, {
      rank: rankIn(sorted, e.value, polarity),
      rankOf,
      band: cuts ? quartileBand(e.value, cuts, polarity) : null,
    });
  }
  return out;
}
