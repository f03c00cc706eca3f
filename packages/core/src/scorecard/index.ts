// scorecard: public exports of this area (listed on purpose).
export { buildScorecard } from "./build-scorecard.js";
export type {
  ScorecardComparators,
  ScorecardComparison,
  ScorecardInput,
  ScorecardRowConfig,
} from "./input.js";
export {
  type DataQualityGroup,
  DETAIL_LEVELS,
  type DetailLevel,
  detailRows,
  groupDataQuality,
  hasFigure,
  isBigChange,
} from "./paper.js";
export { planSection } from "./plan-section.js";
export { BIGGEST_CHANGES, scorecardSummary } from "./summary.js";
