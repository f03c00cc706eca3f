import {
  type IndicatorDefinition,
  type Issue,
  month,
  type ObservationStatus,
  type Period,
} from "@kpikit/core";
import { closest } from "../_lib/suggest.js";
import type { Table, TableCell } from "./read-table.js";

/** What reading local figures needs from core and csc (passed in, so this file stays testable on its own). */
export interface LocalFiguresResolver {
  /** @kpikit/csc `findIndicator`, or a local lookup. */
  readonly findIndicator: (text: string) =>
    | { readonly ok: true; readonly indicator: IndicatorDefinition }
    | {
        readonly ok: false;
        readonly message: string;
        readonly candidates: readonly { readonly indicator: IndicatorDefinition }[];
      };
  /** @kpikit/core `parsePeriod`. */
  readonly parsePeriod: (label: string) =>
    | { readonly ok: true; readonly period: Period }
    | {
        readonly ok: false;
        readonly error: {
          readonly code: string;
          readonly message: string;
          readonly candidates?: readonly Period[];
        };
      };
  /** @kpikit/core `parseValue`. */
  readonly parseValue: (text: string) => ParsedValueLike;
  /**
   * Checks an `area` cell (a code or name): ok when it names the LA the report is for. Without it an area
   * column is read but not checked (`kpikit validate` does not know the LA).
   */
  readonly area?: (text: string) => { readonly ok: true } | { readonly ok: false; readonly message: string };
}

/** The shape of @kpikit/core's ParsedValue that this reader uses. */
export type ParsedValueLike =
  | { readonly kind: "number"; readonly value: number; readonly unit?: string }
  | {
      readonly kind: "range";
      readonly low: number;
      readonly high: number;
      readonly value: number;
      readonly unit?: string;
    }
  | { readonly kind: "status"; readonly status: ObservationStatus; readonly marker: string }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly message: string };

/** One row of a local figures file, resolved. */
export interface LocalFigure {
  readonly indicator: IndicatorDefinition;
  readonly period: Period;
  /** As written, e.g. `Aug-20`. */
  readonly periodLabel: string;
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** A value written as a range (`75-77%`): its ends; `value` is the midpoint. */
  readonly range?: { readonly low: number; readonly high: number };
  readonly numerator?: number;
  readonly denominator?: number;
  readonly target?: number;
  readonly note?: string;
  readonly file: string;
  readonly row: number;
}

/** The columns of a local figures file. */
export const LOCAL_COLUMNS = [
  "indicator",
  "period",
  "value",
  "numerator",
  "denominator",
  "target",
  "note",
  "area",
] as const;
type LocalColumn = (typeof LOCAL_COLUMNS)[number];
const REQUIRED: readonly LocalColumn[] = ["indicator", "period", "value"];
const SYNONYMS: Readonly<Record<string, LocalColumn>> = {
  notes: "note",
  comment: "note",
  comments: "note",
  la: "area",
  lacode: "area",
  laname: "area",
  localauthority: "area",
  authority: "area",
};
/** An indicator cell that marks a totals line at the foot of an export, not a figure. */
const TOTAL_ROW = /^(grand\s+)?totals?:?$/i;

/** Every row resolved, or the issues that stop it; warnings either way. */
export interface LocalFiguresResult {
  readonly figures: readonly LocalFigure[];
  readonly issues: readonly Issue[];
  /** Rows left out on purpose (no value), for the report's data quality notes. */
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
}

function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * Resolves a local figures table (`indicator, period, value` + optional `numerator, denominator, target,
 * note`): every row is checked and every problem reported with its file, row and column.
 */
export function interpretLocalFigures(table: Table, resolver: LocalFiguresResolver): LocalFiguresResult {
  const file = table.file;
  const issues: Issue[] = [...table.issues];
  const columns = new Map<LocalColumn, number>();
  const unknown: { raw: string; index: number; guess: string | undefined }[] = [];
  table.header.forEach((raw, index) => {
    const name = raw.toLowerCase().replace(/[^a-z]/g, "");
    if (name === "") {
      if (table.rows.some((r) => cellText(r.cells[index]) !== "")) {
        issues.push({
          code: "unnamed-column",
          file,
          row: 1,
          column: index + 1,
          message: "a column with values has no header",
        });
      }
      return;
    }
    const col = (LOCAL_COLUMNS as readonly string[]).includes(name) ? (name as LocalColumn) : SYNONYMS[name];
    if (!col) {
      unknown.push({ raw, index, guess: closest(name, LOCAL_COLUMNS) });
      return;
    }
    if (columns.has(col)) {
      issues.push({
        code: "duplicate-column",
        file,
        row: 1,
        column: index + 1,
        message: `column "${raw}" appears twice`,
      });
      return;
    }
    columns.set(col, index);
  });
  // A council's export often carries columns of its own (team, owner, RAG): they are left out with a
  // warning. An unknown column is an error only when it may be a misspelt column the file lacks.
  const missingRequired = REQUIRED.some((c) => !columns.has(c));
  for (const u of unknown) {
    const misspelt = missingRequired || (u.guess !== undefined && !columns.has(u.guess as LocalColumn));
    issues.push({
      code: "unknown-column",
      ...(misspelt ? {} : { severity: "warning" as const }),
      file,
      row: 1,
      column: u.index + 1,
      message: misspelt
        ? `unknown column "${u.raw}"${u.guess ? `; did you mean "${u.guess}"?` : "."} Columns are: ${LOCAL_COLUMNS.join(", ")} (the first three required)`
        : `column "${u.raw}" is not used (kpikit reads ${LOCAL_COLUMNS.join(", ")})`,
    });
  }
  for (const required of REQUIRED) {
    if (!columns.has(required)) {
      issues.push({
        code: "missing-column",
        file,
        row: 1,
        column: required,
        message: `the header has no "${required}" column; the header must name indicator, period, value (found: ${table.header.join(", ") || "nothing"})`,
      });
    }
  }
  if (issues.some((i) => i.severity !== "warning")) return { figures: [], issues, skipped: [] };

  const figures: LocalFigure[] = [];
  const skipped: { row: number; reason: string }[] = [];
  const seen = new Map<string, number>();
  const at = (r: { cells: readonly TableCell[] }, col: LocalColumn) => {
    const index = columns.get(col);
    return index === undefined ? undefined : r.cells[index];
  };
  for (const r of table.rows) {
    const row = r.row;
    const indicatorText = cellText(at(r, "indicator"));
    const periodCell = at(r, "period");
    // Excel turns a typed "Aug-20" into the date 1 Aug 2020: a date on the 1st of a month is read as that
    // month (a census or snapshot date is a month end, e.g. 31 Mar 2020, and stays a date).
    const monthFromDate = periodCell instanceof Date && periodCell.getUTCDate() === 1;
    const periodText = monthFromDate
      ? month(periodCell.getUTCFullYear(), periodCell.getUTCMonth() + 1).label
      : cellText(periodCell);
    const valueCell = at(r, "value");
    const valueText = cellText(valueCell);
    if (valueText === "" && periodText === "") {
      skipped.push({ row, reason: `${indicatorText || "row"}: no period and no value (a template row)` });
      continue;
    }
    if (TOTAL_ROW.test(indicatorText)) {
      skipped.push({ row, reason: `"${indicatorText}": a totals row, not an indicator` });
      issues.push({
        code: "total-row",
        severity: "warning",
        file,
        row,
        column: "indicator",
        message: `"${indicatorText}" is a totals row; it is skipped`,
      });
      continue;
    }
    const rowIssues: Issue[] = [];
    const areaText = cellText(at(r, "area"));
    if (areaText !== "" && resolver.area) {
      const a = resolver.area(areaText);
      if (!a.ok) rowIssues.push({ code: "other-area", file, row, column: "area", message: a.message });
    }
    let indicator: IndicatorDefinition | undefined;
    if (indicatorText === "") {
      rowIssues.push({
        code: "missing-indicator",
        file,
        row,
        column: "indicator",
        message: "the indicator is empty",
      });
    } else {
      const match = resolver.findIndicator(indicatorText);
      if (match.ok) indicator = match.indicator;
      else {
        const suggestions = match.candidates
          .slice(0, 3)
          .map((c) => `"${c.indicator.id}" (${c.indicator.title})`);
        rowIssues.push({
          code: "unknown-indicator",
          file,
          row,
          column: "indicator",
          message: `unknown indicator "${indicatorText}"${suggestions.length > 0 ? `; did you mean ${suggestions.join(" or ")}?` : ""} See \`kpikit catalogue\`, or define it under localIndicators in the config`,
        });
      }
    }
    let period: Period | undefined;
    if (periodText === "") {
      rowIssues.push({
        code: "missing-period",
        file,
        row,
        column: "period",
        message: "the period is empty (e.g. 2019/20, Q1 20/21, Aug-20, 31 Mar 2020)",
      });
    } else {
      const parsed = resolver.parsePeriod(periodText);
      if (parsed.ok) period = parsed.period;
      else {
        const candidates = parsed.error.candidates?.map((c) => c.label).join(" or ");
        rowIssues.push({
          code: parsed.error.code === "ambiguous-period" ? "ambiguous-period" : "bad-period",
          file,
          row,
          column: "period",
          message: `${parsed.error.message}${candidates ? ` (could be ${candidates})` : ""}`,
        });
      }
      if (periodCell instanceof Date) {
        issues.push({
          code: "period-was-date",
          severity: "warning",
          file,
          row,
          column: "period",
          message: `the spreadsheet stored this period as a date (${cellText(periodCell)})${monthFromDate ? `, read as the month ${periodText}` : ", read as that day"}; format the period column as text to keep labels such as "Aug-20"`,
        });
      }
    }
    let value: number | null = null;
    let status: ObservationStatus = "ok";
    let range: { low: number; high: number } | undefined;
    if (valueText === "") {
      skipped.push({ row, reason: `${indicatorText} ${periodText}: no value` });
      issues.push({
        code: "empty-value",
        severity: "warning",
        file,
        row,
        column: "value",
        message: `no value for ${indicatorText} ${periodText}; the row is skipped (write [x] if the figure is not available)`,
      });
      issues.push(...rowIssues);
      continue;
    }
    if (typeof valueCell === "number") {
      value = valueCell;
      if (indicator?.unit === "percent" && value > 0 && value < 1) {
        issues.push({
          code: "fraction-for-percent",
          severity: "warning",
          file,
          row,
          column: "value",
          message: `${value} looks like a fraction but the indicator is a percentage; if the cell is formatted as %, type the value as text (e.g. 18.9%)`,
        });
      }
    } else if (valueCell instanceof Date) {
      rowIssues.push({
        code: "bad-value",
        file,
        row,
        column: "value",
        message: `the value is a date (${valueText}); expected a number such as 18.9% or 346`,
      });
    } else {
      const parsed = resolver.parseValue(valueText);
      switch (parsed.kind) {
        case "number":
          value = parsed.value;
          checkUnit(parsed.unit, indicator, { file, row }, issues);
          break;
        case "range":
          value = parsed.value;
          range = { low: parsed.low, high: parsed.high };
          checkUnit(parsed.unit, indicator, { file, row }, issues);
          break;
        case "status":
          status = parsed.status;
          break;
        case "empty":
          status = "not-available";
          break;
        case "invalid":
          rowIssues.push({
            code: "bad-value",
            file,
            row,
            column: "value",
            message: `"${valueText}" is not a number: ${parsed.message}`,
          });
          break;
        default: {
          const never: never = parsed;
          throw new Error(`unhandled value ${String(never)}`);
        }
      }
    }
    const numerator = countCell(at(r, "numerator"), "numerator", { file, row }, rowIssues);
    const denominator = countCell(at(r, "denominator"), "denominator", { file, row }, rowIssues);
    let target: number | undefined;
    const targetText = cellText(at(r, "target"));
    if (targetText !== "") {
      const t =
        typeof at(r, "target") === "number"
          ? ({ kind: "number", value: at(r, "target") as number } as const)
          : resolver.parseValue(targetText);
      if (t.kind === "number" || t.kind === "range") target = t.value;
      else
        rowIssues.push({
          code: "bad-target",
          file,
          row,
          column: "target",
          message: `target "${targetText}" is not a number`,
        });
    }
    if (indicator && period) {
      const key = `${indicator.id}|${period.kind}|${period.start}|${period.end}`;
      const first = seen.get(key);
      if (first !== undefined) {
        rowIssues.push({
          code: "duplicate-row",
          file,
          row,
          column: "period",
          message: `${indicator.id} for ${period.label} is already given on row ${first}; keep one row per indicator per period`,
        });
      } else seen.set(key, row);
    }
    issues.push(...rowIssues);
    if (rowIssues.length > 0 || !indicator || !period) continue;
    const note = cellText(at(r, "note"));
    figures.push({
      indicator,
      period,
      periodLabel: periodText,
      value,
      status,
      ...(range ? { range } : {}),
      ...(numerator !== undefined ? { numerator } : {}),
      ...(denominator !== undefined ? { denominator } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(note ? { note } : {}),
      file,
      row,
    });
  }
  if (table.rows.length === 0)
    issues.push({ code: "no-rows", file, row: 2, column: 1, message: "the file has a header but no rows" });
  return { figures, issues, skipped };
}

function checkUnit(
  unit: string | undefined,
  indicator: IndicatorDefinition | undefined,
  where: { file: string; row: number },
  issues: Issue[],
): void {
  if (!unit || !indicator) return;
  if (unit === "percent" && indicator.unit !== "percent") {
    issues.push({
      code: "unit-mismatch",
      severity: "warning",
      ...where,
      column: "value",
      message: `the value has % but ${indicator.id} is measured in ${indicator.unit}`,
    });
  } else if (unit !== "percent" && indicator.unit === "percent") {
    issues.push({
      code: "unit-mismatch",
      severity: "warning",
      ...where,
      column: "value",
      message: `the value is in ${unit} but ${indicator.id} is a percentage`,
    });
  }
}

function countCell(
  cell: TableCell | undefined,
  column: LocalColumn,
  where: { file: string; row: number },
  issues: Issue[],
): number | undefined {
  if (typeof cell === "number") return cell;
  const text = cellText(cell).replace(/,/g, "");
  // A count withheld or not available ([c], [x], [z], [u]: what `kpikit compute` writes) is no count.
  if (text === "" || /^\[[cxzu]\]$/i.test(text)) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) {
    issues.push({
      code: `bad-${column}`,
      ...where,
      column,
      message: `${column} "${cellText(cell)}" is not a count`,
    });
    return undefined;
  }
  return n;
}
