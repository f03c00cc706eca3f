// period: public exports of this area (listed on purpose).
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
export { parsePeriod, type ParsePeriodOptions, type PeriodParseError, type PeriodParseResult } from "./parse-period.js";
export { formatPeriod, type PeriodStyle } from "./format-period.js";
export { previousPeriod, samePeriodLastYear } from "./previous-period.js";
export { financialQuarterOf, financialYearOf } from "./period-of.js";
export { comparePeriods, periodsOverlap } from "./compare-periods.js";
export { periodKey } from "./period-key.js";
export { checkComparable, type Comparability } from "./check-comparable.js";
