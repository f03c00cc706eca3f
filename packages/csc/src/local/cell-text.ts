// Internal: a cell's text, and the checks every local figures layout makes on a figure.
import {
  type IndicatorDefinition,
  type Issue,
  implausibleValue,
  type ObservationStatus,
  type ParsedValue,
  parseValue,
} from "@kpikit/core";
import type { LocalCell } from "./types.js";

export function cellText(cell: LocalCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A figure read from a cell: its value, status, range and unit, or why it is not one. */
export type FigureValue =
  | {
      readonly ok: true;
      readonly value: number | null;
      readonly status: ObservationStatus;
      readonly range?: { readonly low: number; readonly high: number };
      readonly unit?: string;
    }
  | { readonly ok: false; readonly message: string };

/** A parsed cell as a figure: numbers keep a `[u]` marker's low reliability; blank is not available. */
export function figureOf(parsed: ParsedValue, text: string): FigureValue {
  switch (parsed.kind) {
    case "number":
      return {
        ok: true,
        value: parsed.value,
        status: parsed.status ?? "ok",
        ...(parsed.unit ? { unit: parsed.unit } : {}),
      };
    case "range":
      return {
        ok: true,
        value: parsed.value,
        status: "ok",
        range: { low: parsed.low, high: parsed.high },
        ...(parsed.unit ? { unit: parsed.unit } : {}),
      };
    case "status":
      return { ok: true, value: null, status: parsed.status };
    case "empty":
      return { ok: true, value: null, status: "not-available" };
    case "invalid":
      return { ok: false, message: `"${text}" is not a number: ${parsed.message}` };
    default: {
      const never: never = parsed;
      return { ok: false, message: `unreadable value ${String(never)}` };
    }
  }
}

/** Reads a value cell of any kind (a workbook number is taken as it is). */
export function readFigure(cell: LocalCell | undefined): FigureValue {
  if (typeof cell === "number") return { ok: true, value: cell, status: "ok" };
  if (cell instanceof Date)
    return {
      ok: false,
      message: `the value is a date (${cellText(cell)}); expected a number such as 18.9% or 346`,
    };
  const text = cellText(cell);
  return figureOf(parseValue(text), text);
}

/**
 * The issues a figure raises against its indicator: a unit that disagrees (a warning), and a value that
 * cannot be right for the indicator's unit (an error, from core's `implausibleValue`).
 */
export function figureIssues(
  figure: {
    readonly value: number | null;
    readonly unit?: string;
    readonly numerator?: number;
    readonly denominator?: number;
    readonly range?: { readonly low: number; readonly high: number };
  },
  indicator: IndicatorDefinition,
  where: { readonly file: string; readonly row: number; readonly column: number | string },
): Issue[] {
  const issues: Issue[] = [];
  const { unit } = figure;
  if (unit === "percent" && indicator.unit !== "percent")
    issues.push({
      code: "unit-mismatch",
      severity: "warning",
      ...where,
      message: `the value has % but ${indicator.id} is measured in ${indicator.unit}`,
    });
  else if (unit !== undefined && unit !== "percent" && indicator.unit === "percent")
    issues.push({
      code: "unit-mismatch",
      severity: "warning",
      ...where,
      message: `the value is in ${unit} but ${indicator.id} is a percentage`,
    });
  for (const v of figure.range ? [figure.range.low, figure.range.high] : [figure.value]) {
    const why = implausibleValue({
      value: v,
      unit: indicator.unit,
      ...(figure.numerator === undefined ? {} : { numerator: figure.numerator }),
      ...(figure.denominator === undefined ? {} : { denominator: figure.denominator }),
    });
    if (why) {
      issues.push({
        code: "implausible-value",
        ...where,
        message: `${why}; ${indicator.shortTitle} is measured in ${indicator.unit}. Check the figure`,
      });
      break;
    }
  }
  return issues;
}

/** A "did you mean" suggestion for an unknown indicator, from the finder's candidates. */
export function unknownIndicatorMessage(
  text: string,
  candidates: readonly { readonly indicator: IndicatorDefinition }[],
): string {
  const suggestions = candidates.slice(0, 3).map((c) => `"${c.indicator.id}" (${c.indicator.title})`);
  return `unknown indicator "${text}"${suggestions.length > 0 ? `; did you mean ${suggestions.join(" or ")}?` : ""} See \`kpikit catalogue\`, or define it under localIndicators in the config`;
}

// Text a spreadsheet would run as a formula (=, +, -, @, a tab or CR first; a signed number excepted), after any
// apostrophes already at its start, so that unguarding gives every text back exactly.
const runsAsFormula = (text: string) => {
  const s = text.replace(/^'+/, "");
  return /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d/.test(s);
};

/** Text as written to a CSV: with a leading `'` when a spreadsheet would run it as a formula. */
export function formulaGuarded(text: string): string {
  return runsAsFormula(text) ? `'${text}` : text;
}

/** The text {@link formulaGuarded} was given, from what it wrote (other text as it is). */
export function formulaUnguarded(text: string): string {
  return text.startsWith("'") && runsAsFormula(text.slice(1)) ? text.slice(1) : text;
}
