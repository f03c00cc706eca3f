// What is wrong with a count and a denominator, in words, for the proportion and rate functions. Internal.
import type { ConfidenceInterval } from "./types.js";

/** Why a statistic cannot be computed from these inputs, or null when they are usable. @internal */
export function inputProblem(
  numerator: number | null,
  denominator: number | null,
  countWord: "numerator" | "count",
): { readonly status: "missing" | "invalid"; readonly reason: string } | null {
  if (numerator === null || denominator === null) {
    const which =
      numerator === null && denominator === null
        ? `${countWord} and denominator are`
        : numerator === null
          ? `${countWord} is`
          : "denominator is";
    return { status: "missing", reason: `The ${which} missing.` };
  }
  if (denominator <= 0)
    return { status: "invalid", reason: `The denominator must be greater than 0 (got ${denominator}).` };
  if (numerator < 0)
    return { status: "invalid", reason: `The ${countWord} must not be negative (got ${numerator}).` };
  return null;
}

/** One interval with no limits per confidence level. @internal */
export function noIntervals(levels: readonly number[]): ConfidenceInterval[] {
  return levels.map((level): ConfidenceInterval => ({ confidence: level, lower: null, upper: null }));
}
