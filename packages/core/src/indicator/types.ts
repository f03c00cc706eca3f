import type { PeriodKind } from "../period/types.js";

/** How a value is measured; renderers use it for number formats and change wording. */
export type Unit =
  | "percent"
  | "rate-per-10k"
  | "rate-per-100k"
  | "count"
  | "days"
  | "weeks"
  | "fte"
  | "ratio"
  | "score";

/** Whether a higher value is better. `no-judgement` indicators are never rated red or green. */
export type Polarity = "higher-is-better" | "lower-is-better" | "no-judgement";

/** The statutory or local source an indicator is computed from. */
export type IndicatorSource =
  | "cin-census"
  | "ssda903"
  | "csww"
  | "school-census"
  | "local"
  | "ofsted"
  | "other";

/** A performance indicator: what it measures, how, and which way is good. */
export interface IndicatorDefinition {
  /** Stable kebab-case id, e.g. `re-referrals-12m`. Public API: never renamed. */
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly description: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
  /** Why the polarity is what it is, when kpikit set it rather than LAIT. */
  readonly polarityReason?: string;
  /** Decimal places to show. */
  readonly decimals: number;
  readonly periodType: PeriodKind;
  readonly source: IndicatorSource;
  /** LAIT measure id (`measure_short`) where one exists. */
  readonly lait?: string;
  /** Other names councils use for it. */
  readonly aliases: readonly string[];
  /** Acronyms used in the title or description. */
  readonly acronyms: readonly string[];
  /** How to compute it, in words. */
  readonly method: string;
  /** Topic or section, e.g. `Child protection`. */
  readonly topic?: string;
  /** LAIT says quartile banding is not meaningful for this measure. */
  readonly noQuartile?: boolean;
}
