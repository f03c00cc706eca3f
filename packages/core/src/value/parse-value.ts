import type { Unit } from "../indicator/types.js";
import type { ObservationStatus } from "../observation/types.js";

/** What a table cell holds, read by `parseValue`. */
export type ParsedValue =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly unit?: Unit;
      /** `low-reliability` when the number carried a `[u]` marker (`12.3 [u]`). */
      readonly status?: ObservationStatus;
      /**
       * Kept for compatibility; `parseValue` no longer returns it (`k` / `low` are now a status, see the
       * `status` variant).
       */
      readonly roundsToZero?: true;
      /** The marker as written, when there was one (`k`, `[u]`). */
      readonly marker?: string;
    }
  | {
      readonly kind: "range";
      readonly low: number;
      readonly high: number;
      readonly value: number;
      readonly unit?: Unit;
    }
  | {
      readonly kind: "status";
      readonly status: ObservationStatus;
      readonly marker: string;
      /** Set for the EES `k` / `low` markers: a positive value that rounds to 0, published without a number. */
      readonly roundsToZero?: true;
    }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly message: string };

const STATUS_MARKERS: Record<string, ObservationStatus> = {
  c: "suppressed",
  x: "not-available",
  z: "not-applicable",
  u: "low-reliability",
  "-": "not-available",
  "..": "not-available",
  ":": "not-available",
  "n/a": "not-applicable",
  na: "not-applicable",
  "not applicable": "not-applicable",
  "not available": "not-available",
};

const UNIT_WORDS: readonly [RegExp, Unit][] = [
  [/^%$/, "percent"],
  [/^(?:days?|d)$/, "days"],
  [/^(?:weeks?|wks?)$/, "weeks"],
  [/^fte$/, "fte"],
  [/^per\s*10,?000$|^per\s*10k$/, "rate-per-10k"],
  [/^per\s*100,?000$|^per\s*100k$/, "rate-per-100k"],
];

// A number as tables write it: optional sign, digits with optional thousands commas, optional decimals.
const NUMBER = "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(\\d+))?";
const NUMBER_RE = new RegExp(`^${NUMBER}$`);
const VALUE_RE = new RegExp(`^${NUMBER}\\s*(%|[a-z][a-z ,0-9]*)?$`);
const RANGE_RE = new RegExp(`^(${NUMBER})\\s*(%)?\\s*(?:-|to)\\s*(${NUMBER})\\s*(%|[a-z][a-z ,0-9]*)?$`);

function readNumber(text: string): number | null {
  const m = NUMBER_RE.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const n = Number(`${m[1]}${(m[2] ?? "0").replace(/,/g, "")}.${m[3] ?? "0"}`);
  return Number.isFinite(n) ? n : null;
}

function readUnit(word: string | undefined): Unit | null | undefined {
  if (word === undefined) return undefined;
  for (const [re, unit] of UNIT_WORDS) if (re.test(word.trim())) return unit;
  return null;
}

const invalid = (text: string, why: string): ParsedValue => ({
  kind: "invalid",
  message: `"${text}" is not a value: ${why}. Expected a number (23, 1,234, 19.4%, 346 days), a range (75-77%) or a status marker ([c], [x], [z], [u], k, -, ..).`,
});

/**
 * Reads a table cell: numbers (`23`, `1,234`, `−5`, `19.4%`, `346 days`), ranges (`75-77%`, value = the
 * midpoint), and status markers, which are never numbers: `c`/`[c]` suppressed, `x`/`[x]`, `-`, `..`, `:`
 * not available, `z`/`[z]`, `n/a` not applicable, `u`/`[u]` low reliability (with no number), `<5`
 * suppressed, and `k`/`low` (EES: a positive value that rounds to 0) suppressed with `roundsToZero`.
 * Money (`£1,234`) and percentage points (`19.4pp`) are `invalid`, with a message saying why. Percentages keep the
 * figure as written (19.4, not 0.194). Anything else is `invalid` with a message; a blank cell is `empty`.
 * @example
 * parseValue("19.4%") //=> { kind: "number", value: 19.4, unit: "percent" }
 * @example
 * parseValue("75-77%") //=> { kind: "range", low: 75, high: 77, value: 76, unit: "percent" }
 * @example
 * parseValue("[c]") //=> { kind: "status", status: "suppressed", marker: "[c]" }
 */
export function parseValue(text: string): ParsedValue {
  if (typeof text !== "string") return { kind: "invalid", message: `Expected text, got ${typeof text}` };
  const marker = text.trim();
  const s = marker
    .normalize("NFKC")
    .replace(/[\u2212\u2012\u2013\u2014]/g, "-")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .toLowerCase();
  if (s === "") return { kind: "empty" };

  const bare = s.replace(/^\[(.*)\]$/, "$1").trim();
  const marked = (key: string) => (Object.hasOwn(STATUS_MARKERS, key) ? STATUS_MARKERS[key] : undefined);
  const status = marked(bare) ?? marked(s);
  if (status) return { kind: "status", status, marker };
  // EES `k` / `low`: a positive value too small to show. Like every marker it is a status, never a number;
  // suppressed, as @kpikit/csc reads it in published files.
  if (bare === "k" || bare === "low")
    return { kind: "status", status: "suppressed", marker, roundsToZero: true };
  // "<5", "< 10": a small count withheld, the older way of writing [c].
  if (/^<\s*\d+$/.test(bare)) return { kind: "status", status: "suppressed", marker };
  // Money and percentage points are not values kpikit reads: say so rather than "unrecognised".
  if (/^[£$€]|^[+-]?[\d,.]+\s*(?:gbp|£)$/.test(s))
    return invalid(marker, "money is not a unit kpikit knows; write the number alone (1,234)");
  if (/^[+-]?[\d,.]+\s*(?:pp|ppts?|pts?|percentage\s+points?)$/.test(s))
    return invalid(marker, "percentage points are a change between two values, not a value; write 19.4%");

  // A number followed by a low-reliability marker: "12.3 [u]", "12.3u".
  const u = /^(.*?)\s*\[?u\]?$/.exec(s);
  if (u && u[1] !== "" && u[1] !== s) {
    const inner = parseValue(u[1]!);
    if (inner.kind === "number" && inner.status === undefined && inner.roundsToZero === undefined) {
      return { ...inner, status: "low-reliability", marker: marker.slice(u[1]!.length).trim() };
    }
  }

  let m = VALUE_RE.exec(s);
  let unitProblem: string | undefined;
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const value = readNumber(`${m[1]}${m[2] ?? ""}${m[3] !== undefined ? `.${m[3]}` : ""}`);
    const unit = readUnit(m[4]);
    if (value !== null && unit !== null)
      return unit === undefined ? { kind: "number", value } : { kind: "number", value, unit };
    // "10 to 20 days" also looks like a number with a unit "to 20 days": try it as a range first.
    if (unit === null) unitProblem = `"${m[4]}" is not a unit kpikit knows (%, days, weeks, FTE, per 10,000)`;
  }

  m = RANGE_RE.exec(s);
  if (m) {
    // Groups: 1 low number (2–4 its parts), 5 a % after the low end, 6 high number (7–9), 10 unit.
    const low = readNumber(m[1]!);
    const high = readNumber(m[6]!);
    if (low === null || high === null) return invalid(marker, "a range needs a number at each end");
    const highUnit = readUnit(m[10]);
    if (highUnit === null) return invalid(marker, `"${m[10]}" is not a unit kpikit knows`);
    const lowUnit: Unit | undefined = m[5] === undefined ? undefined : "percent";
    if (lowUnit !== undefined && highUnit !== undefined && lowUnit !== highUnit)
      return invalid(marker, "the two ends have different units");
    const unit = highUnit ?? lowUnit;
    if (low > high) return invalid(marker, "the low end of a range is above the high end");
    const value = (low + high) / 2;
    return unit === undefined
      ? { kind: "range", low, high, value }
      : { kind: "range", low, high, value, unit };
  }

  if (unitProblem !== undefined) return invalid(marker, unitProblem);
  if (/^\d{1,3}(?:,\d+)+(?:\.\d+)?/.test(s.replace(/^[+-]/, ""))) {
    return invalid(marker, "thousands separators must group digits in threes (1,234)");
  }
  if (/^(?:[+-]?\d*[.,]\d+|\d+)$/.test(s)) return invalid(marker, "a decimal comma is not read; write 12.5");
  return invalid(marker, "unrecognised text");
}
