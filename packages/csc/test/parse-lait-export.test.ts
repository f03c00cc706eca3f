// LAIT export loader: long and wide layouts, small malformed fixtures (test/fixtures/lait-*.csv).
import { readFileSync } from "node:fs";
import type { Issue } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { parseLaitExport } from "../src/published/parse-lait-export.js";
import { fixture, readSharedText } from "./shared-data.js";

const codesAt = (issues: readonly Issue[], row: number) =>
  issues.filter((i) => i.row === row).map((i) => i.code);

describe("parseLaitExport", () => {
  it("reads the long layout and reports each bad row with its row and column", () => {
    const r = parseLaitExport(readFileSync(fixture("lait-long-small.csv")), { file: "lait-long-small.csv" });
    expect(r.rows).toEqual({ total: 12, used: 6, excluded: 6 });
    expect(codesAt(r.issues, 5)).toEqual(["duplicate-row"]);
    expect(codesAt(r.issues, 6)).toEqual(["conflicting-duplicate"]);
    expect(r.issues.find((i) => i.row === 7)).toMatchObject({
      code: "unknown-area",
      column: "la_number",
      file: "lait-long-small.csv",
    });
    expect(r.issues.find((i) => i.row === 8)).toMatchObject({
      code: "unknown-measure",
      column: "measure_short",
    });
    expect(r.issues.find((i) => i.row === 9)).toMatchObject({ code: "bad-period", column: "year_label" });
    expect(r.issues.find((i) => i.row === 11)).toMatchObject({
      code: "area-matched-by-name",
      column: "area_name",
    });
    expect(r.issues.find((i) => i.row === 12)).toMatchObject({ code: "bad-value", column: "value_raw" });
    const at = (id: string, area: string) =>
      r.observations
        .filter((o) => o.indicatorId === id && o.area === area)
        .map((o) => [o.period.label, o.value, o.status]);
    expect(at("re-referrals-12m", "865")).toEqual([["2024/25", 19.9, "ok"]]);
    expect(at("re-referrals-12m", "866")).toEqual([["2024/25", null, "not-available"]]);
    expect(at("cin-rate", "865")).toEqual([["31 Mar 2025", null, "not-available"]]);
    expect(at("cin-rate", "801")).toEqual([["31 Mar 2025", 326.1, "ok"]]);
    expect(r.observations.find((o) => o.area === "865" && o.period.label === "2023/24")?.value).toBe(301.2); // quoted id with a comma
  });

  it("reads LAIT's one-measure wide layout, naming the measure from the title line", () => {
    const r = parseLaitExport(readFileSync(fixture("lait-wide-small.csv")), { file: "lait-wide-small.csv" });
    // The comma-only line 6 holds no data: like a blank line, it is not a row.
    expect(r.rows).toEqual({ total: 4, used: 4, excluded: 0 });
    expect(r.issues).toEqual([]);
    const wilts = r.observations.filter((o) => o.area === "865");
    expect(wilts.map((o) => [o.indicatorId, o.period.label, o.value])).toEqual([
      ["re-referrals-12m", "2021/22", 20.1],
      ["re-referrals-12m", "2022/23", 21.3],
      ["re-referrals-12m", "2023/24", 18.4],
      ["re-referrals-12m", "2024/25", 19.9],
    ]);
    expect(r.observations.filter((o) => o.area === "801").map((o) => o.status)).toEqual([
      "suppressed",
      "ok",
      "not-available",
      "ok",
    ]);
    expect(r.observations.some((o) => o.source?.includes("Rank"))).toBe(false);
  });

  it("asks for the measure when a wide file does not name it", () => {
    const text = "LA Number,LA and Regions,2024,2025\n865,Wiltshire,1,2\n";
    const a = parseLaitExport(text);
    expect(a.rows).toEqual({ total: 1, used: 0, excluded: 1 });
    expect(a.issues[0]?.code).toBe("unknown-measure");
    const b = parseLaitExport(text, { measure: "cpp-repeat" });
    expect(b.observations.map((o) => [o.indicatorId, o.period.label, o.value])).toEqual([
      ["cpp-repeat", "2023/24", 1],
      ["cpp-repeat", "2024/25", 2],
    ]);
  });

  it("reads a real slice of the LAIT long file exactly", () => {
    const lines = readSharedText("published/lait/lait_csc_indicators_long.csv").split(/\r?\n/).slice(0, 2001);
    const r = parseLaitExport(lines.join("\n"), { file: "lait_csc_indicators_long.csv" });
    expect(r.rows).toEqual({ total: 2000, used: 2000, excluded: 0 });
    expect(r.issues).toEqual([]);
    expect(r.observations.filter((o) => o.status === "ok").length).toBe(
      lines.slice(1).filter((l) => !l.endsWith(",-")).length,
    );
  });

  it("never throws on junk and accounts for every row", () => {
    for (const text of ["", "x\n1", "la_number\n865", "la_number,measure_short\n865,ReReferral\n", '"a\n']) {
      const r = parseLaitExport(text);
      expect(r.rows.used + r.rows.excluded).toBe(r.rows.total);
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });
});
