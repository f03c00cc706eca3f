import { kpikitError } from "@kpikit/core";
import { neighbourLists } from "../_data/neighbours.generated.js";
import type { CscArea } from "../_data/types.js";
import { getArea } from "./areas.js";

/** A DfE statistical-neighbour model: `2025` (May 2025, the default) or `2021` (April 2021). */
export type NeighbourModel = "2025" | "2021";

/** One statistical neighbour with its rank (1 = closest) and DfE's closeness label. */
export interface StatisticalNeighbour {
  readonly area: CscArea;
  readonly rank: number;
  /** `Extremely close`, `Very close`, `Close`, `Somewhat close` or `Not close`. */
  readonly closeness: string;
}

const resolve = (code: string, model: NeighbourModel): { readonly area: CscArea; readonly list: string } => {
  const area = getArea(code);
  if (area?.kind !== "la") throw kpikitError("unknown-area", `${code} is not a known local authority code.`);
  if (model !== "2025" && model !== "2021")
    throw kpikitError(
      "unknown-neighbour-model",
      `Statistical neighbour model "${String(model)}" is not 2025 or 2021.`,
    );
  return { area, list: neighbourLists[model][area.code] ?? "" };
};

/**
 * An LA's 10 DfE statistical neighbours with rank and closeness, closest first. Empty when the model has none
 * for the LA (Cumberland and Westmorland and Furness in the 2021 model). Throws `unknown-area` for a code that
 * is not an LA.
 * @param code DfE or ONS code of an LA.
 * @param model `"2025"` (default) or `"2021"`.
 * @example
 * statisticalNeighbourRanks("865")[0]?.rank //=> 1
 * statisticalNeighbourRanks("942", "2021").length //=> 0
 */
export function statisticalNeighbourRanks(
  code: string,
  model: NeighbourModel = "2025",
): readonly StatisticalNeighbour[] {
  const { list } = resolve(code, model);
  if (list === "") return [];
  return list.split(",").map((item, i) => {
    const [n = "", closeness = ""] = item.split(":");
    const area = getArea(n);
    if (!area)
      throw kpikitError("internal-reference-data", `Neighbour ${n} of ${code} is not in the area list.`);
    return { area, rank: i + 1, closeness };
  });
}

/**
 * An LA's DfE statistical neighbours, closest first (May 2025 model by default, April 2021 available).
 * Throws `unknown-area` for a code that is not an LA.
 * @param code DfE or ONS code of an LA.
 * @param model `"2025"` (default) or `"2021"`.
 * @example
 * statisticalNeighbours("865").length //=> 10
 * statisticalNeighbours("865")[0]?.name //=> "Hampshire"
 * statisticalNeighbours("865", "2021")[0]?.name //=> "Gloucestershire"
 */
export function statisticalNeighbours(code: string, model: NeighbourModel = "2025"): readonly CscArea[] {
  return statisticalNeighbourRanks(code, model).map((n) => n.area);
}
