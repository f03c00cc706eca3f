import { describe, expect, it } from "vitest";
import { englandAndWalesBankHolidays } from "../_data/bank-holidays.generated.js";
import { readSharedText } from "../_test/shared-data.js";
import { isKpikitError } from "../errors.js";
import { addWorkingDays } from "./add-working-days.js";
import { isWorkingDay } from "./is-working-day.js";
import { createWorkingDayCalendar, englandAndWalesCalendar } from "./working-day-calendar.js";
import { workingDaysBetween } from "./working-days-between.js";

const feed = JSON.parse(readSharedText("reference/bank-holidays-england-and-wales_2012-2027.json")) as {
  "england-and-wales": { events: { date: string; title: string; notes: string }[] };
};
const feedDates = feed["england-and-wales"].events.map((e) => e.date);

/** Independent oracle: walk day by day in UTC milliseconds. */
function bruteForce(start: string, end: string, inclusive = false): number {
  const holidays = new Set(feedDates);
  const ms = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  const isOpen = (t: number) => {
    const d = new Date(t);
    const dow = d.getUTCDay();
    return dow !== 0 && dow !== 6 && !holidays.has(d.toISOString().slice(0, 10));
  };
  const a = ms(start);
  const b = ms(end);
  const day = 86_400_000;
  let count = 0;
  if (b >= a) {
    for (let t = inclusive ? a : a + day; t <= b; t += day) if (isOpen(t)) count++;
    return count;
  }
  for (let t = inclusive ? b : b + day; t <= a; t += day) if (isOpen(t)) count++;
  return 0 - count;
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return isKpikitError(error) ? error.code : "not-a-kpikit-error";
  }
  return undefined;
}

describe("the derived bank holiday list", () => {
  it("holds every date of the gov.uk feed, in order", () => {
    expect(englandAndWalesBankHolidays.map((h) => h.date)).toEqual([...new Set(feedDates)].sort());
    expect(englandAndWalesCalendar.holidays).toEqual([...new Set(feedDates)].sort());
  });
  it("JSDoc example: covers 2012–2027", () => {
    expect(englandAndWalesCalendar.range).toEqual({ start: "2012-01-01", end: "2027-12-31" });
  });
});

describe("isWorkingDay", () => {
  it("JSDoc example", () => {
    expect(isWorkingDay("2022-09-19")).toBe(false);
  });
  it.each(feedDates)("bank holiday %s is not a working day", (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });
  it.each([
    ["2012-06-05", "Diamond Jubilee"],
    ["2020-05-08", "VE day (moved early May)"],
    ["2022-06-02", "Spring bank holiday (moved)"],
    ["2022-06-03", "Platinum Jubilee"],
    ["2022-09-19", "State Funeral"],
    ["2023-05-08", "Coronation"],
    ["2020-12-28", "Boxing Day substitute"],
    ["2021-12-27", "Christmas Day substitute"],
    ["2021-12-28", "Boxing Day substitute"],
    ["2022-12-26", "Boxing Day (a Monday)"],
    ["2022-12-27", "Christmas Day substitute"],
    ["2026-12-28", "Boxing Day substitute"],
    ["2027-12-27", "Christmas Day substitute"],
    ["2027-12-28", "Boxing Day substitute"],
  ])("%s (%s) is a holiday", (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });
  it.each([
    ["2020-05-04", true, "the usual early-May Monday was a working day in 2020"],
    ["2022-05-30", true, "the usual late-May Monday was a working day in 2022"],
    ["2020-03-31", true, "Tuesday"],
    ["2020-03-28", false, "Saturday"],
    ["2020-03-29", false, "Sunday, clocks change"],
    ["2020-10-25", false, "Sunday, clocks change"],
    ["2020-10-26", true, "Monday after the clocks change"],
  ])("%s → %s (%s)", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe("workingDaysBetween", () => {
  it("JSDoc examples", () => {
    expect(workingDaysBetween("2020-12-24", "2020-12-29")).toBe(1);
    expect(workingDaysBetween("2020-12-24", "2020-12-29", { inclusive: true })).toBe(2);
    expect(
      workingDaysBetween("2024-12-24", "2024-12-27", {
        calendar: createWorkingDayCalendar(["2024-12-25", "2024-12-26"]),
      }),
    ).toBe(1);
  });
  it.each([
    ["2020-06-01", "2020-06-01", 0, 1, "same day"],
    ["2020-06-05", "2020-06-08", 1, 2, "Friday to Monday"],
    ["2020-06-06", "2020-06-08", 1, 1, "Saturday start"],
    ["2020-06-06", "2020-06-07", 0, 0, "weekend only"],
    ["2020-05-07", "2020-05-11", 1, 2, "over VE day Friday"],
    ["2022-06-01", "2022-06-06", 1, 2, "over the Platinum Jubilee"],
    ["2022-09-16", "2022-09-20", 1, 2, "over the State Funeral"],
    ["2023-05-05", "2023-05-09", 1, 2, "over the Coronation"],
    ["2021-12-24", "2021-12-29", 1, 2, "Christmas 2021 with two substitutes"],
    ["2022-12-23", "2022-12-28", 1, 2, "Christmas 2022"],
    ["2020-03-31", "2020-04-01", 1, 2, "over 31 March"],
    ["2019-04-01", "2020-03-31", 253, 254, "financial year 2019/20"],
    ["2020-06-08", "2020-06-05", -1, -2, "backwards: Monday to Friday"],
    [
      "2012-01-01",
      "2027-12-31",
      bruteForce("2012-01-01", "2027-12-31"),
      bruteForce("2012-01-01", "2027-12-31", true),
      "whole calendar",
    ],
  ])("%s → %s: %i (inclusive %i), %s", (start, end, expected, inclusive) => {
    expect(workingDaysBetween(start, end)).toBe(expected);
    expect(workingDaysBetween(start, end, { inclusive: true })).toBe(inclusive);
  });
  it("within 45 working days: a referral on 2020-05-01 is due by 2020-07-07", () => {
    expect(addWorkingDays("2020-05-01", 45)).toBe("2020-07-07");
    expect(workingDaysBetween("2020-05-01", "2020-07-07")).toBe(45);
    expect(workingDaysBetween("2020-05-01", "2020-07-08")).toBe(46);
  });
  it("agrees with a day-by-day count on 3,000 pseudo-random pairs, both conventions, both directions", () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const start = Date.UTC(2012, 0, 1);
    const days = Math.round((Date.UTC(2027, 11, 31) - start) / 86_400_000);
    const iso = (d: number) => new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 3000; i++) {
      const a = iso(next() % (days + 1));
      const b = iso(
        i % 3 === 0
          ? Math.min(days, (next() % 80) + Math.round((Date.parse(a) - start) / 86_400_000))
          : next() % (days + 1),
      );
      expect(workingDaysBetween(a, b)).toBe(bruteForce(a, b));
      expect(workingDaysBetween(a, b, { inclusive: true })).toBe(bruteForce(a, b, true));
      expect(workingDaysBetween(b, a)).toBe(0 - workingDaysBetween(a, b));
    }
  });
  it.each([
    ["2011-12-31", "2012-01-05"],
    ["2027-12-01", "2028-01-04"],
    ["2031-01-01", "2031-01-02"],
  ])("%s → %s is outside the calendar: an error, never a guess", (a, b) => {
    expect(codeOf(() => workingDaysBetween(a, b))).toBe("date-out-of-calendar-range");
  });
  it("names the date and the range in the error", () => {
    expect(() => workingDaysBetween("2020-01-01", "2031-01-01")).toThrow(
      "2031-01-01 is outside the England and Wales bank holidays calendar (2012-01-01 to 2027-12-31)",
    );
  });
  it.each(["2020-02-30", "31/03/2020", "2020-3-1", ""])("rejects %j as a date", (bad) => {
    expect(codeOf(() => workingDaysBetween(bad, "2020-03-31"))).toBe("invalid-date");
  });
});

describe("addWorkingDays", () => {
  it("JSDoc example", () => {
    expect(addWorkingDays("2022-12-23", 1)).toBe("2022-12-28");
  });
  it.each([
    ["2020-06-05", 1, "2020-06-08"],
    ["2020-06-06", 1, "2020-06-08"],
    ["2020-06-06", 0, "2020-06-06"],
    ["2020-06-08", -1, "2020-06-05"],
    ["2020-06-06", -1, "2020-06-05"],
    ["2020-05-07", 1, "2020-05-11"],
    ["2021-12-24", 1, "2021-12-29"],
    ["2021-12-29", -1, "2021-12-24"],
    ["2022-09-16", 1, "2022-09-20"],
    ["2023-05-05", 1, "2023-05-09"],
  ])("%s + %i → %s", (start, n, expected) => {
    expect(addWorkingDays(start, n)).toBe(expected);
  });
  it("is the inverse of workingDaysBetween for n > 0", () => {
    for (const start of ["2019-12-20", "2020-05-02", "2022-05-31", "2023-04-28"]) {
      for (let n = 1; n <= 30; n++) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
  });
  it("throws outside the calendar and for fractional days", () => {
    expect(codeOf(() => addWorkingDays("2027-12-30", 5))).toBe("date-out-of-calendar-range");
    expect(codeOf(() => addWorkingDays("2012-01-03", -5))).toBe("date-out-of-calendar-range");
    expect(codeOf(() => addWorkingDays("2020-01-01", 1.5))).toBe("invalid-number");
  });
});

describe("createWorkingDayCalendar", () => {
  it("uses whole calendar years by default and an explicit range when given", () => {
    const c = createWorkingDayCalendar(["2030-12-25", "2030-01-01"]);
    expect(c.range).toEqual({ start: "2030-01-01", end: "2030-12-31" });
    expect(c.holidays).toEqual(["2030-01-01", "2030-12-25"]);
    const r = createWorkingDayCalendar([], { start: "2030-01-01", end: "2030-01-31" });
    expect(workingDaysBetween("2030-01-01", "2030-01-31", { calendar: r, inclusive: true })).toBe(23);
  });
  it("adds local closure days to the England and Wales list", () => {
    const council = createWorkingDayCalendar(
      [...englandAndWalesCalendar.holidays, "2020-12-24"],
      englandAndWalesCalendar.range,
      "Council",
    );
    expect(workingDaysBetween("2020-12-23", "2020-12-29", { calendar: council })).toBe(1);
    expect(workingDaysBetween("2020-12-23", "2020-12-29")).toBe(2);
  });
  it.each([
    ["no holidays and no range", () => createWorkingDayCalendar([]), "invalid-calendar"],
    ["a bad holiday", () => createWorkingDayCalendar(["2020-13-01"]), "invalid-date"],
    [
      "a reversed range",
      () => createWorkingDayCalendar([], { start: "2020-02-01", end: "2020-01-01" }),
      "invalid-calendar",
    ],
  ])("refuses %s", (_what, make, code) => {
    expect(codeOf(make)).toBe(code);
  });
});

describe("englandAndWalesBankHolidays (JSDoc example)", () => {
  it("titles the one-off holidays", () => {
    expect(englandAndWalesBankHolidays.find((h) => h.date === "2022-09-19")?.title).toBe(
      "Bank Holiday for the State Funeral of Queen Elizabeth II",
    );
    expect(englandAndWalesBankHolidays.filter((h) => h.notes === "Substitute day").length).toBe(14);
  });
});
