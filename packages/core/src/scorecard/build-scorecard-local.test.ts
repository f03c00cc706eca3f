import { describe, expect, it } from "vitest";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Area, Observation } from "../observation/types.js";
import { financialQuarter, financialYear, month } from "../period/index.js";
import type { Period } from "../period/types.js";
import { buildScorecard } from "./build-scorecard.js";

// A council's own figures (a 2019/20 year end and an in-year month) beside its published series.
const la: Area = { code: "865", name: "Wiltshire", kind: "la" };
const def: IndicatorDefinition = {
  id: "re-referrals-12m",
  title: "Re-referrals",
  shortTitle: "Re-referrals",
  description: "",
  unit: "percent",
  polarity: "lower-is-better",
  decimals: 1,
  periodType: "financial-year",
  source: "cin-census",
  aliases: [],
  acronyms: [],
  method: "",
};
const obs = (area: string, period: Period, value: number, extra: Partial<Observation> = {}): Observation => ({
  indicatorId: def.id,
  area,
  period,
  value,
  status: "ok",
  ...extra,
});
const local = (period: Period, value: number) =>
  obs(la.code, period, value, { origin: "local", source: "t.csv row 4" });
const published = [2016, 2017, 2018, 2019].map((y) => obs(la.code, financialYear(y), 20 + y - 2016));
// Every LA's 2019/20 figure: 10 LAs at 10%, 11%, … 19%.
const national = Array.from({ length: 10 }, (_, i) => obs(String(800 + i), financialYear(2019), 10 + i));
const build = (observations: readonly Observation[]) =>
  buildScorecard({
    area: la,
    generated: "2020-09-30",
    definitions: [def],
    observations,
    nationalValues: [...national, obs(la.code, financialYear(2019), 19.4)],
    comparators: { neighbours: [] },
  }).rows[0]!;

describe("a row with local figures", () => {
  const row = build([local(financialYear(2019), 19.4), local(month(2020, 8), 18.9), ...published]);

  it("joins the published series and the local figures in its trend, each point marked", () => {
    expect(row.trend.find((p) => p.period.label === "Aug 2020")?.source).toBe("t.csv row 4");
    expect(row.trend.map((p) => [p.period.label, p.value, p.origin, p.inYear ?? false])).toEqual([
      ["2016/17", 20, "published", false],
      ["2017/18", 21, "published", false],
      ["2018/19", 22, "published", false],
      // The council's own 2019/20 figure is used, not the published 23.
      ["2019/20", 19.4, "local", false],
      ["Aug 2020", 18.9, "local", true],
    ]);
  });

  it("keeps the council's latest figure as the current one", () => {
    expect(row.current?.period.label).toBe("Aug 2020");
  });

  it("ranks like for like: the 2019/20 figure against the 2019/20 national figures, not the month's", () => {
    // 19.4 is above 10 of the 11 figures for 2019/20 (lower is better): ranked 11th of 11; 18.9 would be 10th.
    expect(row.benchmarks.rank).toBe(11);
  });

  it("without local figures, the trend keeps to comparable periods and is unmarked", () => {
    const plain = build([...published, obs(la.code, month(2020, 8), 18.9)]);
    expect(plain.trend.map((p) => p.period.label)).toEqual(["Aug 2020"]);
    expect(plain.trend[0]?.origin).toBeUndefined();
  });

  it("a newer published figure joins the trend but the council's latest stays the current one, and the report says so", () => {
    const newer = obs(la.code, financialYear(2020), 16, { origin: "published" });
    const sc = buildScorecard({
      area: la,
      generated: "2021-01-19",
      definitions: [def],
      observations: [local(financialYear(2018), 15), local(month(2020, 8), 18.9), newer],
      comparators: { neighbours: [] },
    });
    const r = sc.rows[0]!;
    expect(r.current?.value).toBe(18.9);
    expect(r.trend.map((p) => [p.period.label, p.origin])).toEqual([
      ["2018/19", "local"],
      ["Aug 2020", "local"],
      ["2020/21", "published"],
    ]);
    expect(sc.dataQuality.find((d) => d.code === "newer-published")?.message).toContain("2020/21");
  });

  it("shows a figure written as a range as written, and compares its midpoint", () => {
    const sc = buildScorecard({
      area: la,
      generated: "2020-09-30",
      definitions: [def],
      observations: [
        { ...local(financialYear(2018), 76), range: { low: 75, high: 77 } },
        local(financialYear(2019), 79),
      ],
      comparators: { neighbours: [] },
    });
    const r = sc.rows[0]!;
    expect(r.previous).toMatchObject({ value: 76, display: "75.0%–77.0%", range: { low: 75, high: 77 } });
    expect(r.trend[0]?.display).toBe("75.0%–77.0%");
    expect(r.change?.absolute).toBe(3);
  });

  it("with no comparable earlier figure, compares with the latest earlier one and says the periods differ, unless strict", () => {
    const input = {
      area: la,
      generated: "2020-09-30",
      definitions: [def],
      observations: [local(financialYear(2019), 19.4), local(month(2020, 8), 16.9)],
      comparators: { neighbours: [] },
    };
    const r = buildScorecard(input).rows[0]!;
    expect([r.previous?.period.label, r.direction]).toEqual(["2019/20", "improving"]);
    expect(r.directionReason).toContain("the periods differ");
    const strict = buildScorecard({ ...input, comparison: { kind: "strict" } }).rows[0]!;
    expect(strict.direction).toBe("not-comparable");
    // Published figures alone keep to comparable periods.
    const published = buildScorecard({
      ...input,
      observations: input.observations.map((o) => ({ ...o, origin: "published" as const })),
    }).rows[0]!;
    expect(published.direction).toBe("not-comparable");
  });
});

describe("recent trend and SPC from the joined series, one period length at a time", () => {
  const years = (from: number, to: number, withCounts = false) =>
    Array.from({ length: to - from + 1 }, (_, i) => {
      const value = 20 + ((i * 7) % 5);
      return obs(
        la.code,
        financialYear(from + i),
        value,
        withCounts ? { numerator: value * 10, denominator: 1000 } : {},
      );
    });
  const months = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      local(month(2019 + Math.floor((i + 3) / 12), ((i + 3) % 12) + 1), 18 + (i % 3)),
    );

  it.each<[string, readonly Observation[], readonly string[] | null, RegExp]>([
    [
      "15 published years, the council's own year end and two months: the years, the local 2019/20 in place of the published",
      // The council's own figures first, as the CLI and the dashboard give them.
      [
        local(financialYear(2019), 19.4),
        local(month(2020, 6), 18.5),
        local(month(2020, 8), 18.9),
        ...years(2005, 2019),
      ],
      [...years(2005, 2019).map((o) => o.period.label)],
      /SPC use the 15 local and published figures of one period length .*not Jun 2020, Aug 2020 \(different lengths of time; never mixed in one chart\)/,
    ],
    [
      "16 months of the council's own and four published years: the months",
      [...years(2016, 2019), ...months(16)],
      months(16).map((o) => o.period.label),
      /SPC use the 16 local figures of one period length .*not 2016\/17, 2017\/18, 2018\/19, 2019\/20 \(different lengths/,
    ],
    [
      "four years and a month: too few of one length for a chart",
      [...years(2016, 2019), local(month(2020, 8), 18.9)],
      null,
      /SPC use the 4 published figures of one period length/,
    ],
  ])("%s", (_what, observations, labels, note) => {
    const sc = buildScorecard({
      area: la,
      generated: "2020-09-30",
      definitions: [def],
      observations,
      comparators: { neighbours: [] },
    });
    const row = sc.rows[0]!;
    expect(row.spc?.points.map((p) => p.label) ?? null).toEqual(labels);
    if (labels)
      expect(row.spc?.points.find((p) => p.label === "2019/20")?.value).toBe(
        labels.includes("Aug 2019") ? undefined : 19.4,
      );
    expect(
      sc.dataQuality
        .filter((d) => d.indicatorId === def.id)
        .map((d) => d.message)
        .join(" | "),
    ).toMatch(note);
  });

  it("the Fingertips recent trend uses the published years with counts beside an in-year local figure", () => {
    const sc = buildScorecard({
      area: la,
      generated: "2020-09-30",
      definitions: [def],
      observations: [...years(2014, 2019, true), local(month(2020, 8), 18.9)],
      comparators: { neighbours: [] },
    });
    expect(sc.rows[0]?.current?.period.label).toBe("Aug 2020");
    expect(sc.rows[0]?.recentTrend?.summary).toMatch(/over the latest 5 points/);
  });
});

// The council's own figure is the current one and wins a period a published figure also gives, whichever order
// the figures come in and whichever list (observations or the national values) the published one is in; a later
// published figure joins the trend without replacing it.
const figure = (period: Period, value: number, origin: "local" | "published"): Observation =>
  obs(la.code, period, value, { origin, source: origin === "local" ? "table.csv row 2" : "DfE CIN census" });
const ownFigure = (period: Period, value: number) => figure(period, value, "local");
const publishedFigure = (period: Period, value: number) => figure(period, value, "published");

function current(observations: readonly Observation[], nationalValues: readonly Observation[] = []) {
  const sc = buildScorecard({
    area: la,
    generated: "2021-01-19",
    definitions: [def],
    observations,
    nationalValues,
    comparators: { neighbours: [] },
  });
  const row = sc.rows[0];
  if (!row) throw new Error("no row");
  return {
    current: [row.current?.period.label, row.current?.value],
    trend: row.trend.map((p) => [p.period.label, p.value, p.origin]),
    notes: sc.dataQuality.map((d) => d.code),
    messages: sc.dataQuality.map((d) => d.message),
  };
}

const fy19 = financialYear(2019);

describe("the council's own figure and a published one for the same period", () => {
  it.each<[string, () => ReturnType<typeof current>]>([
    ["the local figure listed first", () => current([ownFigure(fy19, 19.4), publishedFigure(fy19, 21)])],
    ["the published figure listed first", () => current([publishedFigure(fy19, 21), ownFigure(fy19, 19.4)])],
    [
      "the published figure among the national values",
      () => current([ownFigure(fy19, 19.4)], [publishedFigure(fy19, 21)]),
    ],
  ])(
    "%s: the council's figure is the current one, and the published one is noted beside it",
    (_name, run) => {
      const r = run();
      expect(r.current).toEqual(["2019/20", 19.4]);
      expect(r.trend).toEqual([["2019/20", 19.4, "local"]]);
      expect(r.notes).toEqual(["local-over-published"]);
      expect(r.messages[0]).toBe(
        "Re-referrals: for 2019/20 the council's own figure (19.4) is used; the published figure for the same period is 21 (DfE CIN census)",
      );
    },
  );

  it("says nothing when both give the same figure", () => {
    const r = current([publishedFigure(fy19, 19.4), ownFigure(fy19, 19.4)], [publishedFigure(fy19, 19.4)]);
    expect(r.current).toEqual(["2019/20", 19.4]);
    expect(r.notes).toEqual([]);
  });

  it("two published figures for one period stay a duplicate, the first kept", () => {
    const r = current([publishedFigure(fy19, 21), publishedFigure(fy19, 22)]);
    expect(r.current).toEqual(["2019/20", 21]);
    expect(r.notes).toEqual(["duplicate-observation"]);
  });
});

describe("a period the council's own figures give no number for", () => {
  const none = (period: Period, status: Observation["status"]): Observation => ({
    ...ownFigure(period, 0),
    value: null,
    status,
  });

  it.each<[string, Observation["status"], readonly unknown[], string]>([
    [
      "a blank or [x]: the published number is used, and noted",
      "not-available",
      ["2019/20", 21, "published"],
      "published-for-local-gap",
    ],
    [
      "n/a: the published number is used, and noted",
      "not-applicable",
      ["2019/20", 21, "published"],
      "published-for-local-gap",
    ],
    [
      "[c]: the council withheld it, and it stays withheld",
      "suppressed",
      ["2019/20", null, "local"],
      "local-over-published",
    ],
  ])("%s", (_name, status, point, code) => {
    const q1 = ownFigure(financialQuarter(2020, 1), 18);
    for (const order of [
      [none(fy19, status), publishedFigure(fy19, 21), q1],
      [publishedFigure(fy19, 21), q1, none(fy19, status)],
    ]) {
      const r = current(order);
      expect(r.trend).toEqual([point, ["Q1 2020/21", 18, "local"]]);
      // (and the trend's note that a quarter is not charted beside a year)
      expect(r.notes.filter((c) => c !== "non-comparable-period")).toEqual([code]);
    }
  });

  it("a blank latest quarter (not yet reported) leaves the quarter before it the current figure", () => {
    const r = current([
      ownFigure(financialQuarter(2020, 1), 21.5),
      ownFigure(financialQuarter(2020, 2), 20.1),
      none(financialQuarter(2020, 3), "not-available"),
    ]);
    expect(r.current).toEqual(["Q2 2020/21", 20.1]);
  });

  it("a withheld latest quarter is the current figure: the council's latest, shown as [c]", () => {
    const r = current([
      ownFigure(financialQuarter(2020, 2), 20.1),
      none(financialQuarter(2020, 3), "suppressed"),
    ]);
    expect(r.current).toEqual(["Q3 2020/21", null]);
  });
});

describe("a published figure for another period than the council's latest", () => {
  it("a later one joins the trend; the council's latest stays the current one, and the report says so", () => {
    const r = current([
      ownFigure(fy19, 19.4),
      ownFigure(month(2020, 8), 18.9),
      publishedFigure(financialYear(2020), 16),
    ]);
    expect(r.current).toEqual(["Aug 2020", 18.9]);
    expect(r.trend).toEqual([
      ["2019/20", 19.4, "local"],
      ["Aug 2020", 18.9, "local"],
      ["2020/21", 16, "published"],
    ]);
    expect(r.notes).toContain("newer-published");
  });

  it("an earlier one joins the trend before the council's figures, with no note", () => {
    const r = current([
      publishedFigure(financialYear(2017), 23),
      publishedFigure(financialYear(2018), 22),
      ownFigure(fy19, 19.4),
    ]);
    expect(r.current).toEqual(["2019/20", 19.4]);
    expect(r.trend).toEqual([
      ["2017/18", 23, "published"],
      ["2018/19", 22, "published"],
      ["2019/20", 19.4, "local"],
    ]);
    expect(r.notes).toEqual([]);
  });
});
