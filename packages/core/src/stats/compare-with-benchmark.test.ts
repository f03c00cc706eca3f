import { describe, expect, it } from "vitest";
import { num, readMethodsCsv } from "../_test/shared-data.js";
import type { Polarity } from "../indicator/types.js";
import { compareWithBenchmark, compareWithBenchmarkTwoLevel } from "./compare-with-benchmark.js";

// Fingertips legacy polarity ids: 0 = low is good, 1 = high is good, 99 = BOB (blue/orange/blue: no judgement).
const legacyPolarity: Record<string, Polarity> = {
  "0": "lower-is-better",
  "1": "higher-is-better",
  "99": "no-judgement",
};
const nextPolarity: Record<string, Polarity> = {
  HighIsGood: "higher-is-better",
  LowIsGood: "lower-is-better",
  NoJudgement: "no-judgement",
  Unknown: "no-judgement",
};

describe("compareWithBenchmark (Fingertips)", () => {
  it("matches every legacy comparator case (methods 1 and 17)", () => {
    const rows = readMethodsCsv("fingertips/fingertips_benchmark_ci_cases.csv");
    let checked = 0;
    let notApplicable = 0;
    for (const row of rows) {
      const expected = (row.expected_significance as string).split(" ")[0] as string;
      if (row.polarity_id === "-1") {
        // Fingertips "polarity not applicable" has no kpikit Polarity: callers skip the comparison.
        expect(expected).toBe("None");
        notApplicable++;
        continue;
      }
      const polarity = legacyPolarity[row.polarity_id as string] as Polarity;
      // Legacy Fingertips passes -1 for a missing benchmark.
      const benchmark = num(row.benchmark) === -1 ? null : num(row.benchmark);
      const inner = { value: num(row.value), lower: num(row.lower_ci95), upper: num(row.upper_ci95) };
      const label = `${row.method} polarity ${row.polarity_id} value ${row.value} benchmark ${row.benchmark}`;
      if ((row.method as string).includes("=17")) {
        const got = compareWithBenchmarkTwoLevel(
          inner,
          { lower: num(row.lower_ci998), upper: num(row.upper_ci998) },
          benchmark,
          polarity,
        );
        expect(got, label).toBe(
          { Best: "best", Better: "better", Same: "similar", Worse: "worse", Worst: "worst" }[expected],
        );
      } else {
        const got = compareWithBenchmark(inner, benchmark, polarity);
        // BOB polarity: Fingertips says Better/Worse internally and labels them Higher/Lower in the UI.
        const want =
          polarity === "no-judgement"
            ? { Better: "higher", Worse: "lower", Same: "similar" }[expected]
            : { Better: "better", Worse: "worse", Same: "similar", None: "not-compared" }[expected];
        expect(got, label).toBe(want);
      }
      checked++;
    }
    expect(checked).toBe(23);
    expect(notApplicable).toBe(1);
  });

  it("matches every FingertipsNext BenchmarkComparisonEngine case", () => {
    const rows = readMethodsCsv("fingertips/fingertipsnext_benchmark_cases.csv");
    let checked = 0;
    for (const row of rows) {
      const polarity = nextPolarity[row.polarity as string] as Polarity;
      const got = compareWithBenchmark(
        { lower: num(row.lower_ci), upper: num(row.upper_ci) },
        num(row.benchmark_value),
        polarity,
      );
      const want = row.comparison === "" ? "not-compared" : (row.expected_outcome as string).toLowerCase();
      expect(got, JSON.stringify(row)).toBe(want);
      checked++;
    }
    expect(checked).toBe(21);
  });

  it("documents its examples", () => {
    expect(compareWithBenchmark({ value: 3.3, lower: 3.2, upper: 3.5 }, 3.0, "lower-is-better")).toBe(
      "worse",
    );
    expect(
      compareWithBenchmarkTwoLevel(
        { value: 2.6, lower: 2.5, upper: 2.7 },
        { lower: 2.3, upper: 2.9 },
        3.0,
        "lower-is-better",
      ),
    ).toBe("best");
  });

  it("gives much-higher / much-lower with no polarity, and keeps the inner result when the outer CI is missing", () => {
    const inner = { lower: 2.5, upper: 2.7 };
    const outer = { lower: 2.3, upper: 2.9 };
    expect(compareWithBenchmarkTwoLevel(inner, outer, 2.2, "no-judgement")).toBe("much-higher");
    expect(compareWithBenchmarkTwoLevel(inner, outer, 2.8, "no-judgement")).toBe("lower");
    expect(compareWithBenchmarkTwoLevel(inner, { lower: null, upper: null }, 2.2, "higher-is-better")).toBe(
      "better",
    );
    expect(compareWithBenchmarkTwoLevel({ lower: null, upper: 1 }, outer, 2.2, "higher-is-better")).toBe(
      "not-compared",
    );
  });
});
