import { describe, expect, it } from "vitest";
import { isKpikitError } from "../errors.js";
import {
  academicYear,
  calendarYear,
  financialQuarter,
  financialYear,
  month,
  multiYear,
  rolling,
  snapshot,
  yearToDate,
} from "./constructors.js";

describe("period constructors (JSDoc examples)", () => {
  it("financialYear", () => {
    expect(financialYear(2019)).toEqual({
      kind: "financial-year",
      startYear: 2019,
      start: "2019-04-01",
      end: "2020-03-31",
      label: "2019/20",
    });
  });
  it("financialQuarter", () => {
    expect(financialQuarter(2020, 1)).toEqual({
      kind: "financial-quarter",
      startYear: 2020,
      quarter: 1,
      start: "2020-04-01",
      end: "2020-06-30",
      label: "Q1 2020/21",
    });
  });
  it("month", () => {
    expect(month(2020, 8)).toEqual({
      kind: "month",
      year: 2020,
      month: 8,
      start: "2020-08-01",
      end: "2020-08-31",
      label: "Aug 2020",
    });
  });
  it("snapshot", () => {
    expect(snapshot("2020-03-31", "cla")).toEqual({
      kind: "snapshot",
      date: "2020-03-31",
      start: "2020-03-31",
      end: "2020-03-31",
      label: "31 Mar 2020",
      census: "cla",
    });
  });
  it("calendarYear", () => {
    expect(calendarYear(2019)).toEqual({
      kind: "calendar-year",
      year: 2019,
      start: "2019-01-01",
      end: "2019-12-31",
      label: "2019",
    });
  });
  it("academicYear", () => {
    expect(academicYear(2023)).toEqual({
      kind: "academic-year",
      startYear: 2023,
      start: "2023-09-01",
      end: "2024-08-31",
      label: "Academic year 2023/24",
    });
  });
  it("rolling", () => {
    expect(rolling("2020-08-31", 12)).toEqual({
      kind: "rolling",
      months: 12,
      start: "2019-09-01",
      end: "2020-08-31",
      label: "12 months to Aug 2020",
    });
  });
  it("multiYear", () => {
    expect(multiYear(2016, 3)).toEqual({
      kind: "multi-year",
      startYear: 2016,
      years: 3,
      yearType: "financial",
      start: "2016-04-01",
      end: "2019-03-31",
      label: "2016/17 to 2018/19",
    });
  });
  it("yearToDate", () => {
    expect(yearToDate(2020, "2020-08-31")).toEqual({
      kind: "year-to-date",
      startYear: 2020,
      start: "2020-04-01",
      end: "2020-08-31",
      label: "YTD Aug 2020",
    });
  });
});

describe("period constructors: edges", () => {
  it.each([
    [1, "2020-04-01", "2020-06-30"],
    [2, "2020-07-01", "2020-09-30"],
    [3, "2020-10-01", "2020-12-31"],
    [4, "2021-01-01", "2021-03-31"],
  ] as const)("Q%i 2020/21 runs %s to %s", (q, start, end) => {
    expect([financialQuarter(2020, q).start, financialQuarter(2020, q).end]).toEqual([start, end]);
  });
  it("handles leap Februaries", () => {
    expect(month(2020, 2).end).toBe("2020-02-29");
    expect(month(2100, 2).end).toBe("2100-02-28");
    expect(month(2000, 2).end).toBe("2000-02-29");
    expect(rolling("2024-02-10", 1)).toMatchObject({ start: "2024-02-01", end: "2024-02-29" });
  });
  it("labels a century-crossing year pair", () => {
    expect(financialYear(1999).label).toBe("1999/00");
  });
  it("labels a year to date that stops mid-month with its day", () => {
    expect(yearToDate(2020, "2021-01-15").label).toBe("YTD 15 Jan 2021");
  });
  it.each([
    ["financialYear(19)", () => financialYear(19)],
    ["financialQuarter(2020, 5)", () => financialQuarter(2020, 5 as 1)],
    ["month(2020, 13)", () => month(2020, 13)],
    ["snapshot('2020-02-30')", () => snapshot("2020-02-30")],
    ["rolling(.., 0)", () => rolling("2020-08-31", 0)],
    ["multiYear(2016, 1)", () => multiYear(2016, 1)],
    ["yearToDate outside the year", () => yearToDate(2020, "2021-04-01")],
  ])("%s throws a kpikitError", (_name, make) => {
    let caught: unknown;
    try {
      make();
    } catch (error) {
      caught = error;
    }
    expect(isKpikitError(caught)).toBe(true);
  });
});
