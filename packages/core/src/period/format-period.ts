import { daysInMonth, MONTH_LONG, MONTH_SHORT, parseIsoDate } from "../_lib/date.js";
import type { Period } from "./types.js";

/** How `formatPeriod` writes a period. */
export type PeriodStyle = "canonical" | "short" | "long";

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const yy = (y: number): string => pad2(((y % 100) + 100) % 100);
const pairShort = (y: number): string => `${yy(y)}/${yy(y + 1)}`;

function parts(iso: string) {
  return parseIsoDate(iso)!;
}

/** "April to June 2020", "April 2019 to March 2020", "1 April to 15 August 2020". */
function longRange(startIso: string, endIso: string): string {
  const s = parts(startIso);
  const e = parts(endIso);
  const wholeMonths = s.day === 1 && e.day === daysInMonth(e.year, e.month);
  const from = wholeMonths ? MONTH_LONG[s.month - 1] : `${s.day} ${MONTH_LONG[s.month - 1]}`;
  const to = wholeMonths ? MONTH_LONG[e.month - 1] : `${e.day} ${MONTH_LONG[e.month - 1]}`;
  if (s.year === e.year) return `${from} to ${to} ${e.year}`;
  return `${from} ${s.year} to ${to} ${e.year}`;
}

function shortMonth(iso: string): string {
  const d = parts(iso);
  return `${MONTH_SHORT[d.month - 1]}-${yy(d.year)}`;
}

function shortDate(iso: string): string {
  const d = parts(iso);
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/**
 * Writes a period. `canonical` (default) is its label, the stable form kpikit reads back (`Q1 2020/21`);
 * `short` is the compact form reports use in table headers (`Q1 20/21`, `Aug-20`, `2016-19`); `long` spells
 * the months out for screen readers and footnotes (`April to June 2020`). `parsePeriod` reads back
 * `canonical` and `short`.
 * @example
 * formatPeriod(financialQuarter(2020, 1), "short") //=> "Q1 20/21"
 * @example
 * formatPeriod(financialYear(2019, "cin"), "long") //=> "April 2019 to March 2020 (CIN census year)"
 */
export function formatPeriod(p: Period, style: PeriodStyle = "canonical"): string {
  if (style === "canonical") return p.label;
  if (style === "short") {
    switch (p.kind) {
      case "financial-quarter":
        return `Q${p.quarter} ${pairShort(p.startYear)}`;
      case "month":
        return shortMonth(p.start);
      case "snapshot":
        return shortDate(p.date);
      case "academic-year":
        return `AY ${p.label.slice("Academic year ".length)}`;
      case "rolling":
        return `${p.months}m to ${shortMonth(p.end)}`;
      case "multi-year":
        return p.yearType === "financial" ? `${p.startYear}-${yy(p.startYear + p.years)}` : p.label;
      case "year-to-date": {
        const e = parts(p.end);
        return e.day === daysInMonth(e.year, e.month)
          ? `YTD ${shortMonth(p.end)}`
          : `YTD ${shortDate(p.end)}`;
      }
      default:
        return p.label;
    }
  }
  switch (p.kind) {
    case "financial-year":
      return `${longRange(p.start, p.end)}${p.census === "cin" ? " (CIN census year)" : p.census === "cla" ? " (CLA census year)" : ""}`;
    case "snapshot": {
      const d = parts(p.date);
      const census =
        p.census === "cin" ? " (CIN census date)" : p.census === "cla" ? " (CLA census date)" : "";
      return `${d.day} ${MONTH_LONG[d.month - 1]} ${d.year}${census}`;
    }
    case "month":
      return `${MONTH_LONG[p.month - 1]} ${p.year}`;
    case "rolling":
      return `${p.months} months, ${longRange(p.start, p.end)}`;
    case "multi-year":
      return `${p.years} years, ${longRange(p.start, p.end)}`;
    case "year-to-date":
      return `${longRange(p.start, p.end)} (year to date)`;
    default:
      return longRange(p.start, p.end);
  }
}
