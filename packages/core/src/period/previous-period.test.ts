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
import { previousPeriod, samePeriodLastYear } from "./previous-period.js";
import type { Period } from "./types.js";

describe("previousPeriod and samePeriodLastYear", () => {
  it.each<[Period, string, string]>([
    [financialYear(2019), "2018/19", "2018/19"],
    [financialQuarter(2020, 1), "Q4 2019/20", "Q1 2019/20"],
    [financialQuarter(2020, 3), "Q2 2020/21", "Q3 2019/20"],
    [month(2020, 1), "Dec 2019", "Jan 2019"],
    [month(2020, 8), "Jul 2020", "Aug 2019"],
    [snapshot("2020-03-31"), "31 Mar 2019", "31 Mar 2019"],
    [snapshot("2020-02-29"), "28 Feb 2019", "28 Feb 2019"],
    [calendarYear(2019), "2018", "2018"],
    [academicYear(2023), "Academic year 2022/23", "Academic year 2022/23"],
    [rolling("2020-08-31", 12), "12 months to Aug 2019", "12 months to Aug 2019"],
    [rolling("2020-08-31", 3), "3 months to May 2020", "3 months to Aug 2019"],
    [multiYear(2017, 3), "2016/17 to 2018/19", "2016/17 to 2018/19"],
    [yearToDate(2020, "2021-02-28"), "YTD Feb 2020", "YTD Feb 2020"],
    [yearToDate(2020, "2020-08-15"), "YTD 15 Aug 2019", "YTD 15 Aug 2019"],
  ])("%o → %s / %s", (p, previous, lastYear) => {
    expect(previousPeriod(p).label).toBe(previous);
    expect(samePeriodLastYear(p).label).toBe(lastYear);
  });
  it("keeps a census tag", () => {
    expect(previousPeriod(financialYear(2019, "cin"))).toEqual(financialYear(2018, "cin"));
    expect(previousPeriod(snapshot("2020-03-31", "cla"))).toEqual(snapshot("2019-03-31", "cla"));
  });
  it("JSDoc examples", () => {
    expect(samePeriodLastYear(financialQuarter(2020, 1)).label).toBe("Q1 2019/20");
    expect(previousPeriod(financialQuarter(2020, 1)).label).toBe("Q4 2019/20");
    expect(previousPeriod(multiYear(2017, 3)).label).toBe("2016/17 to 2018/19");
  });
  it("a YTD to the end of Feb 2021 compares with the end of Feb 2020 (a leap year)", () => {
    expect(samePeriodLastYear(yearToDate(2020, "2021-02-28")).end).toBe("2020-02-29");
  });
});
