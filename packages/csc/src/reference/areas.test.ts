import { describe, expect, it } from "vitest";
import { getArea, listAreas } from "./areas.js";

describe("listAreas", () => {
  it("lists the 153 current LAs, 158 with legacy ones, the regions and England (JSDoc examples)", () => {
    expect(listAreas().length).toBe(153);
    expect(listAreas({ includeLegacy: true }).length).toBe(158);
    expect(
      listAreas({ kind: "region" })
        .map((a) => a.code)
        .join(","),
    ).toBe("980,981,982,983,984,985,986,987,988,989,990");
    expect(listAreas({ kind: "england" }).map((a) => a.onsCode)).toEqual(["E92000001"]);
    expect(listAreas({ kind: "all", includeLegacy: true }).length).toBe(170);
  });
});

describe("getArea", () => {
  it.each([
    ["865", "865"],
    ["E06000054", "865"],
    ["E10000002", "825"], // Buckinghamshire before 2020
    ["E10000023", "815"], // North Yorkshire before 2023
    ["E10000027", "933"], // Somerset before 2023
    ["E08000038", "370"], // Barnsley's 2024 boundary-change code
    ["E10000021", "928"], // Northamptonshire (legacy)
    ["E10000006", "909"], // Cumbria (legacy)
    ["e06000054", "865"],
    ["970", "970"],
    ["E13000001", "987"],
  ])("%s -> %s", (code, expected) => expect(getArea(code)?.code).toBe(expected));

  it("returns undefined for unknown codes (JSDoc example)", () => {
    expect(getArea("999")).toBeUndefined();
    expect(getArea("865")?.name).toBe("Wiltshire");
    expect(getArea("E10000002")?.code).toBe("825");
  });

  it("knows the legacy LAs' successors and London sub-regions", () => {
    expect(getArea("928")?.successors).toEqual(["940", "941"]);
    expect(getArea("909")?.successors).toEqual(["942", "943"]);
    expect(getArea("836")?.successors).toEqual(["839"]);
    expect(getArea("202")?.subregionCode).toBe("987");
    expect(getArea("302")?.subregionCode).toBe("988");
    expect(getArea("987")?.parentCode).toBe("986");
  });
});
