import { describe, expect, it } from "vitest";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Area, Observation } from "../observation/types.js";
import { financialQuarter, financialYear, month, rolling, snapshot } from "../period/index.js";
import type { Period } from "../period/types.js";
import { buildScorecard } from "./build-scorecard.js";
import type { ScorecardInput } from "./input.js";
import { scorecardSummary } from "./summary.js";

// The Wiltshire self-assessment table (Children's Select Committee, January 2021): a 2018/19 baseline
// column beside a "current position" whose period differs row by row.
const la: Area = { code: "865", name: "Wiltshire", kind: "la" };
const def = (
  id: string,
  polarity: IndicatorDefinition["polarity"],
  unit: IndicatorDefinition["unit"] = "percent",
  decimals = 0,
): IndicatorDefinition => ({
  id,
  title: id,
  shortTitle: id,
  description: "",
  unit,
  polarity,
  decimals,
  periodType: "financial-year",
  source: "local",
  aliases: [],
  acronyms: [],
  method: "",
});
const baseline = financialYear(2018);
const obs = (
  indicatorId: string,
  period: Period,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  indicatorId,
  area: la.code,
  period,
  value,
  status: value === null ? "suppressed" : "ok",
  ...extra,
});

const definitions = [
  def("re-referrals-month", "lower-is-better", "percent", 1),
  def("re-referrals-rolling", "lower-is-better", "percent", 1),
  def("agency-staff", "lower-is-better", "count"),
  def("cla-over-20-miles", "lower-is-better"),
  def("s47-to-icpc", "no-judgement"),
  def("adoption-days", "lower-is-better", "days"),
];
const observations: readonly Observation[] = [
  obs("re-referrals-month", baseline, 15, { source: "local.csv row 2" }),
  obs("re-referrals-month", month(2020, 8), 18.9),
  obs("re-referrals-rolling", baseline, 15),
  obs("re-referrals-rolling", financialYear(2019), 17),
  obs("re-referrals-rolling", rolling("2020-08-31", 12), 18.9),
  obs("agency-staff", baseline, 66),
  obs("agency-staff", snapshot("2020-09-30"), 23),
  obs("cla-over-20-miles", baseline, 34),
  obs("cla-over-20-miles", snapshot("2020-03-31", "cla"), 34),
  obs("s47-to-icpc", baseline, 33),
  obs("s47-to-icpc", financialQuarter(2020, 1), 46),
  // No 2018/19 figure: the ordinary comparison.
  obs("adoption-days", financialYear(2019), 377),
  obs("adoption-days", financialYear(2020), 346),
];
const input = (over: Partial<ScorecardInput> = {}): ScorecardInput => ({
  area: la,
  generated: "2021-01-19",
  definitions,
  observations,
  comparators: { neighbours: [] },
  comparison: { kind: "baseline", baseline },
  ...over,
});
const sc = buildScorecard(input());
const row = (id: string) => sc.rows.find((r) => r.indicator.id === id)!;

describe("buildScorecard with a baseline comparison", () => {
  it.each([
    [
      "re-referrals-month",
      15,
      18.9,
      "worsening",
      "+3.9 pts",
      "Up from 15.0% (2018/19) to 18.9% (Aug 2020); lower is better; the periods differ",
    ],
    ["re-referrals-rolling", 15, 18.9, "worsening", "+3.9 pts", "Up from 15.0% to 18.9%; lower is better"],
    [
      "agency-staff",
      66,
      23,
      "improving",
      "\u221243",
      "Down from 66 (2018/19) to 23 (30 Sep 2020); lower is better; the periods differ",
    ],
    [
      "cla-over-20-miles",
      34,
      34,
      "no-change",
      "0 pts",
      "No change: 34% in 2018/19 and 31 Mar 2020; the periods differ",
    ],
    [
      "s47-to-icpc",
      33,
      46,
      "not-judged",
      "+13 pts",
      "Up from 33% (2018/19) to 46% (Q1 2020/21); not judged: neither higher nor lower is better; the periods differ",
    ],
    [
      "adoption-days",
      377,
      346,
      "improving",
      "\u221231 days",
      "Down from 377 days to 346 days; lower is better",
    ],
  ] as const)("%s: %d → %d is %s (%s)", (id, before, now, direction, change, reason) => {
    const r = row(id);
    expect(r.previous?.value).toBe(before);
    expect(r.current?.value).toBe(now);
    expect(r.direction).toBe(direction);
    expect(r.change?.display).toBe(change);
    expect(r.directionReason).toBe(reason);
  });

  it("keeps the baseline figure's own period, display and source as the previous value", () => {
    expect(row("re-referrals-month").previous).toMatchObject({
      period: baseline,
      display: "15.0%",
      source: "local.csv row 2",
    });
    // The ordinary comparison would have used 2019/20 for the rolling figure.
    expect(row("re-referrals-rolling").previous?.period.label).toBe("2018/19");
  });

  it("rates once, with the baseline direction of travel", () => {
    // The default policy falls through to direction of travel when there is no target or benchmark.
    expect(sc.rows.map((r) => [r.indicator.id, r.rag.status])).toEqual([
      ["re-referrals-month", "red"],
      ["re-referrals-rolling", "red"],
      ["agency-staff", "green"],
      ["cla-over-20-miles", "amber"],
      ["s47-to-icpc", "not-rated"],
      ["adoption-days", "green"],
    ]);
    expect(row("agency-staff").rag.basis).toBe("direction");
    expect(row("agency-staff").rag.reason).toContain("the periods differ");
  });

  it("counts the summary from the compared rows", () => {
    expect(sc.summary).toEqual(scorecardSummary(sc.rows));
    expect(sc.summary).toMatchObject({
      counts: { red: 2, amber: 1, green: 2, blue: 0, "not-rated": 1 },
      improving: 2,
      worsening: 2,
      biggestImprovements: ["agency-staff", "adoption-days"],
      biggestDeteriorations: ["re-referrals-month", "re-referrals-rolling"],
    });
  });

  it("notes each row whose comparison the baseline changed", () => {
    expect(sc.dataQuality.filter((d) => d.code === "baseline-comparison")).toEqual([
      {
        code: "baseline-comparison",
        message:
          "re-referrals-month: direction of travel from the 2018/19 baseline to Aug 2020, as asked, although the periods differ",
        indicatorId: "re-referrals-month",
        source: "local.csv row 2",
      },
      expect.objectContaining({
        message:
          "re-referrals-rolling: direction of travel from the 2018/19 baseline to 12 months to Aug 2020, as asked",
      }),
      expect.objectContaining({ indicatorId: "agency-staff" }),
      expect.objectContaining({ indicatorId: "cla-over-20-miles" }),
      expect.objectContaining({ indicatorId: "s47-to-icpc" }),
    ]);
  });

  it("without it, the baseline and current periods of different kinds are not comparable", () => {
    const ordinary = buildScorecard(input({ comparison: { kind: "previous-comparable" } }));
    expect(ordinary.rows.map((r) => r.direction)).toEqual([
      "not-comparable",
      "worsening",
      "not-comparable",
      "not-comparable",
      "not-comparable",
      "improving",
    ]);
    expect(ordinary.rows[1]?.previous?.value).toBe(17);
    // Leaving the comparison out is the same as asking for the previous comparable figure.
    const { comparison: _omitted, ...withoutComparison } = input();
    expect(ordinary).toEqual(buildScorecard(withoutComparison));
    expect(ordinary.dataQuality.some((d) => d.code === "baseline-comparison")).toBe(false);
  });

  it("compares as usual when the current figure is the baseline or the row has no baseline figure", () => {
    const only = buildScorecard(
      input({
        observations: [obs("agency-staff", financialYear(2017), 70), obs("agency-staff", baseline, 66)],
      }),
    );
    expect(only.rows[0]).toMatchObject({
      direction: "improving",
      directionReason: "Down from 70 to 66; lower is better",
    });
    const none = buildScorecard(input({ comparison: { kind: "baseline", baseline: financialYear(2015) } }));
    expect(none).toEqual(buildScorecard(input({ comparison: { kind: "previous-comparable" } })));
  });

  it("leaves the baseline out when the scorecard period ends before the current figure", () => {
    const asAt = buildScorecard(input({ period: financialYear(2019) }));
    expect(asAt.rows.find((r) => r.indicator.id === "re-referrals-rolling")).toMatchObject({
      previous: { value: 15 },
      current: { value: 17 },
      direction: "worsening",
    });
  });

  it("says so when the baseline figure is suppressed", () => {
    const r = buildScorecard(
      input({
        observations: [obs("agency-staff", baseline, null), obs("agency-staff", month(2020, 9), 23)],
      }),
    ).rows[0]!;
    expect(r).toMatchObject({
      direction: "not-comparable",
      directionReason: "The 2018/19 figure is suppressed [c]",
      previous: { display: "[c]" },
    });
  });

  it("is deterministic: the same document from the same input, whatever the order of observations", () => {
    const again = buildScorecard(input());
    expect(JSON.stringify(again)).toBe(JSON.stringify(sc));
    const reversed = buildScorecard(input({ observations: [...observations].reverse() }));
    expect(reversed.rows).toEqual(sc.rows);
    expect(reversed.summary).toEqual(sc.summary);
  });

  it("rejects an unknown comparison kind", () => {
    expect(() =>
      buildScorecard(
        input({ comparison: { kind: "latest" } as unknown as NonNullable<ScorecardInput["comparison"]> }),
      ),
    ).toThrowError(expect.objectContaining({ code: "unknown-comparison" }));
  });

  it.each<[string, Period, string]>([
    ["a 31 Mar 2019 snapshot", snapshot("2019-03-31"), "31 Mar 2019"],
    ["Q4 2018/19", financialQuarter(2018, 4), "Q4 2018/19"],
    ["Q2 2018/19 (the latest within it)", financialQuarter(2018, 2), "Q2 2018/19"],
  ])("a 2018/19 baseline matches %s", (_, period, label) => {
    const sc2 = buildScorecard(
      input({
        observations: [
          obs("re-referrals-month", period, 15),
          obs("re-referrals-month", month(2020, 8), 18.9),
        ],
      }),
    );
    const r = sc2.rows.find((x) => x.indicator.id === "re-referrals-month");
    expect(r?.previous?.period.label).toBe(label);
    expect(r?.direction).toBe("worsening");
  });

  it("prefers the figure for the baseline itself, then one ending with it, over one within it", () => {
    const sc2 = buildScorecard(
      input({
        observations: [
          obs("re-referrals-month", financialQuarter(2018, 3), 10),
          obs("re-referrals-month", snapshot("2019-03-31"), 14),
          obs("re-referrals-month", month(2020, 8), 18.9),
        ],
      }),
    );
    expect(sc2.rows.find((x) => x.indicator.id === "re-referrals-month")?.previous?.value).toBe(14);
  });

  it("a 2018/19 baseline does not match a figure for a later or a longer period", () => {
    const sc2 = buildScorecard(
      input({
        observations: [
          obs("adoption-days", financialYear(2019), 377),
          obs("adoption-days", rolling("2019-06-30", 12), 380),
          obs("adoption-days", financialYear(2020), 346),
        ],
      }),
    );
    expect(sc2.rows.find((x) => x.indicator.id === "adoption-days")?.previous?.period.label).toBe("2019/20");
  });

  it("a row's own baseline (a wide table's previous column) is used instead of the scorecard's", () => {
    const sc2 = buildScorecard(
      input({
        comparison: { kind: "previous-comparable" },
        rows: [{ indicatorId: "re-referrals-month", baseline: financialYear(2018) }],
      }),
    );
    const r = sc2.rows[0];
    expect(r?.previous?.value).toBe(15);
    expect(r?.directionReason).toContain("the periods differ");
  });
});
