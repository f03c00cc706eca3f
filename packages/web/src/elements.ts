// @kpikit/web/elements: custom elements built on the renderers.
export const ELEMENTS_ENTRY = "@kpikit/web/elements";
