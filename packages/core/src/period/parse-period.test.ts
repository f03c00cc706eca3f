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
import { parsePeriod } from "./parse-period.js";
import type { Period } from "./types.js";

function read(label: string, options = {}): Period {
  const r = parsePeriod(label, options);
  if (!r.ok) throw new Error(`${label}: ${r.error.message}`);
  return r.period;
}

// Every label the foundation issue lists (seed 003's performance table, then the other forms), in one table:
// label, options, kind, ISO start, ISO end, canonical label.
describe("parsePeriod: every label the foundation issue lists", () => {
  it.each<[string, Record<string, unknown>, string, string, string, string]>([
    ["2018/19", {}, "financial-year", "2018-04-01", "2019-03-31", "2018/19"],
    ["Q4", { financialYear: 2019 }, "financial-quarter", "2020-01-01", "2020-03-31", "Q4 2019/20"],
    ["31 Mar snapshot", { financialYear: 2019 }, "snapshot", "2020-03-31", "2020-03-31", "31 Mar 2020"],
    ["Sept 2020", {}, "month", "2020-09-01", "2020-09-30", "Sep 2020"],
    ["Q1 20/21", {}, "financial-quarter", "2020-04-01", "2020-06-30", "Q1 2020/21"],
    ["Year End 19/20", {}, "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["Aug-20", {}, "month", "2020-08-01", "2020-08-31", "Aug 2020"],
    ["CIN Census 19/20", {}, "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["CLA Census 19/20", {}, "snapshot", "2020-03-31", "2020-03-31", "31 Mar 2020"],
    ["(16-19)", {}, "multi-year", "2016-04-01", "2019-03-31", "2016/17 to 2018/19"],
    ["17-20", {}, "multi-year", "2017-04-01", "2020-03-31", "2017/18 to 2019/20"],
    ["Year End 20/21", {}, "financial-year", "2020-04-01", "2021-03-31", "2020/21"],
    ["2024-03-31", {}, "snapshot", "2024-03-31", "2024-03-31", "31 Mar 2024"],
    ["2020-02-29", {}, "snapshot", "2020-02-29", "2020-02-29", "29 Feb 2020"],
    ["2024-25", {}, "financial-year", "2024-04-01", "2025-03-31", "2024/25"],
    ["FY 2024/25", {}, "financial-year", "2024-04-01", "2025-03-31", "2024/25"],
    ["Q3 2024-25", {}, "financial-quarter", "2024-10-01", "2024-12-31", "Q3 2024/25"],
    ["2024 Q3", {}, "financial-quarter", "2024-10-01", "2024-12-31", "Q3 2024/25"],
    ["12 months to Aug-20", {}, "rolling", "2019-09-01", "2020-08-31", "12 months to Aug 2020"],
    ["YTD Aug-20", {}, "year-to-date", "2020-04-01", "2020-08-31", "YTD Aug 2020"],
    ["Academic year 2023/24", {}, "academic-year", "2023-09-01", "2024-08-31", "Academic year 2023/24"],
    ["30 Sep 2025", {}, "snapshot", "2025-09-30", "2025-09-30", "30 Sep 2025"],
  ])("%s %j → %s %s..%s (%s)", (label, options, kind, start, end, canonical) => {
    const p = read(label, options);
    expect([p.kind, p.start, p.end, p.label]).toEqual([kind, start, end, canonical]);
    // The canonical label reads back as the same period.
    expect(read(p.label)).toEqual(
      kind === "snapshot" || kind === "financial-year" ? { ...p, census: undefined } : p,
    );
  });
});

describe("parsePeriod: what a demanding user types", () => {
  it.each<[string, string, string, string, string]>([
    ["2019/2020", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["FY19/20", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["fy 19/20", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["Q1 2020-21", "financial-quarter", "2020-04-01", "2020-06-30", "Q1 2020/21"],
    ["q3 2024-25", "financial-quarter", "2024-10-01", "2024-12-31", "Q3 2024/25"],
    ["Apr-Jun 2020", "financial-quarter", "2020-04-01", "2020-06-30", "Q1 2020/21"],
    ["Mar 2020 snapshot", "snapshot", "2020-03-31", "2020-03-31", "31 Mar 2020"],
    ["as at Mar 2020", "snapshot", "2020-03-31", "2020-03-31", "31 Mar 2020"],
    ["Q4 19/20 position", "snapshot", "2020-03-31", "2020-03-31", "31 Mar 2020"],
    ["19/20 outturn", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["year end 19/20", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["SEPT 2020", "month", "2020-09-01", "2020-09-30", "Sep 2020"],
    ["  Q1   20/21  ", "financial-quarter", "2020-04-01", "2020-06-30", "Q1 2020/21"],
    ["2019\u201320", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["2019 \u2013 20", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["31/03/2020", "snapshot", "2020-03-31", "2020-03-31", "31 Mar 2020"],
    ["99/00", "financial-year", "1999-04-01", "2000-03-31", "1999/00"],
  ])("%j → %s %s..%s (%s)", (label, kind, start, end, canonical) => {
    const p = read(label);
    expect([p.kind, p.start, p.end, p.label]).toEqual([kind, start, end, canonical]);
  });

  it.each([
    ["Q5 2020/21", "unknown-period"],
    ["31 Feb 2020", "unknown-period"],
    ["2020-02-30", "unknown-period"],
    ["2020/19", "unknown-period"],
    ["Q4", "ambiguous-period"],
    ["   ", "empty-period"],
  ])("%j is an error (%s) naming the label", (label, code) => {
    const r = parsePeriod(label);
    expect(r.ok ? "ok" : [r.error.code, r.error.label]).toEqual([code, label]);
    if (!r.ok && code !== "empty-period") expect(r.error.message).toContain(`"${label}"`);
  });
});

describe("parsePeriod: every label in the Wiltshire performance table (seed 003)", () => {
  it.each([
    ["2018/19", "financial-year", "2018-04-01", "2019-03-31", "2018/19"],
    ["Sept 2020", "month", "2020-09-01", "2020-09-30", "Sep 2020"],
    ["Q1 20/21", "financial-quarter", "2020-04-01", "2020-06-30", "Q1 2020/21"],
    ["in Q1 20/21", "financial-quarter", "2020-04-01", "2020-06-30", "Q1 2020/21"],
    ["Year End 19/20", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["Aug-20", "month", "2020-08-01", "2020-08-31", "Aug 2020"],
    ["CIN Census 19/20", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
    ["CLA Census 19/20", "snapshot", "2020-03-31", "2020-03-31", "31 Mar 2020"],
    ["(16-19)", "multi-year", "2016-04-01", "2019-03-31", "2016/17 to 2018/19"],
    ["17-20", "multi-year", "2017-04-01", "2020-03-31", "2017/18 to 2019/20"],
    ["Year End 20/21", "financial-year", "2020-04-01", "2021-03-31", "2020/21"],
    ["in 19/20", "financial-year", "2019-04-01", "2020-03-31", "2019/20"],
  ])("%s → %s %s..%s (%s)", (label, kind, start, end, canonical) => {
    const p = read(label);
    expect([p.kind, p.start, p.end, p.label]).toEqual([kind, start, end, canonical]);
  });

  it("keeps which census a label named", () => {
    expect(read("CIN Census 19/20")).toEqual(financialYear(2019, "cin"));
    expect(read("CLA Census 19/20")).toEqual(snapshot("2020-03-31", "cla"));
  });

  it("reads Q4 and 31 Mar snapshot only with a financial year for context", () => {
    const q4 = parsePeriod("Q4");
    expect(q4.ok).toBe(false);
    if (!q4.ok) {
      expect(q4.error.code).toBe("ambiguous-period");
      expect(q4.error.label).toBe("Q4");
      expect(q4.error.message).toContain("Q4 2019/20");
    }
    expect(read("Q4", { financialYear: 2018 }).label).toBe("Q4 2018/19");
    const snap = parsePeriod("31 Mar snapshot");
    expect(snap.ok ? "ok" : snap.error.code).toBe("ambiguous-period");
    expect(read("31 Mar snapshot", { financialYear: 2018 })).toEqual(snapshot("2019-03-31"));
    expect(read("30 Sep", { financialYear: 2018 })).toEqual(snapshot("2018-09-30"));
    expect(read("FY", { financialYear: 2018 })).toEqual(financialYear(2018));
    expect(read("snapshot", { financialYear: 2018 })).toEqual(snapshot("2019-03-31"));
    expect(read("snapshot", { financialYear: 2018, snapshotDate: "09-30" })).toEqual(snapshot("2018-09-30"));
    expect(parsePeriod("snapshot").ok).toBe(false);
  });

  it("offers each alternative of the table header 2018/19 (Q4, FY or 31 Mar snapshot)", () => {
    const r = parsePeriod("2018/19 (Q4, FY or 31 Mar snapshot)");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("ambiguous-period");
      expect(r.error.candidates?.map((p) => p.label)).toEqual(["Q4 2018/19", "2018/19", "31 Mar 2019"]);
    }
  });

  it("treats 'since Q3 19/20' as open-ended, offering the start period", () => {
    const r = parsePeriod("since Q3 19/20");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("ambiguous-period");
      expect(r.error.candidates).toEqual([financialQuarter(2019, 3)]);
    }
  });
});

describe("parsePeriod: other forms", () => {
  it.each<[string, Period]>([
    ["2020-03-31", snapshot("2020-03-31")],
    ["31/03/2020", snapshot("2020-03-31")],
    ["2024-25", financialYear(2024)],
    ["2024/2025", financialYear(2024)],
    ["202425", financialYear(2024)],
    ["2019 to 2020", financialYear(2019)],
    ["FY 2024/25", financialYear(2024)],
    ["FY 19/20", financialYear(2019)],
    ["fy2024-25", financialYear(2024)],
    ["Financial year 2019 to 2020", financialYear(2019)],
    ["Year ending March 2020", financialYear(2019)],
    ["Year ending Aug 2020", rolling("2020-08-31", 12)],
    ["Q3 2024-25", financialQuarter(2024, 3)],
    ["Q3 2024/25", financialQuarter(2024, 3)],
    ["2024 Q3", financialQuarter(2024, 3)],
    ["Q3 2024", financialQuarter(2024, 3)],
    ["2024/25 Q3", financialQuarter(2024, 3)],
    ["Quarter 2 2019/20", financialQuarter(2019, 2)],
    ["12 months to Aug-20", rolling("2020-08-31", 12)],
    ["12 months ending 31 Aug 2020", rolling("2020-08-31", 12)],
    ["Rolling 3 months to Feb 2021", rolling("2021-02-28", 3)],
    ["YTD Aug-20", yearToDate(2020, "2020-08-31")],
    ["YTD Feb-21", yearToDate(2020, "2021-02-28")],
    ["Year to date 15 Aug 2020", yearToDate(2020, "2020-08-15")],
    ["Academic year 2023/24", academicYear(2023)],
    ["AY 23/24", academicYear(2023)],
    ["Academic years 2016/17 to 2018/19", multiYear(2016, 3, "academic")],
    ["30 Sep 2025", snapshot("2025-09-30")],
    ["31 March 2019", snapshot("2019-03-31")],
    ["31st March 2019", snapshot("2019-03-31")],
    ["as at 31 Mar 2019", snapshot("2019-03-31")],
    ["2019", calendarYear(2019)],
    ["Calendar year 2019", calendarYear(2019)],
    ["Calendar years 2016 to 2018", multiYear(2016, 3, "calendar")],
    ["Mar-2020", month(2020, 3)],
    ["March 2020", month(2020, 3)],
    ["Aug 20", month(2020, 8)],
    ["2016-19", multiYear(2016, 3)],
    ["2016-2019", multiYear(2016, 3)],
    ["2016/17 to 2018/19", multiYear(2016, 3)],
    ["CIN census 2020", financialYear(2019, "cin")],
    ["SSDA903 2019/20", snapshot("2020-03-31", "cla")],
    ["  q1   20/21 ", financialQuarter(2020, 1)],
    ["Q1 20–21", financialQuarter(2020, 1)],
    ["CLA Census 19/20.", snapshot("2020-03-31", "cla")],
    ["Outturn 19/20", financialYear(2019)],
    ["YE 19/20", financialYear(2019)],
    ["Year-end 2019/20", financialYear(2019)],
    ["903 19/20", snapshot("2020-03-31", "cla")],
    ["2019/20 Q1", financialQuarter(2019, 1)],
    ["Q1 FY 2020/21", financialQuarter(2020, 1)],
    ["31 Mar 2020 snapshot", snapshot("2020-03-31")],
    ["31-Mar-2020", snapshot("2020-03-31")],
    ["Apr-Jun 2020", financialQuarter(2020, 1)],
    ["Jan-Mar 21", financialQuarter(2020, 4)],
    ["Oct to Dec 2024", financialQuarter(2024, 3)],
    ["Apr 2019 - Mar 2020", financialYear(2019)],
    ["Sep 2023 to Aug 2024", academicYear(2023)],
    ["Jan-Dec 2019", calendarYear(2019)],
    ["Apr-Aug 2020", yearToDate(2020, "2020-08-31")],
    ["Sep 2019 - Aug 2020", academicYear(2019)],
    ["Feb-Apr 2020", rolling("2020-04-30", 3)],
    ["Nov-Jan 2021", rolling("2021-01-31", 3)],
  ])("%s", (label, expected) => {
    expect(read(label)).toEqual(expected);
  });

  it("reads a CLA census on another snapshot day when told", () => {
    expect(read("CLA Census 19/20", { snapshotDate: "09-30" })).toEqual(snapshot("2019-09-30", "cla"));
  });

  it("reads a bare year as the financial year ending in it when asked", () => {
    expect(read("2025", { bareYear: "financial-year-ending" })).toEqual(financialYear(2024));
    expect(read("2025")).toEqual(calendarYear(2025));
  });

  it("reads '2024 Q3' as a calendar quarter when asked", () => {
    expect(read("2024 Q3", { yearQuarter: "calendar" })).toEqual(financialQuarter(2024, 2));
    expect(read("2024 Q1", { yearQuarter: "calendar" })).toEqual(financialQuarter(2023, 4));
  });
});

describe("parsePeriod: two-digit years", () => {
  it.each([
    ["Aug-69", 2069],
    ["Aug-70", 1970],
    ["Aug-00", 2000],
    ["Aug-99", 1999],
  ])("%s is %i with the default pivot 69", (label, year) => {
    expect(read(label)).toEqual(month(year, 8));
  });
  it("reads 99/00 across the century", () => {
    expect(read("FY 99/00")).toEqual(financialYear(1999));
  });
  it("follows twoDigitYearPivot", () => {
    expect(read("Aug-50", { twoDigitYearPivot: 30 })).toEqual(month(1950, 8));
  });
});

describe("parsePeriod: errors", () => {
  it.each([
    ["", "empty-period"],
    ["   ", "empty-period"],
    ["banana", "unknown-period"],
    ["31 Feb 2020", "unknown-period"],
    ["2020-02-30", "unknown-period"],
    ["Q5 2019/20", "unknown-period"],
    ["Q1 2019/21", "unknown-period"],
    ["20/19", "unknown-period"],
    ["FY 2020", "ambiguous-period"],
    ["Q4", "ambiguous-period"],
    ["31 Mar", "ambiguous-period"],
    ["since Q3 19/20", "ambiguous-period"],
    ["12 months to 15 Aug 2020", "unknown-period"],
  ])("%j → %s", (label, code) => {
    const r = parsePeriod(label);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.label).toBe(label);
    }
  });

  it("names the label and what was expected", () => {
    const r = parsePeriod("banana");
    expect(r.ok ? "" : r.error.message).toMatch(
      /^Could not read "banana" as a period\. Expected a financial year/,
    );
  });

  it("offers both readings of FY 2020", () => {
    const r = parsePeriod("FY 2020");
    expect(r.ok ? [] : r.error.candidates?.map((p) => p.label)).toEqual(["2019/20", "2020/21"]);
  });
});

describe("parsePeriod reads back formatPeriod's canonical and short forms", () => {
  const periods: Period[] = [
    financialYear(2019),
    financialQuarter(2020, 4),
    month(2020, 8),
    snapshot("2020-03-31"),
    calendarYear(2019),
    academicYear(2023),
    rolling("2020-08-31", 12),
    multiYear(2016, 3),
    multiYear(2016, 3, "calendar"),
    multiYear(2016, 3, "academic"),
    yearToDate(2020, "2020-08-31"),
    yearToDate(2020, "2020-08-15"),
  ];
  it.each(periods.map((p) => [p.label, p] as const))("%s", (_label, p) => {
    expect(read(formatPeriod(p))).toEqual(p);
    expect(read(formatPeriod(p, "short"))).toEqual(p);
  });
});

describe("JSDoc examples", () => {
  it("parsePeriod", () => {
    expect(parsePeriod("Q1 20/21")).toEqual({
      ok: true,
      period: {
        kind: "financial-quarter",
        startYear: 2020,
        quarter: 1,
        start: "2020-04-01",
        end: "2020-06-30",
        label: "Q1 2020/21",
      },
    });
    expect(parsePeriod("Q4").ok).toBe(false);
    expect(parsePeriod("Q4", { financialYear: 2018 })).toEqual({
      ok: true,
      period: financialQuarter(2018, 4),
    });
  });
});

describe("parsePeriod is total", () => {
  it("never throws, and every success is a well-formed period, on 5,000 generated labels", () => {
    const parts = [
      "Q",
      "q4",
      "FY",
      "in",
      "since",
      "CIN",
      "census",
      "CLA",
      "19/20",
      "2019",
      "20",
      "-",
      "/",
      "(",
      ")",
      "Aug",
      "Sept",
      "31",
      "Mar",
      "12",
      "months",
      "to",
      "YTD",
      "AY",
      "99",
      "00",
      "2016-19",
      "0",
      "×",
      " ",
      "to",
      "or",
      ",",
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 5000; i++) {
      const n = 1 + (next() % 5);
      let label = "";
      for (let j = 0; j < n; j++) label += `${parts[next() % parts.length]}${next() % 2 ? " " : ""}`;
      const r = parsePeriod(label, i % 2 ? { financialYear: 2019 } : {});
      if (r.ok) {
        expect(r.period.start <= r.period.end).toBe(true);
        expect(r.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(r.period.label.length).toBeGreaterThan(0);
      } else {
        expect(r.error.label).toBe(label);
        expect(r.error.message.length).toBeGreaterThan(20);
      }
    }
  });
  it("refuses very long labels quickly", () => {
    const r = parsePeriod(`${"in ".repeat(500)}2019/20`);
    expect(r.ok ? "" : r.error.code).toBe("unknown-period");
  });
});
