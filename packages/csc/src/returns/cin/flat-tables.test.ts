import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCinCensusTables, parseCinCensusXml } from "../parse-cin-census-xml.js";
import { flatModuleOf } from "./flat-tables.js";

const returns = fileURLToPath(new URL("../../../../../data/returns/cin/", import.meta.url));
const flat = readdirSync(join(returns, "flat_csv"))
  .sort()
  .map((n) => ({ name: `flat_csv/${n}`, text: readFileSync(join(returns, "flat_csv", n), "utf8") }));

describe("a CIN census as flat CSV tables", () => {
  it.each([
    [",LAchildID,CINdetailsID,CINreferralDate,ReferralSource", "details"],
    [",LAchildID,UPN,FormerUPN,PersonBirthDate", "identifiers"],
    [",LAchildID,Ethnicity", "characteristics"],
    [",Collection,Year,ReferenceDate,LEA", "header"],
    [",LAchildID,CINdetailsID,CPPID,CPPreviewDate", "reviews"],
    ["indicator,period,value", null],
  ])("%s → %s", (head, module) => {
    expect(flatModuleOf(head.split(","))).toBe(module);
  });

  it("reads the flattened fake census as the XML it came from: the same children, referrals and header", () => {
    const tables = parseCinCensusTables(flat);
    const xml = parseCinCensusXml(readFileSync(join(returns, "fake_CIN_data.xml"), "utf8"));
    expect(tables.children.length).toBe(332);
    expect(tables.header).toMatchObject({ year: 2022, la: "975", referenceDate: "2022-07-21" });
    const strip = (r: typeof xml) =>
      r.children.map((c) => ({
        identifiers: c.identifiers,
        ethnicity: c.characteristics.ethnicity,
        details: c.details.map((d) => [d.referralDate, d.referralSource, d.closureDate, d.referralNfa]),
      }));
    expect(strip(tables)).toEqual(strip(xml));
    // The same problems, located in the tables: the reference date at FakeHeader.csv line 2.
    expect(tables.issues.map((i) => i.code).sort()).toEqual(xml.issues.map((i) => i.code).sort());
    expect(tables.issues.find((i) => i.code === "cin-header-reference-date")).toMatchObject({
      file: "flat_csv/FakeHeader.csv",
      row: 2,
      column: 4,
    });
  });

  it("names each table's file, line and column in its issues", () => {
    const r = parseCinCensusTables([
      { name: "header.csv", text: ",Collection,Year,ReferenceDate,LEA\n0,CIN,2024,2024-03-31,865\n" },
      { name: "identifiers.csv", text: ",LAchildID,PersonBirthDate,Sex\n0,X1,2015-01-02,F\n" },
      { name: "characteristics.csv", text: ",LAchildID,Ethnicity\n0,X1,WBRI\n" },
      {
        name: "details.csv",
        text: ",LAchildID,CINdetailsID,CINreferralDate,ReferralSource,ReferralNFA\n0,X1,1,2023-06-01,ZZ,false\n",
      },
    ]);
    expect(r.children).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.file, i.row, i.column])).toEqual([
      ["cin-invalid-code", "details.csv", 2, 5],
    ]);
    expect(r.issues[0]?.message).not.toMatch(/X1|ZZ/);
  });
});
