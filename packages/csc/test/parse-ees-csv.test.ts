// EES loader: small well-formed and malformed fixtures (test/fixtures/ees-*.csv).
import { readFileSync } from "node:fs";
import type { Issue } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { parseEesCsv } from "../src/published/parse-ees-csv.js";
import { fixture } from "./shared-data.js";

const load = (name: string) => parseEesCsv(readFileSync(fixture(name)), { file: name });
const issuesAt = (issues: readonly Issue[], row: number) =>
  issues.filter((i) => i.row === row).map((i) => i.code);
const accounted = (r: ReturnType<typeof load>) => expect(r.rows.used + r.rows.excluded).toBe(r.rows.total);

describe("parseEesCsv", () => {
  it("reads a c1 file: values, numerators and denominators, statuses, areas and periods", () => {
    const r = load("ees-c1-small.csv");
    expect(r.rows).toEqual({ total: 6, used: 6, excluded: 0 });
    expect(r.issues).toEqual([]);
    const rr = r.observations.filter((o) => o.indicatorId === "re-referrals-12m");
    expect(rr.map((o) => o.area)).toEqual(["970", "990", "987", "865", "801", "865"]);
    expect(rr[0]).toMatchObject({
      value: 22.6,
      numerator: 142900,
      denominator: 632830,
      status: "ok",
      source: "ees-c1-small.csv row 2",
    });
    expect(rr[0]?.period.label).toBe("2024/25");
    expect(rr[5]?.period.label).toBe("2023/24");
    expect(rr[4]).toMatchObject({ area: "801", value: null, status: "not-available" });
    expect(rr[4]?.numerator).toBeUndefined();
    const nfa = r.observations.filter(
      (o) => o.area === "865" && o.period.label === "2024/25" && o.status !== "ok",
    );
    expect(nfa.map((o) => [o.status, o.note])).toEqual([
      ["suppressed", "c: suppressed to protect confidentiality"],
    ]);
    const bristol = r.observations.filter((o) => o.area === "801").map((o) => o.status);
    expect(bristol).toEqual(["not-available", "ok", "not-applicable", "low-reliability"]);
    expect(r.observations.every((o) => o.status === "ok" || o.value === null)).toBe(true);
  });

  it("finds renamed columns and says so", () => {
    const r = load("ees-c1-renamed.csv");
    accounted(r);
    expect(r.rows.used).toBe(2);
    const renamed = r.issues.filter((i) => i.code === "renamed-column").map((i) => i.column);
    expect(renamed).toEqual(["la_code", "rereferral_pct"]); // "Time period" is only a spelling of time_period
    expect(r.issues.every((i) => i.file === "ees-c1-renamed.csv" && i.row === 1)).toBe(true);
    const o = r.observations.find((x) => x.indicatorId === "re-referrals-12m" && x.area === "342");
    expect(o).toMatchObject({ value: 22.2, numerator: 400, denominator: 1800 });
  });

  it("reports missing columns once and excludes every row", () => {
    const r = load("ees-missing-columns.csv");
    expect(r.observations).toEqual([]);
    expect(r.rows).toEqual({ total: 3, used: 0, excluded: 3 });
    const errors = r.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "missing-column",
      severity: "error",
      file: "ees-missing-columns.csv",
      row: 1,
      column: "time_period",
    });
    expect(errors[0]?.message).toContain("none of its 3 rows");
  });

  it("reports duplicates, unknown, combined and former codes, bad values and periods, row by row", () => {
    const r = load("ees-d3-malformed.csv");
    expect(r.rows).toEqual({ total: 15, used: 9, excluded: 6 });
    accounted(r);
    expect(issuesAt(r.issues, 2)).toEqual([]);
    expect(issuesAt(r.issues, 3)).toEqual(["duplicate-row", "duplicate-row"]);
    expect(issuesAt(r.issues, 5)).toEqual(["conflicting-duplicate", "conflicting-duplicate"]);
    expect(r.issues.find((i) => i.row === 6)).toMatchObject({
      code: "unknown-area",
      severity: "error",
      column: "old_la_code",
      file: "ees-d3-malformed.csv",
    });
    expect(r.issues.find((i) => i.row === 7)).toMatchObject({ code: "former-area", severity: "warning" });
    expect(r.issues.find((i) => i.row === 7)?.message).toContain(
      "North Northamptonshire (940) and West Northamptonshire (941)",
    );
    expect(issuesAt(r.issues, 8)).toEqual(["combined-area"]);
    expect(r.issues.find((i) => i.row === 9)).toMatchObject({
      code: "bad-value",
      column: "cpp_subsequent_percent",
    });
    expect(r.issues.find((i) => i.row === 10)).toMatchObject({ code: "bad-period", column: "time_period" });
    expect(r.issues.find((i) => i.row === 11)).toMatchObject({
      code: "row-not-used",
      column: "geographic_level",
    });
    expect(issuesAt(r.issues, 14)).toEqual([]); // a former ONS code of the same LA is fine
    expect(r.issues.find((i) => i.row === 15)).toMatchObject({
      code: "area-matched-by-name",
      column: "la_name",
    });
    expect(r.issues.find((i) => i.row === 16)).toMatchObject({
      code: "code-mismatch",
      column: "new_la_code",
    });

    const repeat = (area: string) =>
      r.observations.filter((o) => o.indicatorId === "cpp-repeat" && o.area === area);
    expect(repeat("865").map((o) => o.value)).toEqual([25]);
    expect(repeat("866").map((o) => o.value)).toEqual([20]); // the first of the conflicting pair is kept
    expect(repeat("878")).toEqual([]); // "12..5" gives no observation…
    expect(r.observations.some((o) => o.area === "878")).toBe(true); // …but the row's count is used
    expect(repeat("880").map((o) => [o.value, o.status])).toEqual([[null, "suppressed"]]); // "low"
    expect(repeat("908").map((o) => [o.value, o.status])).toEqual([[null, "not-available"]]); // blank
    expect(repeat("928")[0]?.period.label).toBe("2020/21");
    expect(repeat("825")).toHaveLength(1);
    expect(repeat("801")).toHaveLength(1);
    expect(repeat("802")).toHaveLength(1);
    expect(r.observations.some((o) => o.area === "999" || o.area.includes("/"))).toBe(false);
  });

  it("reads a long table with its total rows as denominators, and reports unused breakdowns", () => {
    const r = load("ees-placement-stability-small.csv");
    expect(r.rows).toEqual({ total: 6, used: 4, excluded: 2 });
    const eng = r.observations.find((o) => o.area === "970");
    expect(eng).toMatchObject({
      indicatorId: "cla-3-placements",
      value: 10,
      numerator: 8500,
      denominator: 81770,
    });
    const wilts = r.observations.find((o) => o.area === "865");
    expect(wilts).toMatchObject({ value: null, status: "suppressed" });
    expect(r.issues.find((i) => i.row === 7)?.code).toBe("row-not-used"); // Swindon's total with no measure row
    const grouped = r.issues.find((i) => i.row === 6);
    expect(grouped?.message).toContain('"CLA on 31 March / With 2 placements during the year"');
  });

  it("reads Latin-1 bytes and repairs mis-decoded UTF-8, with a warning", () => {
    const a = load("ees-c1-latin1.csv");
    // The fixture has only some c1 columns: the measures it lacks are named once each.
    expect(a.issues.map((i) => i.code)).toEqual(["latin1-encoding", "missing-column", "missing-column"]);
    expect(a.rows.used).toBe(2);
    const b = load("ees-c1-mojibake.csv");
    expect(b.issues.map((i) => i.code)).toEqual(["mis-decoded-text", "missing-column", "missing-column"]);
    expect(b.rows.used).toBe(2);
    expect(b.observations.find((o) => o.area === "342" && o.indicatorId === "re-referrals-12m")?.value).toBe(
      22.2,
    );
  });

  it("reads national and regional rows of a file without LA columns, and reports LA rows it cannot place", () => {
    const text =
      "time_period,time_identifier,geographic_level,country_code,region_code,referral_count,rereferral_count,rereferral_percent\n" +
      "2025,Reporting year,National,E92000001,,632830,142900,22.6\n" +
      "2025,Reporting year,Regional,E92000001,E12000001,32490,6730,20.7\n" +
      "2025,Reporting year,Local authority,E92000001,E12000001,100,20,20\n";
    const r = parseEesCsv(text, { file: "national.csv" });
    expect(r.rows).toEqual({ total: 3, used: 2, excluded: 1 });
    expect(
      r.observations.filter((o) => o.indicatorId === "re-referrals-12m").map((o) => [o.area, o.value]),
    ).toEqual([
      ["970", 22.6],
      ["980", 20.7],
    ]);
    expect(r.issues.find((i) => i.row === 4)).toMatchObject({ code: "unknown-area", column: "old_la_code" });
  });

  it("never throws on junk and still accounts for every row", () => {
    for (const text of [
      "",
      "\n\n",
      "a,b\n1,2\n",
      '"unterminated,1\n2,3',
      "time_period,geographic_level,old_la_code\n2025,Local authority,865\n",
      "\u0000\u0001,\u0002",
    ]) {
      const r = parseEesCsv(text, { file: "junk.csv" });
      accounted(r);
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });
});
