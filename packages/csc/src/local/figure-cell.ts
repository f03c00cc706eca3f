import { type Period, parsePeriod, parseValue } from "@kpikit/core";

/** One `value label` pair of a committee table's cell: `19.4% Year End 19/20` → `19.4%` and `Year End 19/20`. */
export interface FigurePart {
  /** The value as written: `19.4%`, `75-77%`, `346 days`, `[c]`. */
  readonly value: string;
  /** The period label as written, without brackets or a leading "in" (empty when the cell gives none). */
  readonly label: string;
  /** `since`: the label gave only a start (`0% since Q3 19/20`). */
  readonly since?: true;
}

// A number as committee tables write it (thousands commas allowed), a range, and a unit after it.
const NUM = String.raw`[+-]?\d[\d,]*(?:\.\d+)?`;
const VALUE = String.raw`${NUM}(?:\s*%)?(?:\s*(?:-|–|to)\s*${NUM})?(?:\s*(?:%|days?\b|weeks?\b|fte\b|per\s+10,?000\b))?`;
const VALUE_FIRST = new RegExp(String.raw`^(${VALUE})(?:\s+|(?=\()|$)(.*)$`, "i");
const LABEL_FIRST = new RegExp(String.raw`^(.*?\S)\s*[:=]\s*(${VALUE})$`, "i");
// Each further pair starts after ". ", ", " or "; " with a number: "19.4% Year End 19/20. 18.9% Aug-20".
const SPLIT = /(?<=\S)\s*[.;,]\s+(?=[+-]?\d)/;

const cleanLabel = (s: string) =>
  s
    .trim()
    .replace(/[.;,]+$/, "")
    .replace(/^\((.*)\)$/, "$1")
    .replace(/^(?:in|at|for|as at|as of|during)\s+/i, "")
    .trim();

/**
 * Splits a committee table's cell into its `value label` pairs: `81% CIN Census 19/20. 87% Q1 20/21`,
 * `23 (Sept 2020)`, `76% in Q1 20/21`, `90% in 19/20, 100% in Q1 20/21`, `346 days (17-20)`, `Q1 20/21: 87%`.
 * A cell that is only a value (`15%`, `75-77%`, `[c]`, `n/a`) is one pair with no label. `since Q3 19/20`
 * gives only the start of a period and is marked `since`. Text that holds no figure is an error with the
 * reason, never a guess.
 * @example
 * splitFigureCell("19.4% Year End 19/20. 18.9% Aug-20") //=> { ok: true, parts: [{ value: "19.4%", label: "Year End 19/20" }, { value: "18.9%", label: "Aug-20" }] }
 * @example
 * splitFigureCell("346 days (17-20)") //=> { ok: true, parts: [{ value: "346 days", label: "17-20" }] }
 * @example
 * splitFigureCell("0% since Q3 19/20") //=> { ok: true, parts: [{ value: "0%", label: "Q3 19/20", since: true }] }
 * @example
 * splitFigureCell("awaiting data").ok //=> false
 */
export function splitFigureCell(
  text: string,
):
  | { readonly ok: true; readonly parts: readonly FigurePart[] }
  | { readonly ok: false; readonly message: string } {
  const whole = text.trim();
  if (whole === "") return { ok: true, parts: [{ value: "", label: "" }] };
  // A bare value or status marker: `15%`, `75-77%`, `[c]`, `n/a`, `-`.
  const bare = parseValue(whole);
  if (bare.kind !== "invalid") return { ok: true, parts: [{ value: whole, label: "" }] };
  const parts: FigurePart[] = [];
  for (const segment of whole.split(SPLIT)) {
    const s = segment.trim().replace(/[.;,]+$/, "");
    if (s === "") continue;
    const first = VALUE_FIRST.exec(s);
    const labelFirst = first ? null : LABEL_FIRST.exec(s);
    const value = first ? first[1] : labelFirst?.[2];
    const rawLabel = first ? (first[2] ?? "") : (labelFirst?.[1] ?? "");
    if (value === undefined || parseValue(value.trim()).kind === "invalid") {
      const why = parseValue(value?.trim() ?? s);
      return {
        ok: false,
        message: `"${s}" holds no figure kpikit can read${why.kind === "invalid" && value !== undefined ? ` (${why.message})` : ""}; write a value and its period, e.g. "19.4% Year End 19/20"`,
      };
    }
    const label = cleanLabel(rawLabel);
    const since = /^since\s+/i.exec(label);
    parts.push(
      since
        ? { value: value.trim(), label: label.slice(since[0].length).trim(), since: true }
        : { value: value.trim(), label },
    );
  }
  if (parts.length === 0) return { ok: false, message: `"${whole}" holds no figure` };
  return { ok: true, parts };
}

/**
 * Reads a column header or a cell's label as a period. A label naming several periods that all lie within
 * one of them (`2018/19 (Q4, FY or 31 Mar snapshot)`: Q4 2018/19, 2018/19 or 31 Mar 2019) is read as that
 * one, with a note saying so; a trailing bracket that is not a period (`2019/20 (provisional)`) is dropped,
 * with a note.
 * @example
 * tablePeriod("2018/19 (Q4, FY or 31 Mar snapshot)").ok //=> true
 * @example
 * tablePeriod("Current position").ok //=> false
 */
export function tablePeriod(
  label: string,
):
  | { readonly ok: true; readonly period: Period; readonly note?: string }
  | { readonly ok: false; readonly message: string } {
  const parsed = parsePeriod(label);
  if (parsed.ok) return { ok: true, period: parsed.period };
  const candidates = parsed.error.candidates ?? [];
  const container = candidates.find((c) => candidates.every((o) => o.start >= c.start && o.end <= c.end));
  if (parsed.error.code === "ambiguous-period" && container && candidates.length > 1)
    return {
      ok: true,
      period: container,
      note: `"${label}" is read as ${container.label}: each figure is for ${candidates.map((c) => c.label).join(", ")}, all within ${container.label}`,
    };
  const bracket = /^(.*?\S)\s*\(([^)]*)\)\s*$/.exec(label);
  if (bracket?.[1]) {
    const inner = parsePeriod(bracket[1]);
    if (inner.ok)
      return {
        ok: true,
        period: inner.period,
        note: `"${label}" is read as ${inner.period.label} (${bracket[2]})`,
      };
  }
  return { ok: false, message: parsed.error.message };
}
