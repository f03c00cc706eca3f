/** A red/amber/green rating; `blue` means a stretch target was beaten. */
export type RagStatus = "red" | "amber" | "green" | "blue" | "not-rated";

/** What a rating was judged against. */
export type RagBasis = "target" | "benchmark" | "quartile" | "direction" | "none";

/** A rating with the plain-English reason a councillor can read. */
export interface RagResult {
  readonly status: RagStatus;
  readonly basis: RagBasis;
  /** E.g. "19.4% is worse than the 18% target by 1.4 percentage points; amber tolerance is 2 points." */
  readonly reason: string;
  /** Id of the rule that decided, when a policy has several. */
  readonly ruleId?: string;
}
