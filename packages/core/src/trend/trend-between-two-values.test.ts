import { describe, expect, it } from "vitest";
import { num, readMethodsCsv } from "../_test/shared-data.js";
import { trendBetweenTwoValues } from "./trend-between-two-values.js";

describe("trendBetweenTwoValues (Fingertips TrendBetweenTwoValuesCalculator)", () => {
  it("matches every fixture case", () => {
    const rows = readMethodsCsv("fingertips/fingertips_two_value_trend_cases.csv");
    let checked = 0;
    for (const row of rows) {
      const got = trendBetweenTwoValues(
        { value: num(row.recent_value), lower: num(row.recent_lower), upper: num(row.recent_upper) },
        { value: num(row.previous_value), lower: num(row.previous_lower), upper: num(row.previous_upper) },
      );
      const want = {
        Decreasing: "decreasing",
        Increasing: "increasing",
        NoChange: "no-significant-change",
        CannotBeCalculated: "cannot-be-calculated",
      }[row.expected as string];
      expect(got, JSON.stringify(row)).toBe(want);
      checked++;
    }
    expect(checked).toBe(3);
  });

  it("documents its example and treats touching intervals as overlapping", () => {
    expect(
      trendBetweenTwoValues({ value: 1, lower: 0.9, upper: 1.1 }, { value: 2, lower: 1.9, upper: 2.1 }),
    ).toBe("decreasing");
    expect(
      trendBetweenTwoValues({ value: 3, lower: 2.5, upper: 3.5 }, { value: 2, lower: 1.5, upper: 2.5 }),
    ).toBe("no-significant-change");
    expect(
      trendBetweenTwoValues({ value: 3, lower: 2.6, upper: 3.5 }, { value: 2, lower: 1.5, upper: 2.5 }),
    ).toBe("increasing");
  });
});
