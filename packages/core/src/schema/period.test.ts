import { describe, expect, it } from "vitest";
import { periodSchema } from "./period.js";

const fy = {
  kind: "financial-year",
  startYear: 2019,
  start: "2019-04-01",
  end: "2020-03-31",
  label: "2019/20",
};

describe("periodSchema", () => {
  it("JSDoc example", () => {
    expect(
      periodSchema.safeParse({
        kind: "calendar-year",
        year: 2024,
        start: "2024-01-01",
        end: "2024-12-31",
        label: "2024",
      }).success,
    ).toBe(true);
  });

  it.each([
    ["financial year", fy, true],
    [
      "quarter",
      {
        kind: "financial-quarter",
        startYear: 2020,
        quarter: 1,
        start: "2020-04-01",
        end: "2020-06-30",
        label: "Q1 2020/21",
      },
      true,
    ],
    [
      "quarter 5",
      {
        kind: "financial-quarter",
        startYear: 2020,
        quarter: 5,
        start: "2020-04-01",
        end: "2020-06-30",
        label: "Q5",
      },
      false,
    ],
    [
      "month",
      { kind: "month", year: 2020, month: 8, start: "2020-08-01", end: "2020-08-31", label: "Aug 2020" },
      true,
    ],
    [
      "month 13",
      { kind: "month", year: 2020, month: 13, start: "2020-08-01", end: "2020-08-31", label: "x" },
      false,
    ],
    [
      "snapshot",
      {
        kind: "snapshot",
        date: "2019-03-31",
        census: "cla",
        start: "2019-03-31",
        end: "2019-03-31",
        label: "31 Mar 2019",
      },
      true,
    ],
    [
      "snapshot bad census",
      {
        kind: "snapshot",
        date: "2019-03-31",
        census: "903",
        start: "2019-03-31",
        end: "2019-03-31",
        label: "x",
      },
      false,
    ],
    [
      "rolling",
      { kind: "rolling", months: 12, start: "2019-09-01", end: "2020-08-31", label: "12 months to Aug 2020" },
      true,
    ],
    [
      "multi-year",
      {
        kind: "multi-year",
        startYear: 2016,
        years: 3,
        yearType: "financial",
        start: "2016-04-01",
        end: "2019-03-31",
        label: "2016-19",
      },
      true,
    ],
    [
      "year-to-date",
      {
        kind: "year-to-date",
        startYear: 2020,
        start: "2020-04-01",
        end: "2020-08-31",
        label: "YTD Aug 2020",
      },
      true,
    ],
    [
      "academic",
      { kind: "academic-year", startYear: 2023, start: "2023-09-01", end: "2024-08-31", label: "2023/24" },
      true,
    ],
    ["unknown kind", { ...fy, kind: "fiscal-year" }, false],
    ["30 February", { ...fy, end: "2020-02-30" }, false],
    ["UK date format", { ...fy, start: "01/04/2019" }, false],
    ["date-time", { ...fy, start: "2019-04-01T00:00:00Z" }, false],
    ["start after end", { ...fy, start: "2020-04-01" }, false],
    ["missing label", { ...fy, label: undefined }, false],
  ])("%s → %s", (_name, value, ok) => {
    expect(periodSchema.safeParse(value).success).toBe(ok);
  });

  it("says which date is wrong when start is after end", () => {
    const r = periodSchema.safeParse({ ...fy, start: "2020-04-01" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["end"]);
    expect(r.error?.issues[0]?.message).toBe("The period's start date is after its end date");
  });
});
