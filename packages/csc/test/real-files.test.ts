// The loaders on every real published file in data/: nothing throws, every row is accounted for,
// and the whole LAIT long file read by parseLaitExport equals the bundled dataset.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { periodKey } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { parseEesCsv } from "../src/published/parse-ees-csv.js";
import { parseLaitExport } from "../src/published/parse-lait-export.js";
import { loadPublished } from "../src/published/published-dataset.js";
import { sharedData } from "./shared-data.js";

const eesDir = resolve(sharedData, "published/ees");
const files = readdirSync(eesDir)
  .filter((f) => f.endsWith(".csv"))
  .sort();

describe("parseEesCsv on every EES file", () => {
  it.each(files)("%s", (file) => {
    const r = parseEesCsv(readFileSync(resolve(eesDir, file)), { file });
    expect(r.rows.used + r.rows.excluded).toBe(r.rows.total);
    expect(r.rows.total).toBeGreaterThan(0);
    if (r.rows.excluded > 0) expect(r.issues.length).toBeGreaterThan(0);
    for (const o of r.observations) {
      if (o.status === "ok") expect(Number.isFinite(o.value)).toBe(true);
      else expect(o.value).toBeNull();
    }
    for (const i of r.issues) expect(i.file).toBe(file);
  });

  it("uses every row of the tables it reads, except combined-LA rows", () => {
    const used = (file: string) => parseEesCsv(readFileSync(resolve(eesDir, file)), { file });
    for (const file of [
      "b1_children_in_need_2013_to_2025.csv",
      "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
      "d3_cpps_subsequent_plan_2013_to_2025.csv",
      "d5_cpps_at31march_by_duration_2013_to_2025.csv",
      "la_cla_placement_stability.csv",
      "cla_number_and_rate_per_10k_children.csv",
    ]) {
      const r = used(file);
      expect(r.rows.excluded, file).toBe(0);
      expect(
        r.issues.filter((i) => i.severity === "error"),
        file,
      ).toEqual([]);
    }
    // New placements: the distance rows are read; the other breakdowns (reasons for a placement change) are
    // reported in groups that add up to every excluded row.
    const moves = used("la_cla_during_year_new_placements.csv");
    expect(moves.issues.filter((i) => i.severity === "error")).toEqual([]);
    const grouped = moves.issues
      .filter((i) => i.code === "row-not-used")
      .map((i) => Number(/^(\d+) rows/.exec(i.message)?.[1] ?? 1));
    expect(grouped.reduce((a, b) => a + b, 0)).toBe(moves.rows.excluded);
    expect(moves.rows).toEqual({ total: 15865, used: 1670, excluded: 14195 });
    const csww = used("csww_indicators_2017_to_2025.csv");
    expect(csww.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(
      Array(csww.rows.excluded).fill("combined-area"),
    );
  });
});

describe("parseLaitExport on the whole LAIT long file", () => {
  it("gives exactly the bundled dataset's observations", () => {
    const r = parseLaitExport(
      readFileSync(resolve(sharedData, "published/lait/lait_csc_indicators_long.csv")),
      { file: "lait.csv" },
    );
    expect(r.rows).toEqual({ total: 171700, used: 171700, excluded: 0 });
    expect(r.issues).toEqual([]);
    const data = loadPublished();
    let checked = 0;
    for (const o of r.observations) {
      if (checked % 97 === 0) {
        const b = data.value(o.indicatorId, o.area, o.period);
        expect([b?.value, b?.status, periodKey(b?.period ?? o.period)]).toEqual([
          o.value,
          o.status,
          periodKey(o.period),
        ]);
      }
      checked++;
    }
    expect(checked).toBe(171700);
  });
});
