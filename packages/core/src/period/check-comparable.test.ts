import { describe, expect, it } from "vitest";
import { checkComparable } from "./check-comparable.js";
import {
  academicYear,
  financialQuarter,
  financialYear,
  month,
  multiYear,
  rolling,
  snapshot,
  yearToDate,
} from "./constructors.js";
import { samePeriodLastYear } from "./previous-period.js";
import type { Period } from "./types.js";

describe("checkComparable", () => {
  it("JSDoc examples", () => {
    expect(checkComparable(financialQuarter(2020, 1), financialYear(2019))).toEqual({
      comparable: false,
      reason:
        "Q1 2020/21 is a quarter (3 months) and 2019/20 is a financial year (12 months): they cover different lengths of time.",
    });
    expect(checkComparable(financialYear(2020), financialYear(2019))).toEqual({ comparable: true });
  });
  it.each<[Period, Period, boolean]>([
    [financialQuarter(2020, 1), financialQuarter(2019, 4), true],
    [month(2020, 8), month(2020, 7), true],
    [rolling("2020-08-31", 12), financialYear(2019), true],
    [academicYear(2019), financialYear(2019), true],
    [month(2020, 8), financialQuarter(2020, 2), false],
    [snapshot("2020-03-31"), snapshot("2019-03-31"), true],
    [snapshot("2020-03-31", "cla"), snapshot("2019-03-31"), true],
    [snapshot("2020-03-31"), snapshot("2020-09-30"), false],
    [snapshot("2020-03-31"), financialYear(2019), false],
    [multiYear(2017, 3), multiYear(2016, 3), true],
    [multiYear(2017, 3), financialYear(2019), false],
    [yearToDate(2020, "2020-08-31"), yearToDate(2019, "2019-08-31"), true],
    [yearToDate(2020, "2020-08-31"), yearToDate(2019, "2019-07-31"), false],
    [yearToDate(2020, "2020-08-15"), yearToDate(2019, "2019-08-15"), true],
    [yearToDate(2020, "2020-08-15"), yearToDate(2019, "2019-08-31"), false],
    [yearToDate(2020, "2021-03-31"), financialYear(2019), true],
  ])("%o vs %o → %s", (a, b, expected) => {
    const r = checkComparable(a, b);
    expect(r.comparable).toBe(expected);
    expect(checkComparable(b, a).comparable).toBe(expected);
    if (!r.comparable) expect(r.reason).toContain(a.label);
  });
  it("explains a snapshot against a flow", () => {
    const r = checkComparable(snapshot("2020-03-31"), financialYear(2019));
    expect(r.comparable ? "" : r.reason).toBe(
      "31 Mar 2020 is a snapshot on one day and 2019/20 is a financial year (12 months): a count on one day is not compared with a figure over a period.",
    );
  });

  it("compares a leap-day snapshot with the same month end a year before, as samePeriodLastYear gives it", () => {
    const leap = snapshot("2020-02-29");
    expect(samePeriodLastYear(leap)).toEqual(snapshot("2019-02-28"));
    expect(checkComparable(leap, samePeriodLastYear(leap))).toEqual({ comparable: true });
    expect(checkComparable(snapshot("2020-02-28"), snapshot("2019-02-28"))).toEqual({ comparable: true });
    expect(checkComparable(snapshot("2020-02-28"), snapshot("2021-02-28")).comparable).toBe(true);
    // 28 Feb in a leap year is not the month end: not the same day as 29 Feb.
    expect(checkComparable(snapshot("2020-02-28"), snapshot("2020-02-29")).comparable).toBe(false);
    expect(checkComparable(snapshot("2020-03-30"), snapshot("2019-03-31")).comparable).toBe(false);
  });
});
