// @kpikit/web/elements: custom elements built on the renderers. Importing this module defines nothing;
// call defineKpiElements() (the embed bundle kpikit-elements.js calls it for you).

export { checkScorecard, type ScorecardCheck } from "./elements/check-scorecard.js";
export { defineKpiElements, KPI_ELEMENTS } from "./elements/define.js";
export { ELEMENTS as ELEMENT_DEFINITIONS, type ElementDefinition } from "./elements/definitions.js";
export {
  KpiIndicatorElement,
  KpiNeighboursElement,
  KpiRagElement,
  KpiTrendElement,
} from "./elements/part-elements.js";
export { KpiPlanElement } from "./elements/plan-element.js";
export { KpiScorecardElement } from "./elements/scorecard-element.js";
