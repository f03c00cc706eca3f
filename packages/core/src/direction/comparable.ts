// Internal stand-in for the period area's `checkComparable` until it lands (then re-export it here).
import type { Period } from "../period/types.js";

export type Comparability = { readonly comparable: true } | { readonly comparable: false; readonly reason: string };

const KIND_WORDS: Record<Period["kind"], string> = {
  "financial-year": "a financial year",
  "financial-quarter": "a quarter",
  month: "a month",
  snapshot: "a snapshot date",
  "calendar-year": "a calendar year",
  "academic-year": "an academic year",
  rolling: "a rolling period",
  "multi-year": "a multi-year period",
  "year-to-date": "a year-to-date period",
};

/** Whether two periods can be compared as "this period and the previous one". */
export function checkComparable(a: Period, b: Period): Comparability {
  const no = (why: string): Comparability => ({ comparable: false, reason: `${a.label} cannot be compared with ${b.label}: ${why}` });
  if (a.kind !== b.kind) return no(`${KIND_WORDS[a.kind]} is not compared with ${KIND_WORDS[b.kind]}`);
  if (a.kind === "rolling" && b.kind === "rolling" && a.months !== b.months) return no(`${a.months} months is not compared with ${b.months} months`);
  if (a.kind === "multi-year" && b.kind === "multi-year" && (a.years !== b.years || a.yearType !== b.yearType)) {
    return no(`a ${a.years}-year period is not compared with a ${b.years}-year period`);
  }
  if (a.kind === "snapshot" && b.kind === "snapshot" && a.date.slice(5) !== b.date.slice(5)) return no("snapshots on different days of the year");
  return { comparable: true };
}
