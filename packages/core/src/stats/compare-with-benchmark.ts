import type { Polarity } from "../indicator/types.js";

/** How a value compares with a benchmark, judged by its confidence interval (Fingertips). */
export type BenchmarkComparison = "better" | "similar" | "worse" | "higher" | "lower" | "not-compared";

/** A value with the limits of one confidence interval (any may be missing). */
export interface ValueWithInterval {
  readonly value?: number | null | undefined;
  readonly lower: number | null | undefined;
  readonly upper: number | null | undefined;
}

const isNum = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/** -1 when the interval is wholly below the benchmark, +1 wholly above, 0 when it contains it (bounds inclusive). */
function side(lower: number, upper: number, benchmark: number): -1 | 0 | 1 {
  if (upper < benchmark) return -1;
  if (lower > benchmark) return 1;
  return 0;
}

function judge(direction: -1 | 1, polarity: Polarity): "better" | "worse" | "higher" | "lower" {
  if (polarity === "no-judgement") return direction > 0 ? "higher" : "lower";
  return direction > 0 === (polarity === "higher-is-better") ? "better" : "worse";
}

/**
 * Compares a value's confidence interval with a benchmark the Fingertips way: `similar` when the
 * interval contains the benchmark (bounds inclusive); otherwise `better`/`worse` by polarity, or
 * `higher`/`lower` when the indicator has no polarity. `not-compared` when the interval or the
 * benchmark is missing.
 *
 * @param value - the value with the lower and upper limits of its interval (e.g. 95%)
 * @param benchmark - the benchmark value, e.g. England's
 * @param polarity - the indicator's polarity
 * @example
 * compareWithBenchmark({ value: 3.3, lower: 3.2, upper: 3.5 }, 3.0, "lower-is-better") //=> "worse"
 */
export function compareWithBenchmark(
  value: ValueWithInterval,
  benchmark: number | null | undefined,
  polarity: Polarity,
): BenchmarkComparison {
  const { lower, upper } = value;
  if (!isNum(lower) || !isNum(upper) || !isNum(benchmark)) return "not-compared";
  const s = side(lower, upper, benchmark);
  return s === 0 ? "similar" : judge(s, polarity);
}

/** The two-level comparison: `best`/`worst` (or `much-higher`/`much-lower`) when even the wider interval excludes the benchmark. */
export type TwoLevelBenchmarkComparison =
  | BenchmarkComparison
  | "best"
  | "worst"
  | "much-higher"
  | "much-lower";

/**
 * Compares with a benchmark at two confidence levels (Fingertips comparator method 17, 95% and
 * 99.8%): `similar` when the inner (95%) interval contains the benchmark; `better`/`worse` when only
 * the inner interval excludes it; `best`/`worst` when the outer (99.8%) interval excludes it too. With
 * no polarity: `higher`/`lower` and `much-higher`/`much-lower`.
 *
 * @param inner - the value and its 95% limits
 * @param outer - the 99.8% limits
 * @param benchmark - the benchmark value
 * @param polarity - the indicator's polarity
 * @example
 * compareWithBenchmarkTwoLevel({ value: 2.6, lower: 2.5, upper: 2.7 }, { lower: 2.3, upper: 2.9 }, 3.0, "lower-is-better") //=> "best"
 */
export function compareWithBenchmarkTwoLevel(
  inner: ValueWithInterval,
  outer: ValueWithInterval,
  benchmark: number | null | undefined,
  polarity: Polarity,
): TwoLevelBenchmarkComparison {
  const first = compareWithBenchmark(inner, benchmark, polarity);
  if (first === "similar" || first === "not-compared") return first;
  if (!isNum(outer.lower) || !isNum(outer.upper) || !isNum(benchmark)) return first;
  if (side(outer.lower, outer.upper, benchmark) === 0) return first;
  switch (first) {
    case "better":
      return "best";
    case "worse":
      return "worst";
    case "higher":
      return "much-higher";
    case "lower":
      return "much-lower";
    default: {
      const never: never = first;
      return never;
    }
  }
}
