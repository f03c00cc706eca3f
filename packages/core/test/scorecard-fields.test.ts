// Every part of a Scorecard row that DESIGN §3 and the core issue ask for, checked on one fully configured
// row (re-referrals in the example input), with the numbers recomputed here where they can be.
import { describe, expect, it } from "vitest";
import { buildScorecard, periodKey } from "../src/index.js";
import { exampleInput } from "./scorecard-example.js";

const input = exampleInput();
const sc = buildScorecard(input);
const r = sc.rows.find((x) => x.indicator.id === "re-referrals-12m")!;
const key = periodKey(r.current!.period);
const nationalValue = (code: string) =>
  input.nationalValues?.find(
    (o) => o.indicatorId === "re-referrals-12m" && o.area === code && periodKey(o.period) === key,
  )?.value ?? null;

describe("a Scorecard row carries every field of DESIGN §3", () => {
  it("indicator, current and previous values with their periods, change and direction", () => {
    expect(r.indicator).toMatchObject({
      id: "re-referrals-12m",
      unit: "percent",
      polarity: "lower-is-better",
    });
    expect([r.current?.period.label, r.current?.value, r.current?.display]).toEqual([
      "2024/25",
      18.9,
      "18.9%",
    ]);
    expect([r.previous?.period.label, r.previous?.value]).toEqual(["2023/24", 15]);
    expect(r.change).toMatchObject({ display: "+3.9 pts" });
    expect(r.change?.absolute).toBeCloseTo(3.9, 12);
    expect(["improving", "worsening", "no-change", "not-judged", "not-comparable"]).toContain(r.direction);
    expect(r.direction).toBe("worsening");
    expect(r.directionReason).toBe("Up from 15.0% to 18.9%; lower is better");
  });

  it("a trend series ending at the current value, and a recent trend", () => {
    expect(r.trend.length).toBe(7);
    expect(r.trend.at(-1)?.value).toBe(18.9);
    expect(r.recentTrend?.judgement).toBe("no-significant-change");
  });

  it("benchmarks: England, region, neighbours with aggregate and count, top quartile, best neighbour, rank of N, band", () => {
    const b = r.benchmarks;
    expect([b.england?.value, b.region?.value]).toEqual([21.4, 20.6]);
    const codes = input.comparators.neighbours.map((a) => a.code);
    const values = codes.map(nationalValue).filter((v): v is number => v !== null);
    expect(b.neighbours).toMatchObject({ method: "mean", count: values.length, of: codes.length });
    expect(b.neighbours?.value).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 9);
    expect(b.bestNeighbour?.value).toBe(Math.min(...values));
    expect(b.topQuartile?.value).toBe(19.35);
    expect(b.rank).toBeGreaterThan(0);
    expect(b.rankOf).toBe(151);
    expect(b.band).toBe("A");
  });

  it("high performers: a named group's aggregate and how many had a value", () => {
    const group = input.comparators.highPerformers!;
    const values = group.codes.map(nationalValue).filter((v): v is number => v !== null);
    expect(values.length).toBeGreaterThan(0);
    expect(r.benchmarks.highPerformers).toMatchObject({ label: group.label, count: values.length });
    expect(r.benchmarks.highPerformers?.value).toBeCloseTo(
      values.reduce((s, v) => s + v, 0) / values.length,
      9,
    );
  });

  it("target and RAG with a reason that has the numbers in it", () => {
    expect(r.target).toMatchObject({ value: 18, display: "18.0%" });
    expect(r.rag.status).toBe("amber");
    expect(r.rag.reason).toContain("18.9%");
  });

  it("the document: schemaVersion 2, glossary, key, provenance, data quality", () => {
    expect(sc.schemaVersion).toBe(2);
    expect(sc.glossary.length).toBeGreaterThan(0);
    expect(sc.key.map((k) => k.status)).toContain("not-rated");
    expect(sc.provenance.length).toBeGreaterThan(0);
    expect(Array.isArray(sc.dataQuality)).toBe(true);
  });
});

describe("SPC summary only where there are 15 or more points", () => {
  const monthly = (n: number) => {
    const all = input.observations.filter(
      (o) => o.indicatorId === "icpc-15-days" && o.area === input.area.code,
    );
    const keep = new Set(
      all
        .map((o) => periodKey(o.period))
        .sort()
        .slice(-n),
    );
    const observations = input.observations.filter(
      (o) => o.indicatorId !== "icpc-15-days" || keep.has(periodKey(o.period)),
    );
    return buildScorecard({ ...input, observations }).rows.find((x) => x.indicator.id === "icpc-15-days")!;
  };
  it.each([
    [14, false],
    [15, true],
    [24, true],
  ])("%i monthly points → SPC %s", (n, has) => {
    const row = monthly(n);
    expect(row.trend.length).toBe(n);
    expect(row.spc !== null).toBe(has);
    if (row.spc) {
      expect(row.spc.n).toBe(n);
      expect(row.spc.summary.length).toBeGreaterThan(20);
    }
  });
});
