import {
  type IndicatorDefinition,
  type Issue,
  month,
  type ObservationStatus,
  type Period,
  parsePeriod,
  parseValue,
} from "@kpikit/core";
import { editDistance } from "../reference/normalize-name.js";
import {
  cellText,
  figureIssues,
  formulaUnguarded,
  readFigure,
  unknownIndicatorMessage,
} from "./cell-text.js";
import { LOCAL_FIGURE_COLUMNS } from "./local-figures-csv.js";
import type {
  LocalCell,
  LocalFigure,
  LocalFiguresResolver,
  LocalFiguresResult,
  LocalTable,
} from "./types.js";

/**
 * The columns of a long local figures file (`indicator, period, value` required): those kpikit writes, and an
 * `area` the reader checks.
 * @example
 * LONG_COLUMNS.slice(0, 3) //=> ["indicator", "period", "value"]
 */
export const LONG_COLUMNS = [...LOCAL_FIGURE_COLUMNS, "area"] as const;
type LongColumn = (typeof LONG_COLUMNS)[number];
const REQUIRED: readonly LongColumn[] = ["indicator", "period", "value"];
const SYNONYMS: Readonly<Record<string, LongColumn>> = {
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

const columnName = (raw: string) => raw.toLowerCase().replace(/[^a-z]/g, "");

/**
 * Which long-file column a header names (synonyms such as `comments` and `LA code` included), or undefined.
 * @example
 * longColumnOf("Comments") //=> "note"
 */
export function longColumnOf(header: string): LongColumn | undefined {
  const name = columnName(header);
  return (LONG_COLUMNS as readonly string[]).includes(name)
    ? (name as LongColumn)
    : Object.hasOwn(SYNONYMS, name)
      ? SYNONYMS[name]
      : undefined;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Resolves a long local figures table (`indicator, period, value` + optional `numerator, denominator, target,
 * note, area`): every row is checked and every problem reported with its file, row and column. A value that
 * cannot be right for the indicator's unit (a percentage above 100, a negative count) is an error; `[u]`
 * after a number keeps it as low reliability.
 * @example
 * const t = { file: "f.csv", kind: "csv", header: ["indicator", "period", "value"], rows: [{ row: 2, cells: ["re-referrals-12m", "2019/20", "19.4%"] }], issues: [] } as const;
 * readLongFigures(t, { findIndicator }).figures[0]?.value //=> 19.4
 */
export function readLongFigures(table: LocalTable, resolver: LocalFiguresResolver): LocalFiguresResult {
  const file = table.file;
  const issues: Issue[] = [...table.issues];
  const columns = new Map<LongColumn, number>();
  const unknown: { raw: string; index: number; guess: string | undefined }[] = [];
  const fail = (): LocalFiguresResult => ({
    layout: "long",
    figures: [],
    indicators: [],
    issues,
    skipped: [],
  });
  table.header.forEach((raw, index) => {
    const name = columnName(raw);
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
    const col = longColumnOf(raw);
    if (!col) {
      unknown.push({ raw, index, guess: closest(name, LONG_COLUMNS) });
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
    const misspelt = missingRequired || (u.guess !== undefined && !columns.has(u.guess as LongColumn));
    issues.push({
      code: "unknown-column",
      ...(misspelt ? {} : { severity: "warning" as const }),
      file,
      row: 1,
      column: u.index + 1,
      message: misspelt
        ? `unknown column "${u.raw}"${u.guess ? `; did you mean "${u.guess}"?` : "."} Columns are: ${LONG_COLUMNS.join(", ")} (the first three required), or a wide table with a column per period`
        : `column "${u.raw}" is not used (kpikit reads ${LONG_COLUMNS.join(", ")})`,
    });
  }
  for (const required of REQUIRED) {
    if (!columns.has(required)) {
      issues.push({
        code: "missing-column",
        file,
        row: 1,
        column: required,
        message: `the header has no "${required}" column; the header must name indicator, period, value, or be a wide table (indicator, then a column per period such as 2018/19 or Current position) (found: ${table.header.join(", ") || "nothing"})`,
      });
    }
  }
  if (issues.some((i) => i.severity !== "warning")) return fail();

  const figures: LocalFigure[] = [];
  const skipped: { row: number; reason: string }[] = [];
  const seen = new Map<string, number>();
  const at = (r: { cells: readonly LocalCell[] }, col: LongColumn) => {
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
    const periodText =
      monthFromDate && periodCell instanceof Date
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
      else
        rowIssues.push({
          code: "unknown-indicator",
          file,
          row,
          column: "indicator",
          message: unknownIndicatorMessage(indicatorText, match.candidates),
        });
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
      const parsed = parsePeriod(periodText);
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
    let value: number | null = null;
    let status: ObservationStatus = "ok";
    let range: { low: number; high: number } | undefined;
    const figure = readFigure(valueCell);
    if (!figure.ok)
      rowIssues.push({ code: "bad-value", file, row, column: "value", message: figure.message });
    else {
      value = figure.value;
      status = figure.status;
      range = figure.range;
      if (
        typeof valueCell === "number" &&
        indicator?.unit === "percent" &&
        value !== null &&
        value > 0 &&
        value < 1
      ) {
        issues.push({
          code: "fraction-for-percent",
          severity: "warning",
          file,
          row,
          column: "value",
          message: `${value} looks like a fraction but the indicator is a percentage; if the cell is formatted as %, type the value as text (e.g. 18.9%)`,
        });
      }
    }
    const numerator = countCell(at(r, "numerator"), "numerator", { file, row }, rowIssues);
    const denominator = countCell(at(r, "denominator"), "denominator", { file, row }, rowIssues);
    if (figure.ok && indicator)
      rowIssues.push(
        ...figureIssues(
          {
            value,
            ...(figure.unit ? { unit: figure.unit } : {}),
            ...(range ? { range } : {}),
            ...(numerator === undefined ? {} : { numerator }),
            ...(denominator === undefined ? {} : { denominator }),
          },
          indicator,
          { file, row, column: "value" },
        ),
      );
    let target: number | undefined;
    const targetCell = at(r, "target");
    const targetText = cellText(targetCell);
    if (targetText !== "") {
      const t =
        typeof targetCell === "number"
          ? ({ kind: "number", value: targetCell } as const)
          : parseValue(targetText);
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
    if (rowIssues.some((i) => i.severity !== "warning") || !indicator || !period) continue;
    // kpikit's writer puts a ' before a note a spreadsheet would run as a formula: taken off here.
    const note = formulaUnguarded(cellText(at(r, "note")));
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
  return { layout: "long", figures, indicators: [], issues, skipped };
}

function countCell(
  cell: LocalCell | undefined,
  column: LongColumn,
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
