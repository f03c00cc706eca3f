import { quantileType7 } from "./quantile-type7.js";
import type { AggregateMethod } from "./types.js";

/** A comparator member's value, with counts when known (needed for `pooled`). */
export interface AggregateInput {
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
}

/** A comparator aggregate and how many members it used. */
export interface AggregateResult {
  /** `null` when no member has a value (or, for `pooled`, when counts are missing). */
  readonly value: number | null;
  /** Members used. */
  readonly count: number;
  /** Members in the group. */
  readonly of: number;
  readonly method: AggregateMethod;
  /** Why `value` is null, when it is. */
  readonly reason?: string;
}

export interface AggregateOptions {
  /** For `pooled`: the result is Σnumerators / Σdenominators × multiplier (100 for percentages). Default 1. */
  readonly multiplier?: number;
}

/**
 * Aggregates a comparator group (statistical neighbours, a named group) over the members with a value:
 * `mean` (LAIT, unrounded; the default), `median` (DfE CSC outcomes dashboard), or `pooled`
 * (Σnumerators / Σdenominators × multiplier; every member with a value must carry counts).
 *
 * @example
 * aggregate([{ value: 10 }, { value: 20 }, { value: null }], "mean") //=> { value: 15, count: 2, of: 3, method: "mean" }
 * aggregate([{ value: 50, numerator: 1, denominator: 2 }, { value: 25, numerator: 1, denominator: 4 }], "pooled", { multiplier: 100 }).value //=> 33.33333333333333
 */
export function aggregate(
  values: readonly AggregateInput[],
  method: AggregateMethod = "mean",
  options: AggregateOptions = {},
): AggregateResult {
  const of = values.length;
  const present = values.filter(
    (v): v is AggregateInput & { value: number } => v.value !== null && Number.isFinite(v.value),
  );
  const count = present.length;
  if (count === 0)
    return {
      value: null,
      count: 0,
      of,
      method,
      reason: of === 0 ? "The group has no members" : "No member has a value",
    };
  switch (method) {
    case "mean": {
      let sum = 0;
      for (const p of present) sum += p.value;
      return { value: sum / count, count, of, method };
    }
    case "median": {
      const sorted = present.map((p) => p.value).sort((a, b) => a - b);
      return { value: quantileType7(sorted, 0.5), count, of, method };
    }
    case "pooled": {
      let num = 0;
      let den = 0;
      for (const p of present) {
        if (!isCount(p.numerator) || !isCount(p.denominator)) {
          return {
            value: null,
            count,
            of,
            method,
            reason: "Pooled needs the numerator and denominator of every member with a value",
          };
        }
        num += p.numerator;
        den += p.denominator;
      }
      if (den === 0) return { value: null, count, of, method, reason: "The pooled denominator is 0" };
      return { value: (num / den) * (options.multiplier ?? 1), count, of, method };
    }
    default: {
      const never: never = method;
      throw new Error(`unknown aggregate method ${String(never)}`);
    }
  }
}

function isCount(x: number | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x) && x >= 0;
}
