import type { ScorecardRow } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { renderTrendChart } from "../src/index.js";
import { exampleScorecard } from "./fixtures/example-scorecard.js";

const reRef = exampleScorecard.rows.find((r) => r.indicator.id === "re-referrals-12m") as ScorecardRow;
const rows = (html: string) => [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th>([\s\S]*?)<\/tr>/g)];

describe("the trend table of a row with the council's own figures", () => {
  it("says which points are the council's own (and in-year) and which are published", () => {
    const [a, b] = reRef.trend;
    if (!a || !b) throw new Error("the example row needs two trend points");
    const row: ScorecardRow = {
      ...reRef,
      trend: [
        { ...a, origin: "published" },
        { ...b, origin: "local", inYear: true },
      ],
    };
    const html = renderTrendChart(row).value;
    expect(html).toContain('<th scope="col">Figure</th>');
    expect(rows(html).map((m) => m[2]?.match(/<td>([^<]*)<\/td>$/)?.[1])).toEqual([
      "Published",
      "Council&#39;s own, in-year",
    ]);
  });

  it("has no such column when the trend is published figures only", () => {
    expect(renderTrendChart(reRef).value).not.toContain('<th scope="col">Figure</th>');
  });
});
