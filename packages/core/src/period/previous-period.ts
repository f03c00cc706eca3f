import { addMonths, daysInMonth, isoDate, monthEnd, parseIsoDate } from "../_lib/date.js";
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
import type { Period } from "./types.js";

/** The same day a year earlier; 29 February becomes 28 February, and a month end stays a month end. */
function yearEarlier(iso: string): string {
  const d = parseIsoDate(iso)!;
  const wasMonthEnd = d.day === daysInMonth(d.year, d.month);
  if (wasMonthEnd) return monthEnd(d.year - 1, d.month);
  return isoDate(d.year - 1, d.month, Math.min(d.day, daysInMonth(d.year - 1, d.month)));
}

function rollingEndShift(p: Extract<Period, { kind: "rolling" }>, months: number): Period {
  const end = parseIsoDate(p.end)!;
  const shifted = addMonths(end.year, end.month, -months);
  return rolling(monthEnd(shifted.year, shifted.month), p.months);
}

/**
 * The same period a year earlier: Q1 2020/21 → Q1 2019/20, Aug 2020 → Aug 2019, 31 Mar 2020 → 31 Mar 2019.
 * A census tag is kept.
 * @example
 * samePeriodLastYear(financialQuarter(2020, 1)).label //=> "Q1 2019/20"
 */
export function samePeriodLastYear(p: Period): Period {
  switch (p.kind) {
    case "financial-year":
      return financialYear(p.startYear - 1, p.census);
    case "financial-quarter":
      return financialQuarter(p.startYear - 1, p.quarter);
    case "month":
      return month(p.year - 1, p.month);
    case "snapshot":
      return snapshot(yearEarlier(p.date), p.census);
    case "calendar-year":
      return calendarYear(p.year - 1);
    case "academic-year":
      return academicYear(p.startYear - 1);
    case "rolling":
      return rollingEndShift(p, 12);
    case "multi-year":
      return multiYear(p.startYear - 1, p.years, p.yearType);
    case "year-to-date":
      return yearToDate(p.startYear - 1, yearEarlier(p.end));
    default: {
      const never: never = p;
      return never;
    }
  }
}

/**
 * The period a report compares with: the one just before, of the same kind and length. Quarters and months
 * step back one; years, snapshots and year-to-date figures step back a year (a snapshot is usually annual;
 * a year to date is compared with the same months last year); a rolling period steps back its own length
 * (12 months to Aug 2020 → 12 months to Aug 2019); a multi-year average steps back one year, as DfE
 * publishes them (2017-20 → 2016-19).
 * @example
 * previousPeriod(financialQuarter(2020, 1)).label //=> "Q4 2019/20"
 * @example
 * previousPeriod(multiYear(2017, 3)).label //=> "2016/17 to 2018/19"
 */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case "financial-quarter":
      return p.quarter === 1
        ? financialQuarter(p.startYear - 1, 4)
        : financialQuarter(p.startYear, (p.quarter - 1) as 1 | 2 | 3);
    case "month": {
      const m = addMonths(p.year, p.month, -1);
      return month(m.year, m.month);
    }
    case "rolling":
      return rollingEndShift(p, p.months);
    default:
      return samePeriodLastYear(p);
  }
}
