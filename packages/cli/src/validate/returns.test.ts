import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCinCensusXml, checkSsda903Table, ssda903TableOf } from "./returns.js";
import { scanXml } from "./xml-scan.js";

const data = resolve(__dirname, "../../../../../shared/data/returns");

describe("scanXml", () => {
  it("lists element paths", () => {
    expect(scanXml("<a><b>1</b></a>", "x.xml").elements.map((e) => e.path)).toEqual(["a", "a/b"]);
  });
  it("refuses DOCTYPE and ENTITY without expanding anything", () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<a>&lol;</a>';
    expect(scanXml(bomb, "x.xml").issues).toEqual([
      expect.objectContaining({ code: "xml-doctype-refused", row: 2, column: 1 }),
    ]);
  });
  it.each([
    ["<a><b></a>", "xml-mismatched-tag", 1, 7],
    ["<a>\n  <b>x &nbsp; y</b>\n</a>", "xml-bad-entity", 2, 8],
    ["<a>\n<b x=1>t</b></a>", "xml-bad-attribute", 2, 4],
    ["<a>", "xml-unclosed-element", 1, 1],
    ["<a/><b/>", "xml-second-root", 1, 5],
  ])("%j gives %s at %i:%i", (xml, code, row, column) => {
    expect(scanXml(xml, "x.xml").issues[0]).toMatchObject({ code, row, column });
  });
});

describe("checkCinCensusXml", () => {
  it("passes the fake CIN census", () => {
    const text = readFileSync(resolve(data, "cin/fake_CIN_data.xml"), "utf8");
    expect(checkCinCensusXml(text, "fake.xml").filter((i) => i.severity !== "warning")).toEqual([]);
  });
  it("finds the stray text and bad dates in the header-issues file, without quoting values", () => {
    const text = readFileSync(resolve(data, "cin/CIN_header_issues_100.xml"), "utf8");
    const issues = checkCinCensusXml(text, "h.xml");
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "xml-stray-text", row: 19, severity: "warning" }),
    );
    for (const i of issues) expect(i.message).not.toMatch(/DfEX|\d{4}-\d{2}-\d{2}/);
  });
  it("reports a missing header element and a child without identifiers", () => {
    const xml =
      "<Message><Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header><Children><Child><CINdetails/></Child></Children></Message>";
    const codes = checkCinCensusXml(xml, "m.xml").map((i) => `${i.code}:${i.message}`);
    expect(codes).toContain("cin-missing-element:missing <Year> in Message/Header/CollectionDetails");
    expect(codes).toContain("cin-missing-element:missing <LEA> in Message/Header/Source");
    expect(codes).toContain("cin-child-missing:child 1: missing <LAchildID>");
  });
});

describe("SSDA903 tables", () => {
  it("recognises tables by their columns", () => {
    expect(
      ssda903TableOf([
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN",
      ]),
    ).toBe("episodes");
    expect(ssda903TableOf(["CHILD", "SEX", "DOB", "DUC"])).toBe("uasc");
    expect(ssda903TableOf(["indicator", "period", "value"])).toBeUndefined();
  });
  it("reports missing columns, short rows and impossible dates by row and column", () => {
    const issues = checkSsda903Table(
      ["CHILD", "DOB", "REVIEW"],
      [
        { row: 2, cells: ["1", "31/02/2010", "01/01/2020"] },
        { row: 3, cells: ["", "01/01/2010"] },
      ],
      "r.csv",
    );
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["ssda903-missing-column", 1, "REVIEW_CODE"],
      ["ssda903-bad-date", 2, "DOB"],
      ["ssda903-row-length", 3, 3],
      ["ssda903-missing-child", 3, "CHILD"],
    ]);
  });
});
