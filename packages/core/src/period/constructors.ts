import { addMonths, daysInMonth, isoDate, MONTH_SHORT, monthEnd, parseIsoDate } from "../_lib/date.js";
import { kpikitError } from "../errors.js";
import { formatDate } from "./format-date.js";
import type {
  AcademicYearPeriod,
  CalendarYearPeriod,
  FinancialQuarterPeriod,
  FinancialYearPeriod,
  IsoDate,
  MonthPeriod,
  MultiYearPeriod,
  RollingPeriod,
  SnapshotPeriod,
  YearToDatePeriod,
} from "./types.js";

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function checkYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    throw kpikitError("invalid-period", `${what} must be a four-digit year, got ${String(year)}`);
  }
}

function checkIso(iso: string, what: string): { year: number; month: number; day: number } {
  const parts = parseIsoDate(iso);
  if (!parts)
    throw kpikitError("invalid-date", `${what} must be an ISO date YYYY-MM-DD, got "${String(iso)}"`);
  return parts;
}

/** `2019/20` for the year starting 2019. */
export function yearPairLabel(startYear: number): string {
  return `${startYear}/${pad2((startYear + 1) % 100)}`;
}

/** `Aug 2020`. */
export function monthLabel(year: number, month: number): string {
  return `${MONTH_SHORT[month - 1]} ${year}`;
}

/** `31 Mar 2020`. */
export function dayLabel(iso: string): string {
  checkIso(iso, "date");
  return formatDate(iso, "short");
}

/**
 * The financial year April `startYear` to March `startYear + 1`.
 * @param startYear the calendar year of 1 April
 * @param census the statutory census a label named, kept for display (`CIN Census 19/20`)
 * @example
 * financialYear(2019) //=> { kind: "financial-year", startYear: 2019, start: "2019-04-01", end: "2020-03-31", label: "2019/20" }
 */
export function financialYear(startYear: number, census?: "cin" | "cla"): FinancialYearPeriod {
  checkYear(startYear, "financialYear startYear");
  const base = {
    kind: "financial-year",
    startYear,
    start: isoDate(startYear, 4, 1),
    end: isoDate(startYear + 1, 3, 31),
    label: yearPairLabel(startYear),
  } as const;
  return census ? { ...base, census } : base;
}

/**
 * A quarter of a financial year: Q1 = April–June, Q2 = July–September, Q3 = October–December, Q4 = January–March.
 * @example
 * financialQuarter(2020, 1) //=> { kind: "financial-quarter", startYear: 2020, quarter: 1, start: "2020-04-01", end: "2020-06-30", label: "Q1 2020/21" }
 */
export function financialQuarter(startYear: number, quarter: 1 | 2 | 3 | 4): FinancialQuarterPeriod {
  checkYear(startYear, "financialQuarter startYear");
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw kpikitError("invalid-period", `quarter must be 1, 2, 3 or 4, got ${String(quarter)}`);
  }
  const first = addMonths(startYear, 4, (quarter - 1) * 3);
  const last = addMonths(first.year, first.month, 2);
  return {
    kind: "financial-quarter",
    startYear,
    quarter,
    start: isoDate(first.year, first.month, 1),
    end: monthEnd(last.year, last.month),
    label: `Q${quarter} ${yearPairLabel(startYear)}`,
  };
}

/**
 * One calendar month.
 * @param month 1–12
 * @example
 * month(2020, 8) //=> { kind: "month", year: 2020, month: 8, start: "2020-08-01", end: "2020-08-31", label: "Aug 2020" }
 */
export function month(year: number, month: number): MonthPeriod {
  checkYear(year, "month year");
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw kpikitError("invalid-period", `month must be 1–12, got ${String(month)}`);
  }
  return {
    kind: "month",
    year,
    month,
    start: isoDate(year, month, 1),
    end: monthEnd(year, month),
    label: monthLabel(year, month),
  };
}

/**
 * A count or state on one day, such as the 31 March census date.
 * @example
 * snapshot("2020-03-31", "cla") //=> { kind: "snapshot", date: "2020-03-31", start: "2020-03-31", end: "2020-03-31", label: "31 Mar 2020", census: "cla" }
 */
export function snapshot(isoDateText: IsoDate, census?: "cin" | "cla"): SnapshotPeriod {
  checkIso(isoDateText, "snapshot date");
  const base = {
    kind: "snapshot",
    date: isoDateText,
    start: isoDateText,
    end: isoDateText,
    label: dayLabel(isoDateText),
  } as const;
  return census ? { ...base, census } : base;
}

/**
 * January to December.
 * @example
 * calendarYear(2019) //=> { kind: "calendar-year", year: 2019, start: "2019-01-01", end: "2019-12-31", label: "2019" }
 */
export function calendarYear(year: number): CalendarYearPeriod {
  checkYear(year, "calendarYear year");
  return {
    kind: "calendar-year",
    year,
    start: isoDate(year, 1, 1),
    end: isoDate(year, 12, 31),
    label: String(year),
  };
}

/**
 * September `startYear` to August `startYear + 1`.
 * @example
 * academicYear(2023) //=> { kind: "academic-year", startYear: 2023, start: "2023-09-01", end: "2024-08-31", label: "Academic year 2023/24" }
 */
export function academicYear(startYear: number): AcademicYearPeriod {
  checkYear(startYear, "academicYear startYear");
  return {
    kind: "academic-year",
    startYear,
    start: isoDate(startYear, 9, 1),
    end: isoDate(startYear + 1, 8, 31),
    label: `Academic year ${yearPairLabel(startYear)}`,
  };
}

/**
 * The `months` whole months ending with the month that contains `endIso`.
 * @example
 * rolling("2020-08-31", 12) //=> { kind: "rolling", months: 12, start: "2019-09-01", end: "2020-08-31", label: "12 months to Aug 2020" }
 */
export function rolling(endIso: IsoDate, months: number): RollingPeriod {
  const end = checkIso(endIso, "rolling end");
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw kpikitError("invalid-period", `rolling months must be a whole number 1–120, got ${String(months)}`);
  }
  const first = addMonths(end.year, end.month, -(months - 1));
  checkYear(first.year, "rolling start year");
  return {
    kind: "rolling",
    months,
    start: isoDate(first.year, first.month, 1),
    end: monthEnd(end.year, end.month),
    label: `${months} months to ${monthLabel(end.year, end.month)}`,
  };
}

/**
 * Several years pooled, such as the DfE 3-year adoption average "2016-19" (April 2016 to March 2019).
 * @param yearType `financial` (default), `calendar` or `academic`
 * @example
 * multiYear(2016, 3) //=> { kind: "multi-year", startYear: 2016, years: 3, yearType: "financial", start: "2016-04-01", end: "2019-03-31", label: "2016/17 to 2018/19" }
 */
export function multiYear(
  startYear: number,
  years: number,
  yearType: "financial" | "calendar" | "academic" = "financial",
): MultiYearPeriod {
  checkYear(startYear, "multiYear startYear");
  if (!Number.isInteger(years) || years < 2 || years > 20) {
    throw kpikitError("invalid-period", `multiYear years must be a whole number 2–20, got ${String(years)}`);
  }
  if (yearType !== "calendar" && yearType !== "academic" && yearType !== "financial") {
    throw kpikitError(
      "invalid-period",
      `yearType must be financial, calendar or academic, got ${String(yearType)}`,
    );
  }
  const last = startYear + years - 1;
  const [start, end, label] =
    yearType === "calendar"
      ? [isoDate(startYear, 1, 1), isoDate(last, 12, 31), `Calendar years ${startYear} to ${last}`]
      : yearType === "academic"
        ? [
            isoDate(startYear, 9, 1),
            isoDate(last + 1, 8, 31),
            `Academic years ${yearPairLabel(startYear)} to ${yearPairLabel(last)}`,
          ]
        : [
            isoDate(startYear, 4, 1),
            isoDate(last + 1, 3, 31),
            `${yearPairLabel(startYear)} to ${yearPairLabel(last)}`,
          ];
  return { kind: "multi-year", startYear, years, yearType, start, end, label };
}

/**
 * From 1 April of the financial year `startYear` to `endIso` (usually a month end) within that year.
 * @example
 * yearToDate(2020, "2020-08-31") //=> { kind: "year-to-date", startYear: 2020, start: "2020-04-01", end: "2020-08-31", label: "YTD Aug 2020" }
 */
export function yearToDate(startYear: number, endIso: IsoDate): YearToDatePeriod {
  checkYear(startYear, "yearToDate startYear");
  const end = checkIso(endIso, "yearToDate end");
  const start = isoDate(startYear, 4, 1);
  if (endIso < start || endIso > isoDate(startYear + 1, 3, 31)) {
    throw kpikitError(
      "invalid-period",
      `yearToDate end ${endIso} is not within the financial year ${yearPairLabel(startYear)}`,
    );
  }
  const isMonthEnd = end.day === daysInMonth(end.year, end.month);
  const label = `YTD ${isMonthEnd ? monthLabel(end.year, end.month) : dayLabel(endIso)}`;
  return { kind: "year-to-date", startYear, start, end: endIso, label };
}
