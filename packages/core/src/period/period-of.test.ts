import { describe, expect, it } from "vitest";
import { isKpikitError } from "../errors.js";
import { financialQuarterOf, financialYearOf } from "./period-of.js";

describe("financialYearOf / financialQuarterOf", () => {
  it.each([
    ["2020-03-31", "2019/20", "Q4 2019/20"],
    ["2020-04-01", "2020/21", "Q1 2020/21"],
    ["2020-06-30", "2020/21", "Q1 2020/21"],
    ["2020-07-01", "2020/21", "Q2 2020/21"],
    ["2020-12-31", "2020/21", "Q3 2020/21"],
    ["2021-01-15", "2020/21", "Q4 2020/21"],
    ["2020-03-29", "2019/20", "Q4 2019/20"],
    ["2020-10-25", "2020/21", "Q3 2020/21"],
  ])("%s is in %s, %s", (iso, fy, q) => {
    expect(financialYearOf(iso).label).toBe(fy);
    expect(financialQuarterOf(iso).label).toBe(q);
  });
  it("throws a kpikitError for a non-date", () => {
    expect(() => financialYearOf("31/03/2020")).toThrow(/ISO date/);
    try {
      financialQuarterOf("2020-13-01");
    } catch (error) {
      expect(isKpikitError(error) && error.code).toBe("invalid-date");
    }
  });
});
