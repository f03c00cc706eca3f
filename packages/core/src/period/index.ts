// period: public exports of this area (listed on purpose).

export { type Comparability, checkComparable } from "./check-comparable.js";
export { comparePeriods, periodsOverlap } from "./compare-periods.js";
export {
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
export { formatDate } from "./format-date.js";
export { formatPeriod, type PeriodStyle } from "./format-period.js";
export {
  type ParsePeriodOptions,
  type PeriodParseError,
  type PeriodParseResult,
  parsePeriod,
} from "./parse-period.js";
export { periodKey } from "./period-key.js";
export { financialQuarterOf, financialYearOf } from "./period-of.js";
export { previousPeriod, samePeriodLastYear } from "./previous-period.js";
