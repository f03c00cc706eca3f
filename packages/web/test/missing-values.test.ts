import type { ScorecardRow } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { renderDetail, renderIndicatorTable } from "../src/index.js";
import { exampleScorecard } from "./fixtures/example-scorecard.js";

const sc = exampleScorecard;
const reRef = sc.rows.find((r) => r.indicator.id === "re-referrals-12m") as ScorecardRow;
const X = '<abbr class="kpi-marker" title="not available">[x]</abbr>';
const Z = '<abbr class="kpi-marker" title="not applicable">[z]</abbr>';
const cells = (table: string, id: string) => {
  const tr = table.match(new RegExp(`<tr [^>]*data-kpi-id="${id}">([\\s\\S]*?)</tr>`))?.[1] ?? "";
  return [...tr.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1] ?? "");
};

describe("missing values use the GSS shorthand, explained (DESIGN §5)", () => {
  const bare: ScorecardRow = {
    ...reRef,
    previous: null,
    benchmarks: {
      ...reRef.benchmarks,
      topQuartile: null,
      rank: null,
      band: null,
      neighbours: null,
      england: null,
    },
  };
  const table = renderIndicatorTable({ ...sc, rows: [bare] }).value;
  it("shows [x] with its meaning for a missing previous value, comparator, top quartile and rank", () => {
    const [latest, previous, , , neighbours, england, topQuartile, rank] = cells(table, bare.indicator.id);
    expect(latest).toContain("18.9%");
    expect([previous, neighbours, england, topQuartile, rank]).toEqual([X, X, X, X, X]);
    expect(table).not.toMatch(/>None<|Not ranked/);
  });
  it("shows [z] (not applicable) for the top quartile and rank of an indicator that is not judged", () => {
    const notJudged: ScorecardRow = { ...bare, indicator: { ...bare.indicator, polarity: "no-judgement" } };
    const [, , , , , , topQuartile, rank] = cells(
      renderIndicatorTable({ ...sc, rows: [notJudged] }).value,
      bare.indicator.id,
    );
    expect([topQuartile, rank]).toEqual([Z, Z]);
  });
  it("says [x] in the detail section too", () => {
    const detail = renderDetail({ ...bare, current: null }, sc).value;
    expect(detail).toContain(`<dt>Latest</dt><dd>${X}</dd>`);
    expect(detail).toContain(`<dt>Previous</dt><dd>${X}</dd>`);
    expect(detail).not.toMatch(/>None<|No value/);
  });
});
