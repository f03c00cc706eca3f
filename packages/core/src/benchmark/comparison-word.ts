import type { Polarity } from "../indicator/types.js";

/** How a value sits against a comparator, in words. */
export type ComparisonWord = "better than" | "worse than" | "the same as" | "higher than" | "lower than";

/**
 * How a value sits against a comparator in words: better or worse by polarity, higher or lower when the
 * indicator has no better direction.
 * @example
 * comparisonWord(19.4, 18.7, "lower-is-better") //=> "worse than"
 * @example
 * comparisonWord(5, 3, "no-judgement") //=> "higher than"
 */
export function comparisonWord(value: number, comparator: number, polarity: Polarity): ComparisonWord {
  if (value === comparator) return "the same as";
  const higher = value > comparator;
  if (polarity === "higher-is-better") return higher ? "better than" : "worse than";
  if (polarity === "lower-is-better") return higher ? "worse than" : "better than";
  return higher ? "higher than" : "lower than";
}
