import { readFileSync } from "node:fs";
import { benchmarkIndicator, getArea, listAreas, loadPublished, withPublishedFiles } from "@kpikit/csc";
import { renderScorecard } from "@kpikit/web";
import { beforeAll, describe, expect, it } from "vitest";
import { renderAllLasView, renderAreaIndex } from "./all-las-view.js";
import {
  availableYears,
  buildBenchmarkScorecard,
  periodAsAt,
  publishedIndicators,
} from "./benchmark-scorecard.js";
import { type OpenedFiles, readOpenedFiles } from "./local-figures.js";

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

describe("the same assembly as kpikit report", () => {
  it.each([
    ["202", "Inner London"],
    ["302", "Outer London"],
    ["865", "South West"],
  ])("LA %s is compared with %s", (code, region) => {
    const la = getArea(code);
    if (!la) throw new Error(`no LA ${code}`);
    const sc = buildBenchmarkScorecard(la, { only: ["re-referrals-12m"] });
    expect(sc.comparators.region?.name).toBe(region);
    // The row's region figure is the sub-region's, or London's where the sub-region has none.
    const area = sc.rows[0]?.benchmarks.region?.area.name;
    expect([region, "London"]).toContain(area);
  });
});

describe("files opened beside an LA's scorecard", () => {
  const wilts = getArea("865");
  if (!wilts) throw new Error("Wiltshire missing");
  const table = readFileSync(
    new URL("../../../examples/wiltshire-2020/performance-table.tsv", import.meta.url),
  );
  const lait = new TextEncoder().encode(
    "measure_short,year_label,la_number,area_name,value_raw\nReReferral,2026,865,Wiltshire,17.2\nReReferral,2026,970,England,21.5\n",
  );
  let opened: OpenedFiles;
  beforeAll(async () => {
    opened = await readOpenedFiles(
      [
        { name: "performance-table.tsv", bytes: new Uint8Array(table) },
        { name: "lait-2026.csv", bytes: lait },
        { name: "notes.csv", bytes: new TextEncoder().encode("a,b\n1,2\n") },
      ],
      wilts.code,
    );
  });

  it("reads a committee table as the LA's own figures and a LAIT export as newer published figures", () => {
    expect(opened.localFiles).toEqual(["performance-table.tsv"]);
    expect(opened.local).toHaveLength(50);
    expect(opened.published.map((p) => [p.file, p.observations.length])).toEqual([["lait-2026.csv", 2]]);
    expect(opened.issues.filter((i) => i.severity !== "warning").every((i) => i.file === "notes.csv")).toBe(
      true,
    );
  });

  it("builds the scorecard from them: the council's latest figure current, the newer published one in the trend", () => {
    const sc = buildBenchmarkScorecard(wilts, {
      local: opened.local,
      localSource: { kind: "local", name: "performance-table.tsv" },
      dataset: withPublishedFiles(loadPublished(), opened.published),
    });
    const rr = sc.rows.find((r) => r.indicator.id === "re-referrals-12m");
    expect(rr?.current?.period.label).toBe("Aug 2020");
    expect(rr?.trend.at(-1)).toMatchObject({ value: 17.2, origin: "published" });
    expect(sc.provenance[0]).toMatchObject({ kind: "local", name: "performance-table.tsv" });
    expect(sc.provenance[1]?.name).toContain("lait-2026.csv");
  });
});
