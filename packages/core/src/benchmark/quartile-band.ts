import type { Polarity } from "../indicator/types.js";
import type { QuartileCuts } from "./quartile-cuts.js";
import type { QuartileBand } from "./types.js";

const LOW_ORDER: readonly QuartileBand[] = ["A", "B", "C", "D"];
const HIGH_ORDER: readonly QuartileBand[] = ["D", "C", "B", "A"];

/**
 * The LAIT quartile band of a value (A = the best quarter of LAs by polarity, D = the worst).
 * A value exactly on a cut point falls in the lower-value band: for lower-is-better a value equal to
 * the 25% point is A, for higher-is-better a value equal to the 75% point is B.
 *
 * Returns `null` for `no-judgement` indicators, a missing or non-finite value, or a value outside
 * [q0, q100] (LAIT reports an error there).
 *
 * @example
 * quartileBand(75, [0, 25, 50, 75, 100], "higher-is-better") //=> "B"
 * quartileBand(25, [0, 25, 50, 75, 100], "lower-is-better") //=> "A"
 */
export function quartileBand(
  value: number | null,
  cuts: QuartileCuts,
  polarity: Polarity,
): QuartileBand | null {
  if (polarity === "no-judgement") return null;
  if (value === null || !Number.isFinite(value)) return null;
  const [q0, q25, q50, q75, q100] = cuts;
  if (value < q0 || value > q100) return null;
  const quarter = value <= q25 ? 0 : value <= q50 ? 1 : value <= q75 ? 2 : 3;
  return ((polarity === "lower-is-better" ? LOW_ORDER : HIGH_ORDER)[quarter] as QuartileBand) ?? null;
}
