import type { Period, ScorecardInput } from "../../src/index.js";

export declare const ROWS: number;
export declare function scorecardBenchInput(periods: {
  financialYear: (startYear: number) => Period;
  month: (year: number, month: number) => Period;
}): ScorecardInput;
