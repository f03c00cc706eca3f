import { parseIsoDate } from "../_lib/date.js";
import { kpikitError } from "../errors.js";
import { financialQuarter, financialYear } from "./constructors.js";
import type { FinancialQuarterPeriod, FinancialYearPeriod, IsoDate } from "./types.js";

function parts(iso: IsoDate): { year: number; month: number } {
  const d = parseIsoDate(iso);
  if (!d) throw kpikitError("invalid-date", `Expected an ISO date YYYY-MM-DD, got "${String(iso)}"`);
  return d;
}

/**
 * The financial year (April to March) that contains a date.
 * @example
 * financialYearOf("2020-03-31").label //=> "2019/20"
 * @example
 * financialYearOf("2020-04-01").label //=> "2020/21"
 */
export function financialYearOf(iso: IsoDate): FinancialYearPeriod {
  const { year, month } = parts(iso);
  return financialYear(month >= 4 ? year : year - 1);
}

/**
 * The financial quarter that contains a date.
 * @example
 * financialQuarterOf("2021-01-15").label //=> "Q4 2020/21"
 */
export function financialQuarterOf(iso: IsoDate): FinancialQuarterPeriod {
  const { year, month } = parts(iso);
  const startYear = month >= 4 ? year : year - 1;
  const quarter = (month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4) as 1 | 2 | 3 | 4;
  return financialQuarter(startYear, quarter);
}
