// Internal: resolves catalogue ids and aliases to LAIT measures at lookup time, so the bundled data stays keyed
// by LAIT's measure_short and does not depend on how the catalogue is built.
import type { IndicatorDefinition } from "@kpikit/core";
import { findIndicator, getIndicator, getIndicatorByLait } from "../catalogue/index.js";

/** The catalogue definition of a LAIT measure, when the catalogue has one. */
export function definitionForLait(laitId: string): IndicatorDefinition | undefined {
  return getIndicatorByLait(laitId);
}

/** The catalogue definition for an id, alias or title (exact id first, then the catalogue's own search). */
export function definitionFor(text: string): IndicatorDefinition | undefined {
  const byId = getIndicator(text);
  if (byId) return byId;
  const m = findIndicator(text);
  return m.ok ? m.indicator : undefined;
}
