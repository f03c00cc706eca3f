import { describe, expect, it } from "vitest";
import { checkSsda903Table, ssda903TableOf } from "./ssda903.js";

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
