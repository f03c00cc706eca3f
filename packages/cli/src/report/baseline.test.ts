import {
  buildScorecard,
  defaultRagPolicy,
  financialYear,
  type IndicatorDefinition,
  month,
  type Observation,
  type Period,
  snapshot,
} from "@kpikit/core";
import { describe, expect, it } from "vitest";
import type { LocalFigure } from "../read/local-figures.js";
import { applyBaselineComparison } from "./baseline.js";

const def = (
  id: string,
  polarity: IndicatorDefinition["polarity"],
  unit: IndicatorDefinition["unit"] = "percent",
): IndicatorDefinition => ({
  id,
  title: id,
  shortTitle: id,
  description: id,
  unit,
  polarity,
  decimals: 1,
  periodType: "financial-year",
  source: "local",
  aliases: [],
  acronyms: [],
  method: "",
});
const defs = [
  def("rr", "lower-is-better"),
  def("staff", "lower-is-better", "count"),
  def("s47", "no-judgement"),
  def("miles", "lower-is-better"),
];
const base = financialYear(2018);
const figure = (d: IndicatorDefinition, value: number, period: Period = base, row = 2): LocalFigure => ({
  indicator: d,
  period,
  periodLabel: period.label,
  value,
  status: "ok",
  file: "/x/local.csv",
  row,
});
const obs = (f: LocalFigure): Observation => ({
  indicatorId: f.indicator.id,
  area: "865",
  period: f.period,
  value: f.value,
  status: "ok",
});

describe("applyBaselineComparison", () => {
  const [rr, staff, s47, miles] = defs as [
    IndicatorDefinition,
    IndicatorDefinition,
    IndicatorDefinition,
    IndicatorDefinition,
  ];
  const figures = [
    figure(rr, 15),
    figure(rr, 18.9, month(2020, 8), 3),
    figure(staff, 66),
    figure(staff, 23, month(2020, 9), 5),
    figure(s47, 33),
    figure(s47, 46, month(2020, 6), 7),
    figure(miles, 34),
    figure(miles, 34, snapshot("2020-03-31", "cla"), 9),
  ];
  const scorecard = buildScorecard({
    area: { code: "865", name: "Wiltshire", kind: "la" },
    generated: "2021-01-19",
    definitions: defs,
    observations: figures.map(obs),
    comparators: { neighbours: [] },
  });

  it("without it, baseline and current periods of different kinds are not comparable", () => {
    expect(scorecard.rows.map((r) => r.direction)).toEqual([
      "not-comparable",
      "not-comparable",
      "not-comparable",
      "not-comparable",
    ]);
  });

  it("with it, the direction runs from the baseline to the latest figure by polarity", () => {
    const after = applyBaselineComparison(scorecard, {
      baseline: base,
      figures,
      policy: defaultRagPolicy,
      settings: new Map(),
    });
    expect(after.rows.map((r) => [r.indicator.id, r.previous?.value, r.current?.value, r.direction])).toEqual(
      [
        ["rr", 15, 18.9, "worsening"],
        ["staff", 66, 23, "improving"],
        ["s47", 33, 46, "not-judged"],
        ["miles", 34, 34, "no-change"],
      ],
    );
    expect(after.rows[0]?.directionReason).toBe(
      "Up from 15.0% to 18.9%; lower is better (2018/19 baseline to Aug 2020; compared with the baseline as the config asks, although the periods differ)",
    );
    expect(after.rows[0]?.change?.display).toBe("+3.9 pts");
    expect(after.rows[0]?.previous?.source).toBe("local.csv row 2");
    // RAG re-evaluated with the new direction (the default policy falls through to direction of travel).
    expect(after.rows.map((r) => r.rag.status)).toEqual(["red", "green", "not-rated", "amber"]);
    expect(after.summary).toMatchObject({
      improving: 1,
      worsening: 1,
      biggestImprovements: ["staff"],
      biggestDeteriorations: ["rr"],
    });
    expect(after.summary.counts).toEqual({ red: 1, amber: 1, green: 1, blue: 0, "not-rated": 1 });
    expect(after.dataQuality.filter((d) => d.code === "baseline-comparison")).toHaveLength(4);
  });

  it("leaves rows without a baseline figure alone", () => {
    const after = applyBaselineComparison(scorecard, {
      baseline: financialYear(2015),
      figures,
      policy: defaultRagPolicy,
      settings: new Map(),
    });
    expect(after.rows).toEqual(scorecard.rows);
  });
});
