import { academicYear, calendarYear, financialYear, multiYear, snapshot } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { laitPeriod } from "./lait-period.js";

describe("laitPeriod", () => {
  it("JSDoc examples", () => {
    expect(laitPeriod("Financial Year", "2025")?.label).toBe("2024/25");
    expect(laitPeriod("Annual", "2025")?.label).toBe("31 Mar 2025");
    expect(laitPeriod("Annual (end of Sept)", "2024")?.label).toBe("30 Sep 2024");
    expect(laitPeriod("Financial Year", "2016-19")?.kind).toBe("multi-year");
  });

  it.each([
    ["Financial Year", "2016", financialYear(2015)],
    ["Annual", "2016", snapshot("2016-03-31")],
    ["Annual (end of Sept)", "2017", snapshot("2017-09-30")],
    ["Academic Year", "2024", academicYear(2023)],
    ["Calendar Year", "2024", calendarYear(2024)],
    ["Financial Year", "2016-19", multiYear(2016, 3)],
    ["Financial Year", "2016-2019", multiYear(2016, 3)],
    ["Financial Year", "2024-25", financialYear(2024)],
  ])("%s %s", (type, label, expected) => expect(laitPeriod(type, label)).toEqual(expected));

  it("gives undefined for labels it cannot read", () => {
    expect(laitPeriod("Financial Year", "last year")).toBeUndefined();
    expect(laitPeriod("Fortnightly", "2024")).toBeUndefined();
  });
});
