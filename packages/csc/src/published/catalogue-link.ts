// Internal: resolves catalogue ids and aliases to LAIT measures at lookup time, so the bundled data stays keyed
// by LAIT's measure_short and does not depend on how the catalogue is built.
import type { IndicatorDefinition } from "@kpikit/core";
import * as catalogue from "../catalogue/index.js";

interface CatalogueApi {
  readonly getIndicator?: (id: string) => IndicatorDefinition | undefined;
  readonly getIndicatorByLait?: (laitId: string) => IndicatorDefinition | undefined;
  readonly findIndicator?: (text: string) => { readonly ok: boolean; readonly indicator?: IndicatorDefinition };
}
const api = catalogue as unknown as CatalogueApi;

/** The catalogue definition of a LAIT measure, when the catalogue has one. */
export function definitionForLait(laitId: string): IndicatorDefinition | undefined {
  return typeof api.getIndicatorByLait === "function" ? api.getIndicatorByLait(laitId) : undefined;
}

/** The catalogue definition for an id, alias or title (exact id first, then the catalogue's own search). */
export function definitionFor(text: string): IndicatorDefinition | undefined {
  const byId = typeof api.getIndicator === "function" ? api.getIndicator(text) : undefined;
  if (byId) return byId;
  if (typeof api.findIndicator === "function") {
    const m = api.findIndicator(text);
    if (m.ok && m.indicator) return m.indicator;
  }
  return undefined;
}
