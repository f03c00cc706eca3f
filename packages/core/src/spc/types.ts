/** An XmR point type or variation icon (NHS Making Data Count), as the Scorecard carries it. */
export type SpcVariation =
  | "common_cause"
  | "special_cause_improvement"
  | "special_cause_concern"
  | "special_cause_neutral_high"
  | "special_cause_neutral_low";

/** An XmR assurance icon (NHS Making Data Count): whether the target is consistently met. */
export type SpcAssurance = "consistent_pass" | "consistent_fail" | "inconsistent" | "blank";

/** Which way is improvement for an XmR chart (NHS Making Data Count). */
export type ImprovementDirection = "increase" | "decrease" | "neutral";

/** One point of the series, in time order. */
export interface XmrInputPoint {
  readonly label: string;
  readonly value: number | null;
}

/** Options for `xmrChart`, mirroring NHSRplotthedots `ptd_spc()` arguments. */
export interface XmrOptions {
  readonly improvementDirection: ImprovementDirection;
  /** A target to judge assurance against (the last rebase group's limits). */
  readonly target?: number | null | undefined;
  /** Labels of the points where a new set of limits starts (a rebase). */
  readonly rebaseAt?: readonly string[] | undefined;
  /** Compute each group's mean and limits from its first N points only (a fixed baseline). */
  readonly fixAfterNPoints?: number | undefined;
  /** Leave out moving ranges above 3.267 × the mean moving range when computing the limits; default true. */
  readonly screenOutliers?: boolean | undefined;
  /** Groups with fewer points than this get `shortGroupWarning`; default 13 (NHSRplotthedots 0.2.2). */
  readonly shortGroupThreshold?: number | undefined;
}

/**
 * The special-cause rule that decides a point's type, in NHSRplotthedots' order of precedence: outside
 * the limits, a trend of 7 rising or falling points, 2 of 3 points close to a limit, a run of 7 on one
 * side of the mean.
 */
export type SpcRule =
  | "above-upper-limit"
  | "below-lower-limit"
  | "trend-increasing"
  | "trend-decreasing"
  | "two-in-three-above"
  | "two-in-three-below"
  | "run-above"
  | "run-below";

/** A point of an XmR chart with its limits and the rules it triggers. */
export interface XmrPoint {
  readonly label: string;
  readonly value: number;
  /** Index of the rebase group (0 for the first). */
  readonly group: number;
  /** Whether the point is in its group's baseline (used for the limits). */
  readonly inBaseline: boolean;
  readonly mean: number;
  /** Mean moving range of the group after screening; `null` when it cannot be computed (fewer than 2 baseline points, or no variation). */
  readonly amr: number | null;
  readonly lpl: number | null;
  readonly upl: number | null;
  /** Near-limit lines: mean ± (2/3) × 2.66 × amr. */
  readonly nearLower: number | null;
  readonly nearUpper: number | null;
  readonly outsideLimits: boolean;
  readonly relativeToMean: -1 | 0 | 1;
  /** Beyond two-thirds of the way to a limit, but not outside it. */
  readonly closeToLimits: boolean;
  /** Every rule the point is part of. */
  readonly rules: {
    readonly outsideLimits: boolean;
    readonly trend: boolean;
    readonly twoInThree: boolean;
    readonly run: boolean;
  };
  /** The rule that decides its type (by precedence), or `null` for common cause. */
  readonly rule: SpcRule | null;
  readonly specialCause: boolean;
  readonly pointType: SpcVariation;
  readonly shortGroupWarning: boolean;
}

/** Counts of each point type in a group. */
export type SpcTypeCounts = Readonly<Record<SpcVariation, number>>;

/** One set of limits (between rebases). */
export interface XmrGroup {
  readonly index: number;
  readonly firstLabel: string;
  readonly lastLabel: string;
  readonly n: number;
  readonly mean: number;
  readonly amr: number | null;
  readonly lpl: number | null;
  readonly upl: number | null;
  /** Points that are not special cause. */
  readonly commonCause: number;
  readonly counts: SpcTypeCounts;
  /** The variation icon: the point type of the group's last point. */
  readonly variation: SpcVariation;
  /** The assurance icon; `blank` except on the last group when a target is set and the direction is not neutral. */
  readonly assurance: SpcAssurance;
  readonly shortGroupWarning: boolean;
}

/** An NHS Making Data Count XmR chart, as NHSRplotthedots computes it. */
export interface XmrResult {
  readonly kind: "xmr";
  /** `insufficient-data` when fewer than 2 points have values. */
  readonly status: "ok" | "insufficient-data";
  readonly improvementDirection: ImprovementDirection;
  readonly target: number | null;
  /** Points with values, in order. */
  readonly points: readonly XmrPoint[];
  readonly groups: readonly XmrGroup[];
  /** Labels of points skipped because they had no value. */
  readonly excluded: readonly string[];
  /** The latest group's figures (what a scorecard shows); `null` with no points. */
  readonly mean: number | null;
  readonly lpl: number | null;
  readonly upl: number | null;
  readonly n: number;
  readonly variation: SpcVariation | null;
  readonly assurance: SpcAssurance;
  readonly reason?: string;
}
