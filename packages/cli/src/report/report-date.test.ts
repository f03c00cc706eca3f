import { financialYear, type Observation } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { checkToday, planDay, reportDate } from "./report-date.js";

const figure = (area: string, startYear: number): Observation => ({
  indicatorId: "re-referrals-12m",
  area,
  period: financialYear(startYear),
  value: 20,
  status: "ok",
});

describe("the report's date and the plan's day", () => {
  it.each([
    ["--today given", "2021-01-19", new Date(2026, 11, 2, 9), "2021-01-19"],
    ["no --today: the clock's local day", undefined, new Date(2026, 11, 2, 9), "2026-12-02"],
    [
      "no --today, first of a month, just after midnight",
      undefined,
      new Date(2025, 3, 1, 0, 5),
      "2025-04-01",
    ],
    ["no --today, last minute of the year", undefined, new Date(2024, 11, 31, 23, 59), "2024-12-31"],
  ])("reportDate: %s", (_case, today, now, expected) => {
    expect(reportDate(today, now)).toBe(expected);
  });

  it.each([
    ["--today given", "2021-01-19", undefined, "2021-01-19"],
    ["the end of the LA's latest figure", undefined, undefined, "2024-03-31"],
    ["the latest figure up to the as-at period", undefined, financialYear(2021), "2022-03-31"],
  ])("planDay: %s", (_case, today, asAt, expected) => {
    const observations = [figure("865", 2019), figure("865", 2021), figure("865", 2023), figure("970", 2024)];
    expect(planDay(today, observations, "865", asAt)).toBe(expected);
  });

  it.each(["19/01/2021", "2021-1-19", "today"])("checkToday refuses %s (exit 2)", (text) => {
    expect(() => checkToday(text)).toThrow(/write the date as YYYY-MM-DD/);
  });
});
