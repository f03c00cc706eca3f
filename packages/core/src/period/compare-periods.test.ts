import { describe, expect, it } from "vitest";
import { comparePeriods, periodsOverlap } from "./compare-periods.js";
import { financialQuarter, financialYear, month, snapshot } from "./constructors.js";
import { parsePeriod } from "./parse-period.js";
import { periodKey } from "./period-key.js";

describe("comparePeriods", () => {
  it("JSDoc example: by end date, then the longer period first", () => {
    expect(
      [financialYear(2020), financialQuarter(2019, 4), financialYear(2019)]
        .sort(comparePeriods)
        .map((p) => p.label),
    ).toEqual(["2019/20", "Q4 2019/20", "2020/21"]);
  });
  it("is 0 only for the same period and antisymmetric", () => {
    expect(comparePeriods(month(2020, 3), month(2020, 3))).toBe(0);
    expect(comparePeriods(month(2020, 3), snapshot("2020-03-31"))).toBe(
      -comparePeriods(snapshot("2020-03-31"), month(2020, 3)),
    );
    expect(comparePeriods(month(2020, 3), snapshot("2020-03-31"))).toBe(-1);
  });
});

describe("periodsOverlap", () => {
  it.each([
    [financialYear(2019), month(2020, 3), true],
    [financialYear(2019), month(2020, 4), false],
    [financialYear(2019), snapshot("2020-03-31"), true],
    [financialQuarter(2020, 1), financialQuarter(2020, 2), false],
  ])("%o and %o → %s", (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});

describe("periodKey", () => {
  it("JSDoc example", () => {
    expect(periodKey(financialYear(2019))).toBe("financial-year:2019-04-01/2020-03-31");
  });
  it("gives one key to every way of writing a period", () => {
    const keys = ["2019/20", "Year End 19/20", "FY 2019-20", "CIN Census 19/20", "in 19/20", "201920"].map(
      (l) => {
        const r = parsePeriod(l);
        return r.ok ? periodKey(r.period) : l;
      },
    );
    expect(new Set(keys)).toEqual(new Set(["financial-year:2019-04-01/2020-03-31"]));
  });
  it("tells a month from a snapshot on its last day", () => {
    expect(periodKey(month(2020, 3))).not.toBe(periodKey(snapshot("2020-03-31")));
  });
});
