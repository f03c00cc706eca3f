import {
  KpiIndicatorElement,
  KpiNeighboursElement,
  KpiRagElement,
  KpiTrendElement,
} from "./part-elements.js";
import { KpiPlanElement } from "./plan-element.js";
import { KpiScorecardElement } from "./scorecard-element.js";

/** Tag name → class of every kpikit element. */
export const KPI_ELEMENTS = {
  "kpi-scorecard": KpiScorecardElement,
  "kpi-indicator": KpiIndicatorElement,
  "kpi-rag": KpiRagElement,
  "kpi-trend": KpiTrendElement,
  "kpi-neighbours": KpiNeighboursElement,
  "kpi-plan": KpiPlanElement,
} as const;

/**
 * Registers every kpikit element, skipping any tag already defined (so two copies of the script on one page
 * do not throw). Returns the tags this call defined.
 *
 * @example
 * import { defineKpiElements } from "@kpikit/web/elements";
 * defineKpiElements(); // in a browser: the tags it defined, e.g. ["kpi-scorecard", …]
 */
export function defineKpiElements(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): string[] {
  if (!registry) return [];
  const defined: string[] = [];
  for (const [tag, cls] of Object.entries(KPI_ELEMENTS)) {
    if (registry.get(tag)) continue;
    registry.define(tag, cls as unknown as CustomElementConstructor);
    defined.push(tag);
  }
  return defined;
}
