/** An ISO calendar date, `YYYY-MM-DD`. Never a `Date` object, so values are time-zone free. */
export type IsoDate = string;

interface PeriodBase {
  /** First day covered, inclusive. */
  readonly start: IsoDate;
  /** Last day covered, inclusive. */
  readonly end: IsoDate;
  /** Canonical label, e.g. `2019/20`, `Q1 2020/21`, `Aug 2020`, `31 Mar 2019`. */
  readonly label: string;
}

/** April to March, `startYear` = the calendar year of 1 April. */
export interface FinancialYearPeriod extends PeriodBase {
  readonly kind: "financial-year";
  readonly startYear: number;
  /** Which statutory census the label named, when it did (`CIN Census 19/20` is a financial-year flow). */
  readonly census?: "cin" | "cla";
}
/** A quarter of a financial year: Q1 = Apr–Jun … Q4 = Jan–Mar. */
export interface FinancialQuarterPeriod extends PeriodBase {
  readonly kind: "financial-quarter";
  readonly startYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
}
export interface MonthPeriod extends PeriodBase {
  readonly kind: "month";
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}
/** A count or state on one day (a census date such as 31 March). */
export interface SnapshotPeriod extends PeriodBase {
  readonly kind: "snapshot";
  readonly date: IsoDate;
  /** Which statutory census the label named, when it did (`CIN Census 19/20`). */
  readonly census?: "cin" | "cla";
}
export interface CalendarYearPeriod extends PeriodBase {
  readonly kind: "calendar-year";
  readonly year: number;
}
/** September to August, `startYear` = the calendar year of 1 September. */
export interface AcademicYearPeriod extends PeriodBase {
  readonly kind: "academic-year";
  readonly startYear: number;
}
/** The `months` months ending with the month that contains `end` (e.g. 12 months to Aug-20). */
export interface RollingPeriod extends PeriodBase {
  readonly kind: "rolling";
  readonly months: number;
}
/** Several financial years pooled, e.g. the 3-year adoption average `2016-19`. */
export interface MultiYearPeriod extends PeriodBase {
  readonly kind: "multi-year";
  readonly startYear: number;
  /** Number of years pooled. */
  readonly years: number;
  readonly yearType: "financial" | "calendar" | "academic";
}
/** From the start of a financial year to the end of a month within it. */
export interface YearToDatePeriod extends PeriodBase {
  readonly kind: "year-to-date";
  readonly startYear: number;
}

/** A reporting period: a discriminated union on `kind`, plain readonly data with ISO dates. */
export type Period =
  | FinancialYearPeriod
  | FinancialQuarterPeriod
  | MonthPeriod
  | SnapshotPeriod
  | CalendarYearPeriod
  | AcademicYearPeriod
  | RollingPeriod
  | MultiYearPeriod
  | YearToDatePeriod;

export type PeriodKind = Period["kind"];
