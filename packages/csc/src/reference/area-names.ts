import type { CscArea } from "../_data/types.js";
import { getArea } from "./areas.js";

/**
 * DfE writes a few names back to front for sorting ("Herefordshire, County of"); in a sentence a council reads by
 * the name it uses itself.
 */
const COUNCIL_NAMES: Readonly<Record<string, string>> = {
  "884": "Herefordshire Council",
  "801": "Bristol City Council",
  "810": "Hull City Council",
};

/**
 * The name an area reads by in a sentence: the council's own name where DfE's is written back to front
 * ("Herefordshire, County of" → "Herefordshire Council"), else DfE's name unchanged; any other inverted
 * "Name, Title of" reads "Title of Name".
 * @example
 * readableAreaName({ code: "884", name: "Herefordshire, County of" }) //=> "Herefordshire Council"
 * readableAreaName({ code: "865", name: "Wiltshire" }) //=> "Wiltshire"
 * readableAreaName({ code: "999", name: "Exampleton, Borough of" }) //=> "Borough of Exampleton"
 */
export function readableAreaName(area: Pick<CscArea, "code" | "name">): string {
  const own = COUNCIL_NAMES[area.code];
  if (own !== undefined) return own;
  const m = /^(.+), ((?:City|County|Borough|Royal Borough) of)$/.exec(area.name.trim());
  return m ? `${m[2]} ${m[1]}` : area.name;
}

/** What a report says about an LA that no longer exists: since when, who took over, and its last year. */
export interface FormerAreaNote {
  /** E.g. "Cumbria no longer exists: its last figures are for 2022/23; Cumberland and Westmorland and Furness took over its area". */
  readonly message: string;
  /** The last year with figures, as a financial-year label (`2022/23`), when known. */
  readonly lastPeriod?: string;
  readonly successors: readonly { readonly code: string; readonly name: string }[];
}

/**
 * For a legacy LA (Cumbria, Northamptonshire, pre-2019 Dorset, Poole, Bournemouth): a sentence saying it no longer
 * exists, its last year with figures and the LAs that took over; `undefined` for a current area.
 * @example
 * formerAreaNote(getArea("909")!)?.lastPeriod //=> "2022/23"
 * formerAreaNote(getArea("865")!) //=> undefined
 */
export function formerAreaNote(area: CscArea): FormerAreaNote | undefined {
  if (area.current || area.kind !== "la") return undefined;
  const successors = (area.successors ?? []).flatMap((code) => {
    const a = getArea(code);
    return a ? [{ code, name: readableAreaName(a) }] : [];
  });
  // `lastYear` is the census year: the year ending 31 March of that year.
  const lastPeriod =
    area.lastYear === undefined ? undefined : `${area.lastYear - 1}/${String(area.lastYear).slice(2)}`;
  const names = successors.map((s) => s.name);
  const took =
    names.length === 0
      ? ""
      : `; ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`} took over its area`;
  return {
    message: `${readableAreaName(area)} no longer exists${lastPeriod ? `: its last figures are for ${lastPeriod}` : ""}${took}`,
    ...(lastPeriod === undefined ? {} : { lastPeriod }),
    successors,
  };
}
