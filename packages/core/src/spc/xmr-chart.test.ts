import { describe, expect, it } from "vitest";
import { expectClose, num, readMethodsCsv } from "../_test/shared-data.js";
import { isKpikitError } from "../errors.js";
import type { ImprovementDirection, SpcRule, XmrResult } from "./types.js";
import { xmrChart } from "./xmr-chart.js";

// NHSRplotthedots' special_cause_type strings, mapped to kpikit's rule names.
const ruleOf: Record<string, SpcRule | null> = {
  "Common Cause": null,
  "Above UCL": "above-upper-limit",
  "Below LCL": "below-lower-limit",
  "7 Point Trend (Increasing)": "trend-increasing",
  "7 Point Trend (Decreasing)": "trend-decreasing",
  "2 in 3 Above CL": "two-in-three-above",
  "2 in 3 Below CL": "two-in-three-below",
  "7 Points Above CL": "run-above",
  "7 Points Below CL": "run-below",
};
const bool = (cell: string | undefined) => cell === "TRUE";

describe("xmrChart (NHSRplotthedots 0.2.2 ptd_spc)", () => {
  const scenarios = readMethodsCsv("spc/ptd_scenarios.csv");
  const pointRows = readMethodsCsv("spc/ptd_points.csv");
  const summaryRows = readMethodsCsv("spc/ptd_summary.csv");

  function chartsFor(
    scenario: Record<string, string>,
  ): Map<string, { rows: Record<string, string>[]; chart: XmrResult }> {
    const rows = pointRows.filter((r) => r.scenario === scenario.scenario);
    const facets = [...new Set(rows.map((r) => r.facet as string))];
    const out = new Map<string, { rows: Record<string, string>[]; chart: XmrResult }>();
    for (const facet of facets) {
      const facetRows = rows
        .filter((r) => r.facet === facet)
        .sort((a, b) => (a.date as string).localeCompare(b.date as string));
      const target = num(scenario.target);
      const fix = num(scenario.fix_after_n_points);
      const chart = xmrChart(
        facetRows.map((r) => ({ label: r.date as string, value: num(r.y) })),
        {
          improvementDirection: scenario.improvement_direction as ImprovementDirection,
          ...(target === null ? {} : { target }),
          ...(fix === null ? {} : { fixAfterNPoints: fix }),
          ...(scenario.rebase === "" ? {} : { rebaseAt: (scenario.rebase as string).split(";") }),
          screenOutliers: scenario.screen_outliers === "TRUE",
        },
      );
      out.set(facet, { rows: facetRows, chart });
    }
    return out;
  }

  it("matches every point of every scenario (numbers to 1e-9, categories exactly)", () => {
    let checked = 0;
    for (const scenario of scenarios) {
      for (const [facet, { rows, chart }] of chartsFor(scenario)) {
        expect(chart.points.length, `${scenario.scenario} ${facet}`).toBe(rows.length);
        rows.forEach((row, i) => {
          const p = chart.points[i];
          const label = `${scenario.scenario} ${facet} ${row.date}`;
          if (!p) throw new Error(`${label}: missing point`);
          expect(p.label, label).toBe(row.date);
          expect(p.group, `${label} rebase_group`).toBe(num(row.rebase_group));
          expectClose(p.value, num(row.y), `${label} y`);
          expectClose(p.inBaseline ? p.value : null, num(row.fix_y), `${label} fix_y`);
          expectClose(p.mean, num(row.mean), `${label} mean`);
          expectClose(p.amr, num(row.amr), `${label} amr`);
          expectClose(p.lpl, num(row.lpl), `${label} lpl`);
          expectClose(p.upl, num(row.upl), `${label} upl`);
          expect(p.outsideLimits, `${label} outside_limits`).toBe(bool(row.outside_limits));
          expect(p.relativeToMean, `${label} relative_to_mean`).toBe(num(row.relative_to_mean));
          expect(p.closeToLimits, `${label} close_to_limits`).toBe(bool(row.close_to_limits));
          expect(p.rule, `${label} special_cause_type`).toBe(ruleOf[row.special_cause_type as string]);
          expect(p.specialCause, `${label} special_cause_flag`).toBe(bool(row.special_cause_flag));
          expect(p.pointType, `${label} point_type`).toBe(row.point_type);
          expect(p.shortGroupWarning, `${label} short_group_warning`).toBe(bool(row.short_group_warning));
          expectClose(chart.target, num(row.target), `${label} target`);
          checked++;
        });
      }
    }
    expect(checked).toBe(667);
  });

  it("matches every summary row (per facet and rebase group), including variation and assurance", () => {
    let checked = 0;
    for (const row of summaryRows) {
      const scenario = scenarios.find((s) => s.scenario === row.scenario);
      if (!scenario) throw new Error(`unknown scenario ${row.scenario}`);
      const facet = row.f === "" ? "no facet" : (row.f as string);
      const chart = chartsFor(scenario).get(facet)?.chart;
      const group = chart?.groups[num(row.rebase_group) ?? 0];
      const label = `${row.scenario} ${facet} group ${row.rebase_group}`;
      if (!chart || !group) throw new Error(`${label}: no group`);
      expectClose(group.mean, num(row.mean_col), `${label} mean`);
      expectClose(group.lpl, num(row.lpl), `${label} lpl`);
      expectClose(group.upl, num(row.upl), `${label} upl`);
      expect(group.n, `${label} n`).toBe(num(row.n));
      expect(group.commonCause, `${label} common_cause`).toBe(num(row.common_cause));
      expect(group.counts.special_cause_improvement, `${label} improvement`).toBe(
        num(row.special_cause_improvement),
      );
      expect(group.counts.special_cause_concern, `${label} concern`).toBe(num(row.special_cause_concern));
      expect(group.variation, `${label} variation_type`).toBe(row.variation_type);
      expect(group.assurance, `${label} assurance_type`).toBe(
        row.assurance_type === "" ? "blank" : row.assurance_type,
      );
      if (group.index === chart.groups.length - 1) {
        expect([chart.mean, chart.lpl, chart.upl, chart.n, chart.variation, chart.assurance]).toEqual([
          group.mean,
          group.lpl,
          group.upl,
          group.n,
          group.variation,
          group.assurance,
        ]);
      }
      checked++;
    }
    expect(checked).toBe(33);
  });

  it("matches the nhspy-plotthedots limit cases (mean, limits, near limits)", () => {
    let checked = 0;
    for (const row of readMethodsCsv("spc/nhspy_limits_unit_cases.csv")) {
      const [list, note] = (row.values as string).split(" (");
      const fix = note ? Number(/fix_after_n_points=(\d+)/.exec(note)?.[1]) : undefined;
      const values = (list as string).split(";").map(Number);
      const chart = xmrChart(
        values.map((value, i) => ({ label: String(i + 1), value })),
        { improvementDirection: "increase", ...(fix === undefined ? {} : { fixAfterNPoints: fix }) },
      );
      const p = chart.points[0];
      expectClose(chart.mean, num(row.expected_mean), `${row.values} mean`);
      expectClose(chart.lpl, num(row.expected_lpl), `${row.values} lpl`);
      expectClose(chart.upl, num(row.expected_upl), `${row.values} upl`);
      if (row.expected_nlpl !== "") expectClose(p?.nearLower, num(row.expected_nlpl), `${row.values} nlpl`);
      if (row.expected_nupl !== "") expectClose(p?.nearUpper, num(row.expected_nupl), `${row.values} nupl`);
      checked++;
    }
    expect(checked).toBe(12);
  });

  it("flags the nhspy sample cases as their tests say", () => {
    const series = (values: number[]) => values.map((value, i) => ({ label: String(i + 1), value }));
    const s1 = xmrChart(series([1, 2, 3, 4, 5, 6, 7, 8]), {
      improvementDirection: "increase",
      fixAfterNPoints: 3,
    });
    expect(s1.points.map((p) => p.outsideLimits)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(s1.points.map((p) => p.closeToLimits)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(s1.points.every((p) => p.specialCause)).toBe(true);
    const s2 = xmrChart(series([16, 9, 4, 2, 1]), { improvementDirection: "increase", fixAfterNPoints: 11 });
    expect(s2.points.map((p) => p.closeToLimits)).toEqual([true, false, false, false, false]);
    expect(s2.points.some((p) => p.specialCause)).toBe(false);
    const s4 = xmrChart(series([1, 1, 1, 1, 2]), { improvementDirection: "increase" });
    expect(s4.points.every((p) => p.outsideLimits)).toBe(true);
  });

  it("documents its example", () => {
    const chart = xmrChart(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value, i) => ({ label: `M${i + 1}`, value })),
      { improvementDirection: "increase" },
    );
    expect([chart.mean, chart.lpl, chart.upl, chart.variation]).toEqual([
      5.5,
      2.84,
      8.16,
      "special_cause_improvement",
    ]);
  });

  it("skips missing values, starts a rebase at the next value, and reports too few points", () => {
    const chart = xmrChart(
      [
        { label: "a", value: 1 },
        { label: "b", value: 2 },
        { label: "c", value: null },
        { label: "d", value: 5 },
        { label: "e", value: 6 },
      ],
      { improvementDirection: "decrease", rebaseAt: ["c"] },
    );
    expect(chart.excluded).toEqual(["c"]);
    expect(chart.groups.map((g) => [g.firstLabel, g.lastLabel, g.mean])).toEqual([
      ["a", "b", 1.5],
      ["d", "e", 5.5],
    ]);
    expect(xmrChart([{ label: "a", value: 3 }], { improvementDirection: "increase" })).toMatchObject({
      status: "insufficient-data",
      mean: 3,
      lpl: null,
      reason: "An XmR chart needs at least 2 points with values; there is 1.",
    });
    expect(xmrChart([], { improvementDirection: "increase" })).toMatchObject({
      status: "insufficient-data",
      mean: null,
      variation: null,
    });
  });

  it("gives no limits for a constant series instead of NaN", () => {
    const chart = xmrChart(
      [4, 4, 4, 4].map((value, i) => ({ label: String(i), value })),
      { improvementDirection: "increase", target: 5 },
    );
    expect([chart.lpl, chart.upl, chart.variation, chart.assurance]).toEqual([
      null,
      null,
      "common_cause",
      "inconsistent",
    ]);
  });

  it("throws for misuse", () => {
    const pts = [{ label: "a", value: 1 }];
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isKpikitError(error) ? error.code : "other";
      }
      return "none";
    };
    expect(code(() => xmrChart(pts, { improvementDirection: "increase", rebaseAt: ["zz"] }))).toBe(
      "unknown-rebase-label",
    );
    expect(code(() => xmrChart(pts, { improvementDirection: "increase", fixAfterNPoints: 1 }))).toBe(
      "invalid-option",
    );
    expect(code(() => xmrChart(pts, { improvementDirection: "up" as ImprovementDirection }))).toBe(
      "invalid-option",
    );
  });
});
