// @kpikit/web public API: pure HTML/SVG renderers (no DOM).
export const WEB_PACKAGE = "@kpikit/web";
