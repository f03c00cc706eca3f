import type { ScorecardRow } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import {
  renderDetail,
  renderIndicatorTable,
  renderNeighbourChart,
  renderSparkline,
  renderTrendChart,
  sparklineLabel,
} from "../src/index.js";
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
    change: null,
    direction: "not-comparable",
    directionReason: "No previous figure to compare with",
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
    const [, latest, previous, , , neighbours, , england, highPerformers, rank] = cells(
      table,
      bare.indicator.id,
    );
    expect(latest).toContain("18.9%");
    // With no top quartile and no best neighbour, the high performers' cell is [x] too.
    expect([previous, neighbours, england, rank]).toEqual([X, X, X, X]);
    expect(highPerformers).not.toContain("top quartile");
    expect(table).not.toMatch(/>None<|Not ranked/);
  });
  it("says 'No previous figure' rather than 'Not comparable' when there is nothing to compare with", () => {
    const [, , , change] = cells(table, bare.indicator.id);
    expect(change).toContain('<span class="kpi-dir kpi-dir--not-comparable">No previous figure</span>');
  });
  it("shows [z] (not applicable) for the top quartile and rank of an indicator that is not judged", () => {
    const notJudged: ScorecardRow = { ...bare, indicator: { ...bare.indicator, polarity: "no-judgement" } };
    const notJudgedBare: ScorecardRow = {
      ...notJudged,
      benchmarks: { ...notJudged.benchmarks, bestNeighbour: null, highPerformers: null },
    };
    const [, , , , , , , , highPerformers, rank] = cells(
      renderIndicatorTable({ ...sc, rows: [notJudgedBare] }).value,
      bare.indicator.id,
    );
    expect([highPerformers, rank]).toEqual([Z, Z]);
  });
  it("says [x] in the detail section too", () => {
    const detail = renderDetail({ ...bare, current: null }, sc).value;
    expect(detail).toContain(`<dt>Latest</dt><dd>${X}</dd>`);
    expect(detail).toContain(`<dt>Previous</dt><dd>${X}</dd>`);
    expect(detail).not.toMatch(/>None<|No value/);
  });
});

describe("a trend of one figure is not drawn", () => {
  const last = reRef.trend[reRef.trend.length - 1]!;
  const one: ScorecardRow = {
    ...reRef,
    trend: [...reRef.trend.slice(0, -1).map((p) => ({ ...p, value: null, display: "[x]" })), last],
  };
  it("the table says 'one figure' instead of a sparkline, with the same accessible name", () => {
    const svg = renderSparkline(one.trend, { label: "Re-referrals trend" }).value;
    expect(svg).not.toContain("<svg");
    expect(svg).toBe(
      '<span class="kpi-sparkline kpi-sparkline--text"><span aria-hidden="true">one figure</span><span class="kpi-visually-hidden">Re-referrals trend: 18.9% in 2019/20 (one value)</span></span>',
    );
    expect(sparklineLabel(one.trend, "Re-referrals trend")).toBe(
      "Re-referrals trend: 18.9% in 2019/20 (one value)",
    );
    expect(renderSparkline([]).value).toContain(`<span aria-hidden="true">${X}</span>`);
    expect(renderSparkline(reRef.trend).value).toContain("<svg");
  });
  it("the trend chart is a sentence", () => {
    const fig = renderTrendChart(one).value;
    expect(fig).not.toContain("<svg");
    expect(fig).toContain('<p class="kpi-empty">Only one figure, for 2019/20: no trend to show.</p>');
    expect(renderTrendChart(reRef).value).toContain("<svg");
  });
});

describe("no neighbour figures", () => {
  it("a sentence instead of a chart of the area's own bar", () => {
    const alone: ScorecardRow = { ...reRef, benchmarks: { ...reRef.benchmarks, neighbours: null } };
    const fig = renderNeighbourChart(alone, { area: sc.area }).value;
    expect(fig).not.toContain("<svg");
    expect(fig).toContain('<p class="kpi-empty">No neighbour figures are published for this indicator.</p>');
    expect(renderNeighbourChart(reRef, { area: sc.area }).value).toContain("<svg");
  });
});
