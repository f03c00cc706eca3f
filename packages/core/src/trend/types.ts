import type { Polarity } from "../indicator/types.js";

/** One point of a series for the recent trend, oldest first. */
export interface TrendInputPoint {
  readonly value: number | null;
  readonly numerator?: number | null | undefined;
  readonly denominator?: number | null | undefined;
  /** Lower and upper 95% confidence limits of the value. */
  readonly lower?: number | null | undefined;
  readonly upper?: number | null | undefined;
  /** A label for messages (e.g. the period), optional. */
  readonly label?: string | undefined;
}

/** What the values are: Fingertips calculates the recent trend for proportions, crude rates and directly standardised rates only. */
export type TrendValueKind = "proportion" | "rate" | "dsr" | "other";

/**
 * How significance is tested: `weighted-regression` (Fingertips' default, also FingertipsNext: a
 * regression of the value on time weighted by the variance from each 95% CI) or `chi-squared-proportions`
 * (Fingertips' "SPC for proportions" comparator: the chi-squared test for trend on counts and denominators).
 */
export type TrendMethod = "weighted-regression" | "chi-squared-proportions";

/** Options for `recentTrend`: the polarity (for the judgement), and optionally the value kind, method and level. */
export interface RecentTrendOptions {
  readonly polarity: Polarity;
  /** Default `proportion`. `other` (counts, days, means…) gives `cannot-be-calculated`. */
  readonly kind?: TrendValueKind | undefined;
  /** Default `weighted-regression`. */
  readonly method?: TrendMethod | undefined;
  /** Significance level of the χ² test on 1 degree of freedom; default 0.998 (Fingertips' 99.8%). */
  readonly confidence?: number | undefined;
  /**
   * Derive missing 95% limits from a point's numerator and denominator (Wilson for proportions, exact
   * Poisson/Byar for rates), with the multiplier that puts them on the value's scale (100 for a
   * percentage, 10,000 for a rate per 10,000). Without it, points need `lower` and `upper`, as in Fingertips.
   */
  readonly intervalsFromCounts?: { readonly multiplier: number } | undefined;
}

/** The direction of a significant recent trend, or why there is none. */
export type RecentTrendDirection =
  | "increasing"
  | "decreasing"
  | "no-significant-change"
  | "cannot-be-calculated";
/** The recent trend judged by polarity. */
export type RecentTrendJudgement =
  | "improving"
  | "worsening"
  | "no-significant-change"
  | "not-judged"
  | "cannot-be-calculated";

/** The Fingertips recent trend over the latest 5 points. */
export interface RecentTrendResult {
  readonly trend: RecentTrendDirection;
  /** The trend judged by polarity (`not-judged` for a significant trend in a no-judgement indicator). */
  readonly judgement: RecentTrendJudgement;
  readonly method: TrendMethod;
  /** The χ² statistic (1 degree of freedom), when it was computed. */
  readonly chi2?: number;
  /** The fitted slope per period (value units for the regression; proportion 0..1 for the χ² test). */
  readonly slope?: number;
  /** χ² above the critical value and no single point reversing the direction. */
  readonly significant: boolean;
  /** True when leaving out any one point keeps the slope's sign (Fingertips' outlier check). */
  readonly noOutliers?: boolean;
  /** Number of points the test used (5 when it ran). */
  readonly pointsUsed: number;
  /** Plain-English explanation. */
  readonly reason: string;
}
