import { kpikitError } from "../errors.js";

/**
 * The default threshold: counts 1–4 are suppressed (shown as `[c]`); 0 is not.
 * @example
 * DEFAULT_SUPPRESSION_THRESHOLD //=> 5
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * True when a count is small enough to identify individuals: at least 1 and below the threshold.
 * Zero is not disclosive. Missing or non-finite counts are not disclosive (there is nothing to show).
 *
 * @param threshold counts below this (and above 0) are disclosive. Default 5.
 * @throws kpikitError `bad-threshold` when the threshold is not a number ≥ 1.
 * @example
 * [0, 1, 4, 5].map((n) => isDisclosive(n)) //=> [false, true, true, false]
 */
export function isDisclosive(
  count: number | null | undefined,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): boolean {
  checkThreshold(threshold);
  return typeof count === "number" && Number.isFinite(count) && count > 0 && count < threshold;
}

/** @internal */
export function checkThreshold(threshold: number): void {
  if (!(Number.isFinite(threshold) && threshold >= 1)) {
    throw kpikitError(
      "bad-threshold",
      `the suppression threshold must be a number of at least 1, got ${threshold}`,
    );
  }
}

/** @internal "counts 1–4 are suppressed" for a threshold of 5. */
export function thresholdWords(threshold: number): string {
  const top = Number.isInteger(threshold) ? threshold - 1 : Math.floor(threshold);
  return top <= 1 ? `counts of ${top} are suppressed` : `counts 1\u2013${top} are suppressed`;
}
