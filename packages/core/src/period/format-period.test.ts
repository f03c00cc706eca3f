import { describe, expect, it } from "vitest";
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
import { formatPeriod } from "./format-period.js";
import type { Period } from "./types.js";

describe("formatPeriod", () => {
  it("JSDoc examples", () => {
    expect(formatPeriod(financialQuarter(2020, 1), "short")).toBe("Q1 20/21");
    expect(formatPeriod(financialYear(2019, "cin"), "long")).toBe(
      "April 2019 to March 2020 (CIN census year)",
    );
  });
  it.each<[Period, string, string, string]>([
    [financialYear(2019), "2019/20", "2019/20", "April 2019 to March 2020"],
    [financialQuarter(2020, 4), "Q4 2020/21", "Q4 20/21", "January to March 2021"],
    [month(2020, 8), "Aug 2020", "Aug-20", "August 2020"],
    [snapshot("2020-03-31", "cla"), "31 Mar 2020", "31/03/2020", "31 March 2020 (CLA census date)"],
    [calendarYear(2019), "2019", "2019", "January to December 2019"],
    [academicYear(2023), "Academic year 2023/24", "AY 2023/24", "September 2023 to August 2024"],
    [
      rolling("2020-08-31", 12),
      "12 months to Aug 2020",
      "12m to Aug-20",
      "12 months, September 2019 to August 2020",
    ],
    [multiYear(2016, 3), "2016/17 to 2018/19", "2016-19", "3 years, April 2016 to March 2019"],
    [yearToDate(2020, "2020-08-31"), "YTD Aug 2020", "YTD Aug-20", "April to August 2020 (year to date)"],
    [
      yearToDate(2020, "2021-01-15"),
      "YTD 15 Jan 2021",
      "YTD 15/01/2021",
      "1 April 2020 to 15 January 2021 (year to date)",
    ],
  ])("%o", (p, canonical, short, long) => {
    expect([formatPeriod(p), formatPeriod(p, "short"), formatPeriod(p, "long")]).toEqual([
      canonical,
      short,
      long,
    ]);
  });
});
