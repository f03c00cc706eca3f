import { describe, expect, it } from "vitest";
import { spcSummaryText } from "./spc-summary-text.js";
import { xmrChart } from "./xmr-chart.js";

const series = (values: number[]) => values.map((value, i) => ({ label: `M${i + 1}`, value }));

describe("spcSummaryText", () => {
  it("documents its example", () => {
    const chart = xmrChart(series([88, 90, 92, 91, 89, 90, 93, 91, 90, 92, 89, 91]), {
      improvementDirection: "increase",
      target: 95,
    });
    expect(spcSummaryText(chart)).toBe(
      "Common cause variation: no significant change (mean 90.5, process limits 85.42 to 95.58). The target of 95 is within the process limits, so it may or may not be met. The limits rest on only 12 points, so read them with caution.",
    );
  });

  it("names the rule behind special cause variation and the assurance", () => {
    const values = [50, 52, 49, 51, 48, 50, 53, 47, 50, 51, 49, 52, 50, 51, 70];
    const up = xmrChart(series(values), { improvementDirection: "increase", target: 40 });
    expect(spcSummaryText(up)).toBe(
      "Special cause variation showing improvement: the latest point is above the upper process limit (mean 51.53, process limits 44.78 to 58.29). The target of 40 is outside the process limits on the passing side, so it will consistently be met.",
    );
    const down = xmrChart(series(values), { improvementDirection: "decrease", target: 40 });
    expect(spcSummaryText(down)).toMatch(
      /^Special cause variation of concern: .* so it will consistently be missed unless the process changes\.$/,
    );
    const neutral = xmrChart(series(values), { improvementDirection: "neutral", target: 40 });
    expect(spcSummaryText(neutral, { format: (x) => x.toFixed(1) })).toBe(
      "Special cause variation, unusually high: the latest point is above the upper process limit (mean 51.5, process limits 44.8 to 58.3).",
    );
  });

  it("says when there are too few points", () => {
    expect(spcSummaryText(xmrChart(series([1]), { improvementDirection: "increase" }))).toBe(
      "There are not enough points with values for an SPC chart.",
    );
  });
});
