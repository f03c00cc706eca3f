// trend: public exports of this area (listed on purpose).

export { recentTrend } from "./recent-trend.js";
export { trendBetweenTwoValues, type ValueWithLimits } from "./trend-between-two-values.js";
export type {
  RecentTrendDirection,
  RecentTrendJudgement,
  RecentTrendOptions,
  RecentTrendResult,
  TrendInputPoint,
  TrendMethod,
  TrendValueKind,
} from "./types.js";
