// The words of the direction area: a direction of travel and the change behind it.

/** Direction of travel, in exactly these words. */
export type Direction = "improving" | "worsening" | "no-change" | "not-judged" | "not-comparable";

/** The change from the previous comparable value. */
export interface ScorecardChange {
  /** Current minus previous, in the indicator's unit (percentage points for percentages). */
  readonly absolute: number;
  /** Absolute change divided by the previous value; `null` when the previous value is 0. */
  readonly relative: number | null;
  /** E.g. `+3.9 pts`, `−43`, `+12 days`. */
  readonly display: string;
}

/** The change's rating, in exactly these words: is the change good, bad, or within noise? */
export type ChangeStatus = "improving" | "no-significant-change" | "worsening" | "not-judged";

/**
 * The rule that decided a change's rating: the no-change `band`, the 95% `significance` test on the counts,
 * `no-judgement` (neither higher nor lower is better) or `no-comparison` (no two figures to compare).
 */
export type ChangeRule = "band" | "significance" | "no-judgement" | "no-comparison";

/** How big a change must be to count: an amount in the indicator's unit, or a percentage of the previous value. */
export type ChangeBand =
  | { readonly kind: "absolute"; readonly value: number }
  | { readonly kind: "relative"; readonly percent: number };

/** The change's rating with its label and the plain-English reason, naming the rule that decided. */
export interface ChangeRating {
  readonly status: ChangeStatus;
  /** E.g. "No significant change". */
  readonly label: string;
  /** E.g. "Up from 34.0% to 34.5%, within the no-change band of 1 percentage point". */
  readonly reason: string;
  readonly rule: ChangeRule;
  /**
   * The reason without the movement, for a table that shows both figures beside it ("More than the no-change band
   * of 1 percentage point; lower is better"); the whole reason when there is no movement to leave out.
   */
  readonly why?: string;
}
