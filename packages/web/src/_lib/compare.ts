import type { Polarity } from "@kpikit/core";

/** How a value sits against a comparator in words: better/worse by polarity, higher/lower when no judgement. */
export function comparisonWord(value: number, comparator: number, polarity: Polarity): string {
  if (value === comparator) return "the same as";
  const higher = value > comparator;
  if (polarity === "higher-is-better") return higher ? "better than" : "worse than";
  if (polarity === "lower-is-better") return higher ? "worse than" : "better than";
  return higher ? "higher than" : "lower than";
}

export const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
