// spc: public exports of this area (listed on purpose).

export { spcSummaryText } from "./spc-summary-text.js";
export type {
  ImprovementDirection,
  SpcRule,
  SpcTypeCounts,
  XmrGroup,
  XmrInputPoint,
  XmrOptions,
  XmrPoint,
  XmrResult,
} from "./types.js";
export { xmrChart } from "./xmr-chart.js";
