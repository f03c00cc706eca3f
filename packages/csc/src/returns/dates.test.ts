import { afterEach, describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, ageOn, daysBetween, readIsoDate, readUkDate } from "./dates.js";

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe.each(["Europe/London", "Pacific/Auckland", "America/Los_Angeles"])("dates in %s", (tz) => {
  it("reads UK and ISO dates the same in every time zone", () => {
    process.env.TZ = tz;
    expect(readUkDate("01/04/2024")).toBe("2024-04-01");
    expect(readUkDate("31/03/2024")).toBe("2024-03-31");
    expect(readUkDate("29/02/2023")).toBeNull();
    expect(readUkDate("31/10/2021")).toBe("2021-10-31");
    expect(readIsoDate("2024-03-31")).toBe("2024-03-31");
    expect(readIsoDate("2024-03-31Z")).toBe("2024-03-31");
    expect(readIsoDate("2024-02-30")).toBeNull();
    // Arithmetic across the clock changes (31 March, end of October) keeps the calendar day.
    expect(addMonths("2024-03-31", -12)).toBe("2023-03-31");
    expect(addMonths("2021-10-31", 1)).toBe("2021-11-30");
    expect(addYears("2024-03-31", 1)).toBe("2025-03-31");
    expect(ageOn("2008-03-31", "2024-03-31")).toBe(16);
  });
});

describe("date arithmetic", () => {
  it.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2021-05-01", 2, "2023-05-01"],
    ["2024-03-31", -2, "2022-03-31"],
  ])("addYears(%s, %i) = %s", (d, n, expected) => {
    expect(addYears(d, n)).toBe(expected);
  });
  it.each([
    ["2024-03-31", -30, "2021-09-30"],
    ["2024-03-31", -12, "2023-03-31"],
    ["2024-02-29", -12, "2023-02-28"],
    ["2023-01-31", 1, "2023-02-28"],
  ])("addMonths(%s, %i) = %s", (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });
  it.each([
    ["2008-03-31", "2024-03-31", 16],
    ["2008-04-01", "2024-03-31", 15],
    ["2012-02-29", "2024-02-28", 11],
    ["2012-02-29", "2024-02-29", 12],
    ["2012-02-29", "2023-02-28", 10],
    ["2012-02-29", "2023-03-01", 11],
    ["2024-03-31", "2024-03-31", 0],
  ])("ageOn(%s, %s) = %i", (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });
});

describe("daysBetween and addDays", () => {
  it.each([
    ["2023-03-31", "2024-03-31", 366],
    ["2022-04-02", "2024-03-31", 729],
    ["2024-02-28", "2024-03-01", 2],
    ["2023-03-25", "2023-03-27", 2],
    ["2023-10-28", "2023-10-30", 2],
    ["2024-03-31", "2023-03-31", -366],
  ])("%s to %s is %i days, and back", (a, b, days) => {
    expect([daysBetween(a, b), addDays(a, days)]).toEqual([days, b]);
  });
});

describe("reading a day again", () => {
  it("gives the same answer the second time, valid or not, inside and outside the years kept", () => {
    const days = [
      "2024-02-29",
      "2023-02-29",
      "2023-02-28",
      "1899-12-31",
      "2100-02-29",
      "2099-12-31",
      "2023-13-01",
    ];
    const first = days.map(readIsoDate);
    expect(first).toEqual(["2024-02-29", null, "2023-02-28", "1899-12-31", null, "2099-12-31", null]);
    expect(days.map(readIsoDate)).toEqual(first);
    expect(["29/2/2024", "29/02/2023", "31/12/2099"].map(readUkDate)).toEqual([
      "2024-02-29",
      null,
      "2099-12-31",
    ]);
  });
});
