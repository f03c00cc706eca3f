// @kpikit/web public API: pure HTML/SVG renderers (no DOM). Parts return SafeHtml (use `.value` or
// `String(x)` for the string); renderScorecard and renderReportDocument return strings.

export type { RenderOptions } from "./_lib/context.js";
export type { SortDirection, SortKey, SortState } from "./_lib/rows.js";
export { escapeHtml, type HtmlValue, html, isSafeHtml, joinHtml, type SafeHtml } from "./html/safe-html.js";
export { renderDetail } from "./render/detail.js";
export { renderGlossary } from "./render/glossary.js";
export { type IndicatorTableOptions, renderIndicatorTable } from "./render/indicator-table.js";
export { renderKey } from "./render/key.js";
export {
  type NeighbourChartOptions,
  neighbourTakeaway,
  renderNeighbourChart,
} from "./render/neighbour-chart.js";
export { renderPlan } from "./render/plan.js";
export { type RagTagOptions, renderRagTag } from "./render/rag-tag.js";
export { documentCss, reportCss } from "./render/report-css.js";
export { type ReportDocumentOptions, renderReportDocument } from "./render/report-document.js";
export { renderRoadmap, roadmapTakeaway } from "./render/roadmap.js";
export { renderScorecard, type ScorecardOptions } from "./render/scorecard.js";
export { renderDataQuality, renderSources } from "./render/sources.js";
export { renderSparkline, type SparklineOptions, sparklineLabel } from "./render/sparkline.js";
export { renderSpcChart, SPC_MIN_POINTS } from "./render/spc-chart.js";
export { renderSummary } from "./render/summary.js";
export { renderTrendChart, trendTakeaway } from "./render/trend-chart.js";
