import { daysInMonth, isoDate, monthEnd, parseIsoDate } from "../_lib/date.js";
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

/** Context for labels that do not say everything themselves. */
export interface ParsePeriodOptions {
  /** Start year of the financial year a report is about: resolves a bare `Q4`, `31 Mar` or `FY`. */
  readonly financialYear?: number;
  /** `MM-DD` of the census snapshot a `CLA Census 19/20` or bare `snapshot` label means. Default `03-31`. */
  readonly snapshotDate?: string;
  /** A two-digit year YY is 20YY when YY <= pivot, else 19YY. Default 69 (so `70` is 1970, `69` is 2069). */
  readonly twoDigitYearPivot?: number;
  /**
   * How `2024 Q3` / `Q3 2024` (a quarter with one year) is read. `financial` (default): Q3 of 2024/25,
   * October–December 2024. `calendar`: the third calendar quarter, July–September 2024 (= Q2 2024/25).
   */
  readonly yearQuarter?: "financial" | "calendar";
  /**
   * How a bare four-digit year (`2025`) is read. `calendar` (default): January–December 2025.
   * `financial-year-ending`: the financial year ending in it (2024/25), as DfE and LAIT label years.
   */
  readonly bareYear?: "calendar" | "financial-year-ending";
}

/** Why a label could not be read. */
export interface PeriodParseError {
  readonly code: "unknown-period" | "ambiguous-period" | "empty-period";
  /** The label as given. */
  readonly label: string;
  readonly message: string;
  /** The periods an ambiguous label could mean. */
  readonly candidates?: readonly Period[];
}

/** The outcome of `parsePeriod`: a period, or an error that names the label and says what was expected. */
export type PeriodParseResult =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly error: PeriodParseError };

const EXPECTED =
  "Expected a financial year (2019/20, 2019-20, FY 19/20, Year End 19/20), a quarter (Q1 2020/21, Q1 20/21), " +
  "a month (Aug 2020, Aug-20, Sept 2020), a date (31 Mar 2020, 2020-03-31), a census year (CIN Census 19/20), " +
  "an academic year (Academic year 2023/24), a multi-year range (2016-19), a rolling period (12 months to Aug-20) " +
  "or a year to date (YTD Aug-20).";

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "(\\d{4}|\\d{2})";
const PAIR = "(\\d{4}|\\d{2})\\s*[/-]\\s*(\\d{4}|\\d{2})";
const MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const re = (source: string): RegExp => new RegExp(`^${source}$`);
const RE = {
  brackets: /^[([](.*)[)\]]$/,
  bareSnapshot: /^(?:snapshot|census date)$/,
  iso: /^(\d{4})-(\d{2})-(\d{2})$/,
  ukDate: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  dayMonth: re(`(\\d{1,2})(?:st|nd|rd|th)?[\\s/-]*${MONTH}(?:[\\s,/-]*${YEAR})?`),
  monthYear: re(`${MONTH}[\\s,/-]*${YEAR}`),
  monthSpan: re(`${MONTH}(?:[\\s,/-]*${YEAR})?\\s*(?:-|to)\\s*${MONTH}[\\s,/-]*${YEAR}`),
  pair: re(PAIR),
  pairTo: re(`(\\d{4})\\s+to\\s+(\\d{4})`),
  eesYear: /^(\d{4})(\d{2})$/,
  year4: /^(\d{4})$/,
  year: re(YEAR),
  range: re(`${PAIR}\\s+to\\s+${PAIR}`),
  quarterFirst: re(`(?:q|quarter\\s*)([1-4])(?:\\s*(?:of\\s+)?(?:fy\\s*)?(?:${PAIR}|${YEAR}))?`),
  quarterLast: re(`(?:fy\\s*)?(?:${PAIR}|${YEAR})\\s*(?:q|quarter\\s*)([1-4])`),
  fy: re(
    `(?:fy|financial\\s+year|fin(?:ancial)?\\s+yr|year[\\s-]*end(?:ing)?|ye|yr[\\s-]*end|outturn)(?![a-z])\\s*(.*)`,
  ),
  census: re(`(cin|cla|ssda\\s*903|903)\\s+(?:census\\s*|return\\s*|collection\\s*)?(.*)`),
  academic: re(`(?:academic\\s+years?|ay)\\s*(.*)`),
  calendar: re(`calendar\\s+years?\\s*(.*)`),
  rollingRe: re(`(?:rolling\\s+)?(\\d{1,3})\\s*(?:months?|m)\\s+(?:to|ending|ended|up\\s+to)\\s+(.+)`),
  ytd: re(`(?:ytd|year\\s+to\\s+date)(?:\\s+(?:to|at|as\\s+at))?\\s+(.+)`),
  since: /^(?:since|from)\s+(.+)$/,
  prefix: /^(in|during|for|as\s+at|as\s+of|at|by|snapshot(?:\s+at)?|position\s+at)\s+(.+)$/,
  suffix: /^(.+?)\s+(snapshot|position|census\s+date|outturn)$/,
  list: /^(.+?)\s*\((.+)\)$/,
};

interface Context {
  readonly label: string;
  readonly options: ParsePeriodOptions;
}

type Result = PeriodParseResult;

const ok = (period: Period): Result => ({ ok: true, period });
const fail = (
  ctx: Context,
  code: PeriodParseError["code"],
  message: string,
  candidates?: readonly Period[],
): Result => ({
  ok: false,
  error: candidates ? { code, label: ctx.label, message, candidates } : { code, label: ctx.label, message },
});
const unknown = (ctx: Context, why?: string): Result =>
  fail(
    ctx,
    "unknown-period",
    `Could not read "${ctx.label}" as a period${why ? `: ${why}` : ""}. ${EXPECTED}`,
  );

function fullYear(text: string, ctx: Context): number {
  const n = Number(text);
  if (text.length === 4) return n;
  const pivot = ctx.options.twoDigitYearPivot ?? 69;
  return n <= pivot ? 2000 + n : 1900 + n;
}

/** The second year of a pair written with the same century as the first when it has two digits. */
function secondYear(first: number, text: string): number {
  if (text.length === 4) return Number(text);
  let y = first - (first % 100) + Number(text);
  if (y < first) y += 100;
  return y;
}

function monthNumber(name: string): number {
  return MONTH_KEYS.indexOf(name.slice(0, 3)) + 1;
}

/** A pair like 2019/20 (a financial year, or another kind of year via `make`) or 2016-19 (several years). */
function yearPair(
  a: string,
  b: string,
  ctx: Context,
  make: (startYear: number) => Period,
  yearType: "financial" | "academic",
): Result {
  const first = fullYear(a, ctx);
  const second = secondYear(first, b);
  const gap = second - first;
  if (gap === 1) return ok(make(first));
  if (gap >= 2 && gap <= 20) return ok(multiYear(first, gap, yearType));
  return unknown(ctx, `in "${a}/${b}" the second year must come after the first`);
}

function contextYear(ctx: Context, what: string): Result | number {
  const fy = ctx.options.financialYear;
  if (fy === undefined) {
    return fail(
      ctx,
      "ambiguous-period",
      `"${ctx.label}" is ambiguous: ${what} needs a year. Write it in full (for example 31 Mar 2020) or pass options.financialYear.`,
    );
  }
  return fy;
}

function dayMonthYear(day: number, monthNo: number, year: number, ctx: Context): Result {
  if (monthNo < 1 || monthNo > 12 || day < 1 || day > daysInMonth(year, monthNo)) {
    return unknown(ctx, `there is no day ${day} in month ${monthNo} of ${year}`);
  }
  return ok(snapshot(isoDate(year, monthNo, day)));
}

/**
 * "Apr-Jun 2020", "Apr 2019 - Mar 2020": whole months, read as the named period they match (a quarter, a
 * financial, academic or calendar year, a year to date from April) or else as a rolling period.
 */
function monthSpan(m: RegExpMatchArray, ctx: Context): Result {
  const firstMonth = monthNumber(m[1]!);
  const lastMonth = monthNumber(m[3]!);
  const lastYear = fullYear(m[4]!, ctx);
  const firstYear =
    m[2] !== undefined ? fullYear(m[2], ctx) : firstMonth <= lastMonth ? lastYear : lastYear - 1;
  const months = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
  if (months < 1 || months > 120) return unknown(ctx, "the months must run forwards, at most 120 of them");
  const end = monthEnd(lastYear, lastMonth);
  if (months === 1) return ok(month(lastYear, lastMonth));
  if (months === 3 && (firstMonth - 4 + 12) % 3 === 0) {
    const fy = firstMonth >= 4 ? firstYear : firstYear - 1;
    return ok(financialQuarter(fy, (Math.floor(((firstMonth - 4 + 12) % 12) / 3) + 1) as 1 | 2 | 3 | 4));
  }
  if (months === 12 && firstMonth === 4) return ok(financialYear(firstYear));
  if (months === 12 && firstMonth === 9) return ok(academicYear(firstYear));
  if (months === 12 && firstMonth === 1) return ok(calendarYear(firstYear));
  if (firstMonth === 4 && months < 12) return ok(yearToDate(firstYear, end));
  return ok(rolling(end, months));
}

/** A month or a date: the end of a rolling period or a year to date. */
function endPoint(
  text: string,
  ctx: Context,
): { year: number; month: number; iso: string; monthEnd: boolean } | null {
  const inner = parseLabel(text, ctx, 1);
  if (!inner.ok) return null;
  const p = inner.period;
  if (p.kind === "month") return { year: p.year, month: p.month, iso: p.end, monthEnd: true };
  if (p.kind === "snapshot") {
    const d = parseIsoDate(p.date);
    if (!d) return null;
    return { year: d.year, month: d.month, iso: p.date, monthEnd: d.day === daysInMonth(d.year, d.month) };
  }
  return null;
}

/** `snapshot` or `census date` alone: the census day (`options.snapshotDate`) of the context financial year. */
function contextSnapshot(ctx: Context): Result {
  const fy = contextYear(ctx, "a snapshot");
  if (typeof fy !== "number") return fy;
  const md = /^(\d{2})-(\d{2})$/.exec(ctx.options.snapshotDate ?? "03-31");
  if (!md) return unknown(ctx, `options.snapshotDate must be MM-DD, got "${ctx.options.snapshotDate}"`);
  const mm = Number(md[1]);
  return dayMonthYear(Number(md[2]), mm, mm <= 3 ? fy + 1 : fy, ctx);
}

/** "as at Mar 2020", "snapshot at Mar 2020", "in 19/20": the period named; a point in time is its last day. */
function prefixed(m: RegExpMatchArray, ctx: Context, depth: number): Result {
  const pointInTime = /^(?:as|snapshot|position)/.test(m[1]!);
  const inner = parseLabel(m[2]!, ctx, depth + 1);
  if (inner.ok && pointInTime && inner.period.kind !== "snapshot") return ok(snapshot(inner.period.end));
  return inner;
}

/**
 * "Mar 2020 snapshot", "Q4 19/20 position": a point in time, the last day of the period named. "Outturn" (a
 * flow over the period) keeps the period.
 */
function suffixed(m: RegExpMatchArray, ctx: Context, depth: number): Result {
  const pointInTime = m[2] !== "outturn";
  const inner = parseLabel(m[1]!, ctx, depth + 1);
  if (inner.ok && pointInTime && inner.period.kind !== "snapshot") return ok(snapshot(inner.period.end));
  return inner;
}

/** "31 Mar 2020", "31st March", "31 Mar" (in the context financial year). */
function dayMonth(m: RegExpMatchArray, ctx: Context): Result {
  const day = Number(m[1]);
  const monthNo = monthNumber(m[2]!);
  if (m[3] !== undefined) return dayMonthYear(day, monthNo, fullYear(m[3], ctx), ctx);
  const fy = contextYear(ctx, "a day and month without a year");
  if (typeof fy !== "number") return fy;
  return dayMonthYear(day, monthNo, monthNo <= 3 ? fy + 1 : fy, ctx);
}

/** "2016/17 to 2018/19": several financial years. */
function yearRange(m: RegExpMatchArray, ctx: Context): Result {
  const first = fullYear(m[1]!, ctx);
  const last = fullYear(m[3]!, ctx);
  if (secondYear(first, m[2]!) !== first + 1 || secondYear(last, m[4]!) !== last + 1 || last <= first) {
    return unknown(ctx, "a range of years is written first year to last year, e.g. 2016/17 to 2018/19");
  }
  return ok(multiYear(first, last - first + 1, "financial"));
}

/** A quarter: its number, then a financial year (`20/21`), a single year (read by `options.yearQuarter`) or none. */
function quarter(
  q: 1 | 2 | 3 | 4,
  pa: string | undefined,
  pb: string | undefined,
  single: string | undefined,
  ctx: Context,
): Result {
  if (pa !== undefined && pb !== undefined) {
    const start = fullYear(pa, ctx);
    if (secondYear(start, pb) !== start + 1) return unknown(ctx, `"${pa}/${pb}" is not a financial year`);
    return ok(financialQuarter(start, q));
  }
  if (single !== undefined) {
    const y = fullYear(single, ctx);
    if (ctx.options.yearQuarter === "calendar")
      return ok(q === 1 ? financialQuarter(y - 1, 4) : financialQuarter(y, (q - 1) as 1 | 2 | 3));
    return ok(financialQuarter(y, q));
  }
  const fy = ctx.options.financialYear;
  if (fy === undefined) {
    return fail(
      ctx,
      "ambiguous-period",
      `"${ctx.label}" is ambiguous: a quarter needs a financial year. Write it in full (for example Q${q} 2019/20) or pass options.financialYear.`,
    );
  }
  return ok(financialQuarter(fy, q));
}

/** "CIN Census 19/20" (the financial year) or "CLA Census 19/20" (its census day, `options.snapshotDate`). */
function census(m: RegExpMatchArray, ctx: Context): Result {
  const which = m[1] === "cin" ? "cin" : "cla";
  const rest = m[2]!.trim();
  let startYear: number;
  const pair = RE.pair.exec(rest);
  const year = pair === null ? RE.year.exec(rest) : null;
  if (pair !== null) {
    startYear = fullYear(pair[1]!, ctx);
    if (secondYear(startYear, pair[2]!) !== startYear + 1)
      return unknown(ctx, `"${rest}" is not a census year`);
  } else if (year !== null) {
    // "CIN census 2020" is the census collected in 2020, covering the year to 31 March 2020.
    startYear = fullYear(year[1]!, ctx) - 1;
  } else if (rest === "" && ctx.options.financialYear !== undefined) {
    startYear = ctx.options.financialYear;
  } else {
    return unknown(ctx, "a census label needs its year, e.g. CIN Census 19/20");
  }
  if (which === "cin") return ok(financialYear(startYear, "cin"));
  const md = /^(\d{2})-(\d{2})$/.exec(ctx.options.snapshotDate ?? "03-31");
  if (!md) return unknown(ctx, `options.snapshotDate must be MM-DD, got "${ctx.options.snapshotDate}"`);
  const mm = Number(md[1]);
  const dd = Number(md[2]);
  return dayMonthYear(dd, mm, mm <= 3 ? startYear + 1 : startYear, ctx).ok
    ? ok(snapshot(isoDate(mm <= 3 ? startYear + 1 : startYear, mm, dd), "cla"))
    : unknown(ctx, `options.snapshotDate "${ctx.options.snapshotDate}" is not a day of the year`);
}

/** "Academic year 2023/24", "AY 2016/17 to 2018/19". */
function academic(m: RegExpMatchArray, ctx: Context): Result {
  const rest = m[1]!.trim();
  const range = RE.range.exec(rest);
  if (range !== null) {
    const first = fullYear(range[1]!, ctx);
    const last = fullYear(range[3]!, ctx);
    if (last <= first) return unknown(ctx, "the last academic year must come after the first");
    return ok(multiYear(first, last - first + 1, "academic"));
  }
  const pair = RE.pair.exec(rest) ?? RE.pairTo.exec(rest);
  if (pair !== null) return yearPair(pair[1]!, pair[2]!, ctx, (y) => academicYear(y), "academic");
  return unknown(ctx, "an academic year is written like Academic year 2023/24");
}

/** "Calendar year 2019", "Calendar years 2017-2019". */
function calendar(m: RegExpMatchArray, ctx: Context): Result {
  const rest = m[1]!.trim();
  const year = RE.year4.exec(rest);
  if (year !== null) return ok(calendarYear(Number(year[1])));
  const span = RE.pairTo.exec(rest) ?? /^(\d{4})\s*-\s*(\d{4})$/.exec(rest);
  if (span !== null) {
    const first = Number(span[1]);
    const last = Number(span[2]);
    if (last <= first) return unknown(ctx, "the last calendar year must come after the first");
    return ok(multiYear(first, last - first + 1, "calendar"));
  }
  return unknown(ctx, "a calendar year is written like Calendar year 2019 or 2019");
}

/** "FY 19/20", "Year End 19/20", "FY" (the context year), "year ending March 2020"; "FY 2020" is ambiguous. */
function fyLabel(m: RegExpMatchArray, ctx: Context): Result {
  const rest = m[1]!.trim();
  const pair = RE.pair.exec(rest) ?? RE.pairTo.exec(rest);
  if (pair !== null) {
    const first = fullYear(pair[1]!, ctx);
    if (secondYear(first, pair[2]!) !== first + 1) return unknown(ctx, `"${rest}" is not a financial year`);
    return ok(financialYear(first));
  }
  if (rest === "") {
    const fy = ctx.options.financialYear;
    if (fy === undefined)
      return fail(
        ctx,
        "ambiguous-period",
        `"${ctx.label}" needs a year, e.g. FY 2019/20, or options.financialYear.`,
      );
    return ok(financialYear(fy));
  }
  const year = RE.year.exec(rest);
  if (year !== null) {
    const y = fullYear(year[1]!, ctx);
    return fail(
      ctx,
      "ambiguous-period",
      `"${ctx.label}" is ambiguous: it could be the financial year starting or ending in ${y}. Write ${y - 1}/${String(y % 100).padStart(2, "0")} or ${y}/${String((y + 1) % 100).padStart(2, "0")}.`,
      [financialYear(y - 1), financialYear(y)],
    );
  }
  // "year ending March 2020", "year end 31 Mar 2020": the year to that month.
  const end = endPoint(rest, ctx);
  if (end?.monthEnd) {
    return ok(end.month === 3 ? financialYear(end.year - 1) : rolling(end.iso, 12));
  }
  return unknown(ctx, "a financial year is written like FY 2019/20 or Year End 19/20");
}

/** "12 months to Aug-20": whole months ending at a month end. */
function rollingLabel(m: RegExpMatchArray, ctx: Context): Result {
  const months = Number(m[1]);
  const end = endPoint(m[2]!, ctx);
  if (!end) return unknown(ctx, "a rolling period ends at a month, e.g. 12 months to Aug 2020");
  if (!end.monthEnd) return unknown(ctx, "a rolling period covers whole months, so it ends at a month end");
  if (months < 1 || months > 120) return unknown(ctx, "a rolling period is 1 to 120 months long");
  return ok(rolling(end.iso, months));
}

/** "YTD Aug-20": from 1 April to a month or a date. */
function ytd(m: RegExpMatchArray, ctx: Context): Result {
  const end = endPoint(m[1]!, ctx);
  if (!end) return unknown(ctx, "a year to date ends at a month or a date, e.g. YTD Aug 2020");
  return ok(yearToDate(end.month >= 4 ? end.year : end.year - 1, end.iso));
}

/**
 * A label with alternatives in brackets, like a table header "2018/19 (Q4, FY or 31 Mar snapshot)": ambiguous,
 * with each alternative read in that financial year as a candidate. Only for a whole label, not inside one.
 */
function alternatives(m: RegExpMatchArray, ctx: Context, depth: number): Result | undefined {
  if (depth !== 0) return undefined;
  const outer = parseLabel(m[1]!, ctx, depth + 1);
  if (!outer.ok || outer.period.kind !== "financial-year") return undefined;
  const inner: Context = {
    label: ctx.label,
    options: { ...ctx.options, financialYear: outer.period.startYear },
  };
  const candidates: Period[] = [];
  for (const part of m[2]!.split(/\s*(?:,|;|\bor\b|\band\b)\s*/)) {
    if (part === "") continue;
    const r = parseLabel(part, inner, depth + 1);
    if (r.ok) candidates.push(r.period);
  }
  if (candidates.length === 0) return undefined;
  return fail(
    ctx,
    "ambiguous-period",
    `"${ctx.label}" names ${candidates.length} different periods (${candidates.map((p) => p.label).join(", ")}); give each figure its own period.`,
    candidates,
  );
}

/** One form of label: the pattern of the whole (normalised) label, and what a match means. */
interface LabelPattern {
  readonly pattern: RegExp;
  /** The period or the error; `undefined` when the form's own rule rejects the match and the next pattern may try. */
  readonly read: (m: RegExpMatchArray, ctx: Context, depth: number) => Result | undefined;
}

/** Every form, tried in this order; the first that reads the label wins (earlier forms are more specific). */
const LABEL_PATTERNS: readonly LabelPattern[] = [
  {
    pattern: RE.since,
    read: (m, ctx, depth) => {
      const inner = parseLabel(m[1]!, ctx, depth + 1);
      return fail(
        ctx,
        "ambiguous-period",
        `"${ctx.label}" gives only the start of an open-ended period; kpikit has no clock, so say where it ends (for example "Q3 2019/20 to Q1 2020/21" as separate figures).`,
        inner.ok ? [inner.period] : undefined,
      );
    },
  },
  { pattern: RE.bareSnapshot, read: (_m, ctx) => contextSnapshot(ctx) },
  { pattern: RE.prefix, read: prefixed },
  { pattern: RE.suffix, read: suffixed },
  { pattern: RE.iso, read: (m, ctx) => dayMonthYear(Number(m[3]), Number(m[2]), Number(m[1]), ctx) },
  { pattern: RE.ukDate, read: (m, ctx) => dayMonthYear(Number(m[1]), Number(m[2]), Number(m[3]), ctx) },
  { pattern: RE.dayMonth, read: dayMonth },
  { pattern: RE.monthYear, read: (m, ctx) => ok(month(fullYear(m[2]!, ctx), monthNumber(m[1]!))) },
  { pattern: RE.monthSpan, read: monthSpan },
  { pattern: RE.range, read: yearRange },
  { pattern: RE.pair, read: (m, ctx) => yearPair(m[1]!, m[2]!, ctx, (y) => financialYear(y), "financial") },
  { pattern: RE.pairTo, read: (m, ctx) => yearPair(m[1]!, m[2]!, ctx, (y) => financialYear(y), "financial") },
  {
    pattern: RE.eesYear,
    read: (m) => ((Number(m[1]) + 1) % 100 === Number(m[2]) ? ok(financialYear(Number(m[1]))) : undefined),
  },
  {
    pattern: RE.year4,
    read: (m, ctx) => {
      const y = Number(m[1]);
      return ok(ctx.options.bareYear === "financial-year-ending" ? financialYear(y - 1) : calendarYear(y));
    },
  },
  {
    pattern: RE.quarterFirst,
    read: (m, ctx) => quarter(Number(m[1]) as 1 | 2 | 3 | 4, m[2], m[3], m[4], ctx),
  },
  {
    pattern: RE.quarterLast,
    read: (m, ctx) => quarter(Number(m[4]) as 1 | 2 | 3 | 4, m[1], m[2], m[3], ctx),
  },
  { pattern: RE.census, read: census },
  { pattern: RE.academic, read: academic },
  { pattern: RE.calendar, read: calendar },
  { pattern: RE.fy, read: fyLabel },
  { pattern: RE.rollingRe, read: rollingLabel },
  { pattern: RE.ytd, read: ytd },
  { pattern: RE.list, read: alternatives },
];

function parseLabel(text: string, ctx: Context, depth: number): Result {
  let s = text;
  // Whole label in brackets, as tables write the 3-year average: "377 (16-19)".
  for (let b = RE.brackets.exec(s); b !== null; b = RE.brackets.exec(s)) s = b[1]!.trim();
  for (const { pattern, read } of LABEL_PATTERNS) {
    const m = pattern.exec(s);
    if (m === null) continue;
    const result = read(m, ctx, depth);
    if (result !== undefined) return result;
  }
  return unknown(ctx);
}

/**
 * Reads a period label as reports write it (`2019/20`, `FY 19/20`, `Year End 19/20`, `Q1 20/21`, `Aug-20`,
 * `Sept 2020`, `31 Mar 2019`, `2020-03-31`, `CIN Census 19/20`, `CLA Census 19/20`, `(16-19)`, `17-20`,
 * `12 months to Aug-20`, `YTD Aug-20`, `Academic year 2023/24`). Two-digit years: YY is 20YY when YY <= 69,
 * else 19YY (`options.twoDigitYearPivot`). Never throws; see docs/periods.md for every form.
 * @example
 * parsePeriod("Q1 20/21") //=> { ok: true, period: { kind: "financial-quarter", startYear: 2020, quarter: 1, start: "2020-04-01", end: "2020-06-30", label: "Q1 2020/21" } }
 * @example
 * parsePeriod("Q4").ok //=> false
 * @example
 * parsePeriod("Q4", { financialYear: 2018 }) //=> { ok: true, period: financialQuarter(2018, 4) }
 */
export function parsePeriod(label: string, options: ParsePeriodOptions = {}): PeriodParseResult {
  const original = typeof label === "string" ? label : String(label);
  const ctx: Context = { label: original, options };
  const normal = original
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.,;:]+$/, "")
    .toLowerCase();
  if (normal === "") return fail(ctx, "empty-period", `The period label is empty. ${EXPECTED}`);
  if (normal.length > 200) return unknown(ctx, "it is longer than 200 characters");
  try {
    return parseLabel(normal, ctx, 0);
  } catch (error) {
    // A constructor refused a year outside 1000–9998 or similar: report it as an unreadable label.
    return unknown(ctx, error instanceof Error ? error.message : String(error));
  }
}
