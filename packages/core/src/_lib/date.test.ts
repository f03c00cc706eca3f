import { describe, expect, it } from "vitest";
import { addMonths, dayNumber, fromDayNumber, isoDayNumber, isoFromDayNumber, weekday } from "./date.js";

describe("day numbers", () => {
  it("agree with UTC milliseconds for every day 1899–2101 and round-trip", () => {
    const day = 86_400_000;
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += day) {
      const d = new Date(t);
      const n = dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      expect(n).toBe(t / day);
      const iso = d.toISOString().slice(0, 10);
      expect(isoFromDayNumber(n)).toBe(iso);
      expect(isoDayNumber(iso)).toBe(n);
      expect(weekday(n)).toBe((d.getUTCDay() + 6) % 7);
    }
    expect(fromDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });
  it.each([
    "2020-02-30",
    "2019-02-29",
    "2020-13-01",
    "2020-00-10",
    "2020-1-01",
    "20200101",
    "2020-01-01T00:00",
    "abcd-ef-gh",
  ])("%s is not a date", (text) => {
    expect(Number.isNaN(isoDayNumber(text))).toBe(true);
  });
  it("adds months across years", () => {
    expect(addMonths(2020, 11, 3)).toEqual({ year: 2021, month: 2 });
    expect(addMonths(2020, 1, -1)).toEqual({ year: 2019, month: 12 });
    expect(addMonths(2020, 3, -24)).toEqual({ year: 2018, month: 3 });
  });
});
