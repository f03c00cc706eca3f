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
