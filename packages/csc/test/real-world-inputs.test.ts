// Files as councils actually hand them over: next year's EES table with a new column, LAIT figures written with
// trailing zeros, Windows line ends, trailing blank or comma-only lines, tab- and semicolon-separated saves,
// and LA names written with full stops, ampersands, commas and apostrophes.
import { describe, expect, it } from "vitest";
import { parseEesCsv } from "../src/published/parse-ees-csv.js";
import { parseLaitExport } from "../src/published/parse-lait-export.js";

const EES_HEADER =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,referral_count,rereferral_count,rereferral_percent,no_further_action_count,no_further_action_percent,not_in_need_count,not_in_need_percent";
const WILTSHIRE =
  "2025,Reporting year,Local authority,E92000001,England,E12000009,South West,865,E06000054,Wiltshire,3000,600,20,150,5,900,30";
const LAIT_HEADER = "measure_short,year_label,la_number,area_name,value_raw";

const reReferrals = (r: ReturnType<typeof parseEesCsv>) =>
  r.observations
    .filter((o) => o.indicatorId === "re-referrals-12m")
    .map((o) => [o.area, o.period.label, o.value, o.numerator, o.denominator]);
const codes = (r: ReturnType<typeof parseEesCsv>) => r.issues.map((i) => [i.code, i.row, i.column]);

describe("EES files from other years and other hands", () => {
  it("reads next year's table with new columns in the middle and at the end, without warnings", () => {
    const header = EES_HEADER.replace("referral_count,", "referral_count,referral_rate_per_10000,").concat(
      ",rereferral_within_6_months_percent,data_quality_flag",
    );
    const row = WILTSHIRE.replace(",3000,", ",3000,260.4,").concat(",9.5,provisional");
    const r = parseEesCsv(`${header}\n${row.replace(/^2025/, "2026")}`, { file: "c1_2026.csv" });
    expect(reReferrals(r)).toEqual([["865", "2025/26", 20, 600, 3000]]);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual({ total: 1, used: 1, excluded: 0 });
  });

  it("recognises the table when next year's file respells the columns it is known by, and says so", () => {
    const header = EES_HEADER.replace("rereferral_count", "re_referral_count").replace(
      "rereferral_percent",
      "re_referral_percent",
    );
    const r = parseEesCsv(`${header}\n${WILTSHIRE}`, { file: "c1_2026.csv" });
    expect(reReferrals(r)).toEqual([["865", "2024/25", 20, 600, 3000]]);
    expect(codes(r).sort()).toEqual([
      ["renamed-column", 1, "re_referral_count"],
      ["renamed-column", 1, "re_referral_percent"],
    ]);
  });

  it.each([
    ["CRLF", "\r\n"],
    ["CR", "\r"],
    ["LF", "\n"],
  ])("reads %s line ends, and a byte-order mark, with the same row numbers", (_, eol) => {
    const text = `\uFEFF${EES_HEADER}${eol}${WILTSHIRE}${eol}${WILTSHIRE.replace(",865,E06000054,Wiltshire,", ",866,E06000030,Swindon,")}${eol}`;
    const r = parseEesCsv(text, { file: "c1.csv" });
    expect(reReferrals(r).map((o) => o[0])).toEqual(["865", "866"]);
    expect(r.observations.find((o) => o.area === "866")?.source).toBe("c1.csv row 3");
    expect(r.rows).toEqual({ total: 2, used: 2, excluded: 0 });
  });

  it("does not count trailing blank lines or the comma-only lines spreadsheets leave as rows", () => {
    const r = parseEesCsv(`${EES_HEADER}\n${WILTSHIRE}\n\n,,,,,,,,,,,,,,,,\r\n ,  ,\n\n`, { file: "c1.csv" });
    expect(r.rows).toEqual({ total: 1, used: 1, excluded: 0 });
    expect(r.issues).toEqual([]);
  });

  it("reads a tab-separated save", () => {
    const tsv = `${EES_HEADER}\n${WILTSHIRE}`.replaceAll(",", "\t");
    const r = parseEesCsv(tsv, { file: "c1.tsv" });
    expect(reReferrals(r)).toEqual([["865", "2024/25", 20, 600, 3000]]);
  });

  it("refuses a semicolon-separated save (decimal commas) with one error, every row excluded", () => {
    const text = `${EES_HEADER.replaceAll(",", ";")}\n${WILTSHIRE.replaceAll(",", ";").replace(";20;", ";20,0;")}`;
    const r = parseEesCsv(text, { file: "c1.csv" });
    expect(r.observations).toEqual([]);
    expect(codes(r)).toEqual([["semicolon-separated", 1, 1]]);
    expect(r.issues[0]?.file).toBe("c1.csv");
    expect(r.rows).toEqual({ total: 1, used: 0, excluded: 1 });
  });

  it("places rows that have only an LA name, however it is punctuated, and reports a district", () => {
    const row = (name: string) =>
      `2025,Reporting year,Local authority,E92000001,England,,,,,${name},100,10,10,1,1,1,1`;
    const names = [
      "St. Helens",
      "Telford & Wrekin",
      '"Bristol, City of"',
      "Herefordshire",
      "King's Lynn and West Norfolk",
      "Southend-on-Sea",
    ];
    const r = parseEesCsv([EES_HEADER, ...names.map(row)].join("\n"), { file: "names.csv" });
    expect(reReferrals(r).map((o) => o[0])).toEqual(["342", "894", "801", "884", "882"]);
    expect(r.issues.filter((i) => i.code === "area-matched-by-name").map((i) => i.row)).toEqual([
      2, 3, 4, 5, 7,
    ]);
    // King's Lynn is a district council, not a children's services authority.
    const lynn = r.issues.find((i) => i.code === "unknown-area");
    expect([lynn?.row, lynn?.column, lynn?.file, lynn?.message]).toEqual([
      6,
      "la_name",
      "names.csv",
      'No area is called "King\'s Lynn and West Norfolk".',
    ]);
    expect(r.rows).toEqual({ total: 6, used: 5, excluded: 1 });
  });
});

describe("LAIT exports from other hands", () => {
  it("reads figures written with trailing zeros, CRLF line ends and trailing blank lines", () => {
    const text = [
      LAIT_HEADER,
      "Work_Force_AvgNumCase_SW,2025,342,St. Helens,12.30",
      "Work_Force_AvgNumCase_SW,2025,894,Telford & Wrekin,15.0",
      'Work_Force_AvgNumCase_SW,2025,801,"Bristol, City of",16.250',
      "",
      "",
    ].join("\r\n");
    const r = parseLaitExport(text, { file: "caseloads.csv" });
    expect(r.observations.map((o) => [o.indicatorId, o.area, o.period.label, o.value])).toEqual([
      ["sw-caseload", "342", "30 Sep 2025", 12.3],
      ["sw-caseload", "894", "30 Sep 2025", 15],
      ["sw-caseload", "801", "30 Sep 2025", 16.25],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual({ total: 3, used: 3, excluded: 0 });
  });

  it("places rows without an LA number by name (St Helens, Telford and Wrekin), with a warning per row", () => {
    const text = `${LAIT_HEADER}\nReReferral,2025,,St Helens,21.40\nReReferral,2025,,Telford and Wrekin,19.0\n`;
    const r = parseLaitExport(text, { file: "l.csv" });
    expect(r.observations.map((o) => [o.area, o.value])).toEqual([
      ["342", 21.4],
      ["894", 19],
    ]);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["area-matched-by-name", 2, "area_name"],
      ["area-matched-by-name", 3, "area_name"],
    ]);
  });

  it("reads the one-measure wide layout with CRLF, a title line, thousands separators and trailing zeros", () => {
    const text = [
      "Average number of cases per children and family social worker (based on FTE counts)",
      "LA Number,LA and Regions,2024,2025,Latest Rank",
      '342,St. Helens,12.30,"1,234.50",5',
      "970,England,15.80,15.20,",
      ",,,,",
      "",
    ].join("\r\n");
    const r = parseLaitExport(text, { file: "wide.csv" });
    expect(r.observations.map((o) => [o.area, o.period.label, o.value])).toEqual([
      ["342", "30 Sep 2024", 12.3],
      ["342", "30 Sep 2025", 1234.5],
      ["970", "30 Sep 2024", 15.8],
      ["970", "30 Sep 2025", 15.2],
    ]);
    expect(r.rows).toEqual({ total: 2, used: 2, excluded: 0 });
  });

  it("refuses a semicolon-separated export with one error", () => {
    const r = parseLaitExport(`${LAIT_HEADER.replaceAll(",", ";")}\nReReferral;2025;865;Wiltshire;19,9`, {
      file: "l.csv",
    });
    expect(r.observations).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.file])).toEqual([["semicolon-separated", "l.csv"]]);
    expect(r.rows).toEqual({ total: 1, used: 0, excluded: 1 });
  });
});
