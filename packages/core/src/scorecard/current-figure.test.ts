// Point 4 of the local figures work, in one place: the council's own figure is the current one and wins a period
// a published figure also gives, whichever order the figures come in and whichever list (observations or the
// national values) the published one is in; a later published figure joins the trend without replacing it.
import { describe, expect, it } from "vitest";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Area, Observation } from "../observation/types.js";
import { financialQuarter, financialYear, month } from "../period/index.js";
import type { Period } from "../period/types.js";
import { buildScorecard } from "./build-scorecard.js";

const la: Area = { code: "865", name: "Wiltshire", kind: "la" };
const def: IndicatorDefinition = {
  id: "re-referrals-12m",
  title: "Re-referrals within 12 months",
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
const figure = (period: Period, value: number, origin: "local" | "published"): Observation => ({
  indicatorId: def.id,
  area: la.code,
  period,
  value,
  status: "ok",
  origin,
  source: origin === "local" ? "table.csv row 2" : "DfE CIN census",
});
const local = (period: Period, value: number) => figure(period, value, "local");
const published = (period: Period, value: number) => figure(period, value, "published");

function build(observations: readonly Observation[], nationalValues: readonly Observation[] = []) {
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
  it.each<[string, () => ReturnType<typeof build>]>([
    ["the local figure listed first", () => build([local(fy19, 19.4), published(fy19, 21)])],
    ["the published figure listed first", () => build([published(fy19, 21), local(fy19, 19.4)])],
    [
      "the published figure among the national values",
      () => build([local(fy19, 19.4)], [published(fy19, 21)]),
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
    const r = build([published(fy19, 19.4), local(fy19, 19.4)], [published(fy19, 19.4)]);
    expect(r.current).toEqual(["2019/20", 19.4]);
    expect(r.notes).toEqual([]);
  });

  it("two published figures for one period stay a duplicate, the first kept", () => {
    const r = build([published(fy19, 21), published(fy19, 22)]);
    expect(r.current).toEqual(["2019/20", 21]);
    expect(r.notes).toEqual(["duplicate-observation"]);
  });
});

describe("a period the council's own figures give no number for", () => {
  const none = (period: Period, status: Observation["status"]): Observation => ({
    ...local(period, 0),
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
    const q1 = local(financialQuarter(2020, 1), 18);
    for (const order of [
      [none(fy19, status), published(fy19, 21), q1],
      [published(fy19, 21), q1, none(fy19, status)],
    ]) {
      const r = build(order);
      expect(r.trend).toEqual([point, ["Q1 2020/21", 18, "local"]]);
      // (and the trend's note that a quarter is not charted beside a year)
      expect(r.notes.filter((c) => c !== "non-comparable-period")).toEqual([code]);
    }
  });

  it("a blank latest quarter (not yet reported) leaves the quarter before it the current figure", () => {
    const r = build([
      local(financialQuarter(2020, 1), 21.5),
      local(financialQuarter(2020, 2), 20.1),
      none(financialQuarter(2020, 3), "not-available"),
    ]);
    expect(r.current).toEqual(["Q2 2020/21", 20.1]);
  });

  it("a withheld latest quarter is the current figure: the council's latest, shown as [c]", () => {
    const r = build([local(financialQuarter(2020, 2), 20.1), none(financialQuarter(2020, 3), "suppressed")]);
    expect(r.current).toEqual(["Q3 2020/21", null]);
  });
});

describe("a published figure for another period than the council's latest", () => {
  it("a later one joins the trend; the council's latest stays the current one, and the report says so", () => {
    const r = build([local(fy19, 19.4), local(month(2020, 8), 18.9), published(financialYear(2020), 16)]);
    expect(r.current).toEqual(["Aug 2020", 18.9]);
    expect(r.trend).toEqual([
      ["2019/20", 19.4, "local"],
      ["Aug 2020", 18.9, "local"],
      ["2020/21", 16, "published"],
    ]);
    expect(r.notes).toContain("newer-published");
  });

  it("an earlier one joins the trend before the council's figures, with no note", () => {
    const r = build([
      published(financialYear(2017), 23),
      published(financialYear(2018), 22),
      local(fy19, 19.4),
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
