// Internal: the Annex A return-interview figure (see computeReturnsMeasures for the convention).
import type { Period } from "@kpikit/core";
import { Figure } from "./figure.js";
import type { AnnexARow } from "./flat-tables.js";

/** Missing episodes of the year's Annex A that ended in the year, and whether a return interview was held. */
export function annexAFigures(rows: readonly AnnexARow[], year: number, period: Period): Figure[] {
  const held = new Figure("missing-rhi-completed");
  const latest = new Map<string, AnnexARow>();
  for (const r of rows) {
    if (r.year !== year) continue;
    if (r.start === null) {
      held.exclude("missing episode start date missing or unreadable");
      continue;
    }
    latest.set(`${r.child}\u0000${r.start}`, r);
  }
  for (const r of latest.values()) {
    if (r.endInvalid) held.exclude("missing episode end date unreadable");
    else if (r.end === null || r.end < period.start || r.end > period.end) continue;
    else if (r.held === null) held.exclude("return interview not recorded");
    else held.count(r.held);
  }
  return [held];
}
