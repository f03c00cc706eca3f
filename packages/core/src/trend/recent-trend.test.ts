import { describe, expect, it } from "vitest";
import { expectClose, num, readMethodsCsv } from "../_test/shared-data.js";
import type { Polarity } from "../indicator/types.js";
import { proportionWithCI } from "../stats/proportion-with-ci.js";
import { recentTrend } from "./recent-trend.js";
import type { RecentTrendResult, TrendInputPoint, TrendValueKind } from "./types.js";

function byCase(rows: Record<string, string>[], yearColumn: string): Map<string, Record<string, string>[]> {
  const out = new Map<string, Record<string, string>[]>();
  for (const row of rows) out.set(row.case as string, [...(out.get(row.case as string) ?? []), row]);
  for (const list of out.values())
    list.sort((a, b) => (a[yearColumn] as string).localeCompare(b[yearColumn] as string));
  return out;
}

const toPoint = (row: Record<string, string>): TrendInputPoint => ({
  value: num(row.value),
  numerator: num(row.count),
  denominator: num(row.denominator),
  lower: num(row.lower_ci95),
  upper: num(row.upper_ci95),
});

describe("recentTrend (Fingertips legacy TrendMarkerCalculator)", () => {
  const cases = byCase(readMethodsCsv("fingertips/fingertips_legacy_trend_cases.csv"), "year");

  it("matches chi2, slope, the outlier check and significance on every case", () => {
    let checked = 0;
    for (const [name, rows] of cases) {
      const first = rows[0] as Record<string, string>;
      const method = first.method === "proportions" ? "chi-squared-proportions" : "weighted-regression";
      const r = recentTrend(rows.map(toPoint), { polarity: "no-judgement", method });
      expect(r.method).toBe(method);
      if (first.chi2_reimpl === "") {
        // count == denominator in a valid point: upstream returns CannotBeCalculated with χ² 0 (we omit χ²).
        expect(first.expected_upstream).toMatch(/^CannotBeCalculated/);
        expect(r.trend, name).toBe("cannot-be-calculated");
        expect(r.chi2).toBeUndefined();
      } else {
        expectClose(r.chi2, num(first.chi2_reimpl), `${name} chi2`);
        if (first.slope_reimpl !== "") expectClose(r.slope, num(first.slope_reimpl), `${name} slope`);
        expect(r.noOutliers, name).toBe(first.no_outliers_reimpl === "True");
        expect(r.significant, name).toBe(first.significant_reimpl === "True");
        const rounded = /round\(ChiSquare,2\)==([\d.]+)/.exec(first.expected_upstream as string)?.[1];
        if (rounded) expect(Number(r.chi2?.toFixed(2))).toBe(Number(rounded));
        const marker = /marker (\w+)/.exec(first.expected_upstream as string)?.[1];
        expect(r.trend, name).toBe(
          { Increasing: "increasing", Decreasing: "decreasing", NoChange: "no-significant-change" }[
            marker ?? ""
          ],
        );
      }
      checked++;
    }
    expect(checked).toBe(4);
  });

  it("documents its example", () => {
    const r = recentTrend(
      [
        { value: 24.67, lower: 23.16, upper: 26.25 },
        { value: 24.6, lower: 23.15, upper: 26.19 },
        { value: 28, lower: 26.44, upper: 29.64 },
        { value: 30.2, lower: 28.63, upper: 31.9 },
        { value: 30.6, lower: 28.98, upper: 32.25 },
      ],
      { polarity: "lower-is-better" },
    );
    expect([r.trend, r.judgement, r.chi2?.toFixed(2)]).toEqual(["increasing", "worsening", "46.77"]);
    expect(r.reason).toBe(
      "Significantly increasing over the latest 5 points (χ² = 46.77, 99.8% level), so worsening.",
    );
  });
});

const nextPolarity: Record<string, Polarity> = {
  "No judgement": "no-judgement",
  "High is good": "higher-is-better",
  "Low is good": "lower-is-better",
};
const nextKind: Record<string, TrendValueKind> = {
  Proportion: "proportion",
  "Crude rate": "rate",
  "Directly standardised rate": "dsr",
  "Indirectly standardised proportion": "other",
};
const nextExpected: Record<string, Pick<RecentTrendResult, "trend" | "judgement">> = {
  Increasing: { trend: "increasing", judgement: "not-judged" },
  NoChange: { trend: "no-significant-change", judgement: "no-significant-change" },
  DecreasingAndGettingWorse: { trend: "decreasing", judgement: "worsening" },
  IncreasingAndGettingWorse: { trend: "increasing", judgement: "worsening" },
  DecreasingAndGettingBetter: { trend: "decreasing", judgement: "improving" },
  CannotBeCalculated: { trend: "cannot-be-calculated", judgement: "cannot-be-calculated" },
};
// Our re-implementation's χ² (rounded), from the fixture notes.
const nextChi2: Record<string, string> = {
  DiabetesPrevalence: "9740.10",
  YorkshireMmrCoverage: "418.54",
  DiabeticEyeDisease: "33.49",
  Under75CancerMortality: "117.49",
};

describe("recentTrend (FingertipsNext TrendAnalysisApp)", () => {
  it("matches the polarity-adjusted trend on every case", () => {
    const cases = byCase(readMethodsCsv("fingertips/fingertipsnext_trend_cases.csv"), "to_date");
    let checked = 0;
    for (const [name, rows] of cases) {
      const first = rows[0] as Record<string, string>;
      const r = recentTrend(rows.map(toPoint), {
        polarity: nextPolarity[first.polarity as string] as Polarity,
        kind: nextKind[first.value_type as string] as TrendValueKind,
      });
      expect({ trend: r.trend, judgement: r.judgement }, name).toEqual(
        nextExpected[first.expected_trend_upstream as string],
      );
      if (nextChi2[name]) expect(r.chi2?.toFixed(2), name).toBe(nextChi2[name]);
      checked++;
    }
    expect(checked).toBe(6);
  });
});

describe("recentTrend edge cases", () => {
  const five = [10, 11, 12, 13, 14].map((value) => ({ value, lower: value - 0.5, upper: value + 0.5 }));

  it("needs five points with values, skipping missing ones", () => {
    expect(recentTrend(five.slice(0, 4), { polarity: "higher-is-better" })).toMatchObject({
      trend: "cannot-be-calculated",
      reason: "The recent trend needs at least 5 points with values; there are 4.",
    });
    const gappy = [...five.slice(0, 2), { value: null }, ...five.slice(2)];
    expect(recentTrend(gappy, { polarity: "higher-is-better" })).toMatchObject({
      trend: "increasing",
      judgement: "improving",
      pointsUsed: 5,
    });
  });

  it("refuses value kinds Fingertips does not trend, and zero-width intervals", () => {
    expect(recentTrend(five, { polarity: "higher-is-better", kind: "other" }).trend).toBe(
      "cannot-be-calculated",
    );
    const flat = five.map((p) => ({ ...p, lower: p.value, upper: p.value }));
    expect(recentTrend(flat, { polarity: "higher-is-better" }).reason).toMatch(/zero or negative width/);
  });

  it("derives missing limits from counts when asked", () => {
    const counts: [number, number][] = [
      [120, 1000],
      [130, 1000],
      [150, 1000],
      [170, 1000],
      [190, 1000],
    ];
    const points = counts.map(([x, n]) => ({
      value: (x / n) * 100,
      numerator: x,
      denominator: n,
    }));
    const plain = recentTrend(points, { polarity: "lower-is-better" });
    expect(plain).toMatchObject({ trend: "no-significant-change", pointsUsed: 0 });
    expect(plain.reason).toBe(
      "No significant change can be shown: only 0 of the latest points have confidence intervals, and the test needs 5.",
    );
    const derived = recentTrend(points, {
      polarity: "lower-is-better",
      intervalsFromCounts: { multiplier: 100 },
    });
    expect(derived).toMatchObject({ trend: "increasing", judgement: "worsening", pointsUsed: 5 });
    // Same data through explicit Wilson limits gives the same χ².
    const explicit = recentTrend(
      points.map((p) => {
        const ci = proportionWithCI(p.numerator as number, p.denominator as number, { multiplier: 100 });
        return { ...p, lower: ci.lower, upper: ci.upper };
      }),
      { polarity: "lower-is-better" },
    );
    expect(derived.chi2).toBe(explicit.chi2);
    const rate = recentTrend(points, {
      polarity: "lower-is-better",
      kind: "rate",
      intervalsFromCounts: { multiplier: 100 },
    });
    expect(rate.trend).toBe("increasing");
    expect(rate.chi2).not.toBe(derived.chi2);
  });

  it("uses only the latest five points", () => {
    const series = [{ value: 100, lower: 99, upper: 101 }, ...five];
    const r = recentTrend(series, { polarity: "no-judgement" });
    expect(r).toMatchObject({ trend: "increasing", judgement: "not-judged" });
  });

  it("reports a reversed direction without one point as no significant change", () => {
    const spike = [12, 11, 10, 9, 30].map((value) => ({ value, lower: value - 0.5, upper: value + 0.5 }));
    const r = recentTrend(spike, { polarity: "higher-is-better" });
    expect(r.noOutliers).toBe(false);
    expect(r.trend).toBe("no-significant-change");
  });
});
