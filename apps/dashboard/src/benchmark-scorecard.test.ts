import { benchmarkIndicator, getArea, listAreas } from "@kpikit/csc";
import { renderScorecard } from "@kpikit/web";
import { describe, expect, it } from "vitest";
import { renderAllLasView, renderAreaIndex } from "./all-las-view.js";
import {
  availableYears,
  buildBenchmarkScorecard,
  periodAsAt,
  publishedIndicators,
} from "./benchmark-scorecard.js";

describe("benchmark scorecard from bundled data", () => {
  const wilts = getArea("865");
  if (!wilts) throw new Error("Wiltshire missing");
  it("has a row per published indicator with a Wiltshire value, compared with 10 neighbours and England", () => {
    const sc = buildBenchmarkScorecard(wilts);
    expect(sc.area).toMatchObject({ code: "865", name: "Wiltshire" });
    expect(sc.period).toBeNull(); // the rows' periods differ; each row shows its own
    expect(sc.comparators.neighbours).toHaveLength(10);
    expect(sc.rows.length).toBeGreaterThan(50);
    expect(sc.rows.length).toBeLessThanOrEqual(publishedIndicators().length);
    const reRef = sc.rows.find(
      (r) => r.indicator.lait === "ReReferral" || r.indicator.id === "re-referrals-12m",
    );
    expect(reRef?.benchmarks.england?.value).toBe(22.6);
    expect(reRef?.benchmarks.rankOf).toBeGreaterThan(140);
    expect(renderScorecard(sc, { details: false })).toContain("Wiltshire");
  });
  it("respects the chosen year", () => {
    const year = availableYears().find((p) => p.label === "2019/20");
    expect(year).toBeDefined();
    const sc = buildBenchmarkScorecard(wilts, { period: year! });
    expect(sc.period?.label).toBe("2019/20");
    expect(sc.rows.every((r) => !r.current || r.current.period.end <= "2020-03-31")).toBe(true);
  });
  it("all-LA view ranks every LA and marks the chosen one", () => {
    const out = renderAllLasView(benchmarkIndicator("ReReferral", { period: "2024/25" }), "865").value;
    expect(out).toContain('<tr class="is-selected" aria-current="true" data-la="865">');
    expect(out).toContain("England: 22.6%");
    expect(out.match(/<tr /g)?.length ?? 0).toBeGreaterThan(150);
  });
});

describe("periodAsAt", () => {
  it("finds the snapshot or year that ends within the chosen financial year", () => {
    expect(periodAsAt("cin-rate", "2023/24")?.label).toBe("31 Mar 2024");
    expect(periodAsAt("re-referrals-12m", "2023/24")?.label).toBe("2023/24");
    expect(periodAsAt("re-referrals-12m", "1999/00")).toBeUndefined();
  });
});

describe("area index", () => {
  it("links every current LA to its scorecard, grouped by region", () => {
    const out = renderAreaIndex(listAreas({ kind: "la" })).value;
    expect(out.match(/<li><a href="\?la=\d{3}">/g)).toHaveLength(listAreas({ kind: "la" }).length);
    expect(out).toContain('<a href="?la=865">Wiltshire</a>');
    expect(out).toContain("<h3>South West</h3>");
  });
});
