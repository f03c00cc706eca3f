/** A confidence interval at one confidence level (`null` bounds when they cannot be computed). */
export interface ConfidenceInterval {
  /** The level as a fraction, e.g. 0.95 or 0.998. */
  readonly confidence: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Whether a statistic could be computed: `missing` (no input), `invalid` (impossible input), or `ok`. */
export type StatisticStatus = "ok" | "missing" | "invalid";

interface StatisticBase {
  readonly status: StatisticStatus;
  /** The statistic (times the multiplier), or `null` when it cannot be computed. */
  readonly value: number | null;
  /** Lower and upper limits at the first confidence level requested. */
  readonly lower: number | null;
  readonly upper: number | null;
  /** The first confidence level requested. */
  readonly confidence: number;
  /** One interval per confidence level requested, in the order requested. */
  readonly intervals: readonly ConfidenceInterval[];
  /** Why the value or its interval is missing (absent when everything was computed). */
  readonly reason?: string;
}

/** A proportion with Wilson score intervals (PHEindicatormethods `phe_proportion`). */
export interface ProportionResult extends StatisticBase {
  readonly kind: "proportion";
  readonly method: "wilson";
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly multiplier: number;
}

/** A crude rate with exact Poisson (count < 10) or Byar intervals (PHEindicatormethods `phe_rate`). */
export interface RateResult extends StatisticBase {
  readonly kind: "rate";
  /** `exact` (exact Poisson, count below 10) or `byar` (Byar's approximation); `null` when nothing was computed. */
  readonly method: "exact" | "byar" | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly multiplier: number;
}

/** A mean with Student's t intervals (PHEindicatormethods `phe_mean`). */
export interface MeanResult extends StatisticBase {
  readonly kind: "mean";
  readonly method: "student-t";
  /** Values used (finite numbers), and values skipped (null, NaN, infinite). */
  readonly n: number;
  readonly excluded: number;
  readonly sum: number;
  /** Sample standard deviation (n − 1 denominator); `null` when n < 2. */
  readonly sd: number | null;
}

/** Options shared by the statistics: one or more confidence levels and a multiplier. */
export interface StatisticOptions {
  /** A level in (0, 1) or a list of them; default 0.95. E.g. `[0.95, 0.998]`. */
  readonly confidence?: number | readonly number[] | undefined;
  /** Scale the value and limits, e.g. 100 for a percentage, 10000 for a rate per 10,000. Default 1 (proportions) or 100000 (rates). */
  readonly multiplier?: number | undefined;
}
