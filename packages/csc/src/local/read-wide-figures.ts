import {
  type IndicatorDefinition,
  type Issue,
  type Period,
  type Polarity,
  parseValue,
  rolling,
  statusMarker,
} from "@kpikit/core";
import { cellText, figureIssues, figureOf, readFigure, unknownIndicatorMessage } from "./cell-text.js";
import { splitFigureCell, tablePeriod } from "./figure-cell.js";
import type {
  LocalFigure,
  LocalFiguresResolver,
  LocalFiguresResult,
  LocalIndicatorRow,
  LocalTable,
} from "./types.js";

/** What a wide table's column holds, recognised from its header. */
export type WideColumn =
  | { readonly kind: "indicator" }
  | { readonly kind: "period"; readonly period: Period; readonly note?: string }
  | { readonly kind: "current"; readonly period?: Period }
  | { readonly kind: "target" }
  | { readonly kind: "polarity" }
  | { readonly kind: "comments" }
  | { readonly kind: "rag" }
  | { readonly kind: "benchmark" }
  | { readonly kind: "unknown" };

const CURRENT = /^(?:current|latest|most recent|ytd|year to date)\b|\bcurrent position\b|^position\b/i;
const INDICATOR = /^(?:performance\s+)?(?:indicator|measure|kpi|metric|description|title|name|area|pi)s?\b/i;
const TARGET = /\b(?:target|aim|goal|ambition|threshold)s?\b/i;
const POLARITY = /\b(?:polarity|good performance|better|good is|direction of good|higher or lower)\b/i;
const COMMENTS = /\b(?:comments?|notes?|narrative|commentary|explanation|analysis|context|remarks?)\b/i;
const RAG = /\b(?:rag|rating|status)\b/i;
const BENCHMARK =
  /\b(?:benchmarks?|england|national|statistical neighbours?|neighbours?|sn|region(?:al)?|comparators?|similar (?:las|authorities)|south west|london)\b/i;

/**
 * What a wide table's column holds, from its header: the indicator's name, a period (`2018/19`,
 * `Q1 2020/21`, `2018/19 (Q4, FY or 31 Mar snapshot)`), the current position (cells carry their own periods),
 * a target, a polarity ("Good performance is"), comments, the council's RAG, or a benchmark (England,
 * statistical neighbours: kept as the council's own, beside kpikit's).
 * @example
 * wideColumnOf("2018/19 (Q4, FY or 31 Mar snapshot)").kind //=> "period"
 * @example
 * wideColumnOf("Current position").kind //=> "current"
 * @example
 * wideColumnOf("Target 2020/21").kind //=> "target"
 * @example
 * wideColumnOf("England 2019/20").kind //=> "benchmark"
 */
export function wideColumnOf(header: string): WideColumn {
  const h = header.trim();
  if (h === "") return { kind: "unknown" };
  if (TARGET.test(h)) return { kind: "target" };
  if (POLARITY.test(h)) return { kind: "polarity" };
  if (BENCHMARK.test(h)) return { kind: "benchmark" };
  if (COMMENTS.test(h)) return { kind: "comments" };
  if (RAG.test(h)) return { kind: "rag" };
  if (INDICATOR.test(h)) return { kind: "indicator" };
  // "Baseline 2019/20", "Previous (2019/20)": the period after the word.
  const p = tablePeriod(
    h
      .replace(/^(?:baseline|base|previous|prior|last year)\b\s*[:(-]?\s*(.*?)\)?$/i, "$1")
      // "2019/20 Actual", "Outturn 2019/20": the period around the word.
      .replace(/\s*\b(?:actual|outturn|out-turn|result|performance|figure|value)s?\b\s*/gi, " ")
      .trim() || h,
  );
  if (p.ok) return { kind: "period", period: p.period, ...(p.note ? { note: p.note } : {}) };
  if (CURRENT.test(h)) {
    const bracket = /\(([^)]*)\)\s*$/.exec(h);
    const inner = bracket?.[1] ? tablePeriod(bracket[1]) : undefined;
    return inner?.ok ? { kind: "current", period: inner.period } : { kind: "current" };
  }
  return { kind: "unknown" };
}

/**
 * Whether a table is wide (a row per indicator, a column per period or a current position) rather than long
 * (`indicator, period, value`).
 * @example
 * isWideTable(["Indicator", "2018/19", "Current position"]) //=> true
 * @example
 * isWideTable(["indicator", "period", "value"]) //=> false
 */
export function isWideTable(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  if (names.includes("period") || names.includes("value")) return false;
  return header.some((h) => {
    const k = wideColumnOf(h).kind;
    return k === "period" || k === "current";
  });
}

const polarityOf = (text: string): Polarity | undefined => {
  const t = text.toLowerCase();
  if (/\b(?:n\/?a|none|no judgement|neither|context)\b/.test(t)) return "no-judgement";
  if (/\b(?:low|lower|smaller|less|down|decrease|reduce)\b/.test(t)) return "lower-is-better";
  if (/\b(?:high|higher|bigger|more|up|increase)\b/.test(t)) return "higher-is-better";
  return undefined;
};

interface Pending {
  readonly indicator: IndicatorDefinition;
  readonly row: number;
  readonly column: number;
  readonly order: number;
  readonly written: string;
  readonly label: string;
  readonly value: string | number;
  readonly since?: Period;
  readonly period?: Period;
  readonly periodNote?: string;
}

/**
 * Reads a wide local figures table, as councils write them for committee: a row per indicator, a column per
 * period (its header a period) or a "current position" column whose cells hold one or more `value label`
 * pairs, and optional target, polarity, comments, RAG and benchmark columns. Every figure becomes a local
 * figure (intermediate ones are trend points); `n/a`, `-`, `[c]` and blanks are statuses; each indicator row
 * says which figure the table compares the latest one with (the previous column that has a figure).
 * Implausible values for the indicator's unit, unreadable cells and unknown indicators are errors naming the
 * row and column.
 * @example
 * const t = { file: "t.csv", kind: "csv", header: ["Indicator", "2018/19", "Current position"], rows: [{ row: 2, cells: ["Re-referral rate", "15%", "19.4% Year End 19/20. 18.9% Aug-20"] }], issues: [] } as const;
 * readWideFigures(t, { findIndicator }).figures.map((f) => `${f.value} ${f.period.label}`) //=> ["15 2018/19", "19.4 2019/20", "18.9 Aug 2020"]
 */
export function readWideFigures(table: LocalTable, resolver: LocalFiguresResolver): LocalFiguresResult {
  const file = table.file;
  const issues: Issue[] = [...table.issues];
  const columns = table.header.map((h) => wideColumnOf(h));
  let indicatorColumn = columns.findIndex((c) => c.kind === "indicator");
  if (indicatorColumn < 0) indicatorColumn = columns.findIndex((c) => c.kind === "unknown");
  if (indicatorColumn < 0) indicatorColumn = 0;
  const figureColumns = columns
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => i !== indicatorColumn && (c.kind === "period" || c.kind === "current"));
  columns.forEach((c, i) => {
    if (i === indicatorColumn) return;
    if (c.kind === "unknown" && table.rows.some((r) => cellText(r.cells[i]) !== ""))
      issues.push({
        code: "unknown-column",
        severity: "warning",
        file,
        row: 1,
        column: i + 1,
        message: `column "${table.header[i] ?? ""}" is not used: its header is not a period (2018/19, Q1 20/21, Aug-20), Current position, Target, Polarity, Comments, RAG or a benchmark`,
      });
    if (c.kind === "period" && c.note)
      issues.push({
        code: "period-header",
        severity: "warning",
        file,
        row: 1,
        column: i + 1,
        message: c.note,
      });
  });

  const pending: Pending[] = [];
  const rowsOut: {
    row: number;
    indicator: IndicatorDefinition;
    extras: Omit<LocalIndicatorRow, "indicatorId" | "row" | "baseline">;
  }[] = [];
  const skipped: { row: number; reason: string }[] = [];
  let order = 0;
  for (const r of table.rows) {
    const row = r.row;
    const name = cellText(r.cells[indicatorColumn]);
    const hasFigures = figureColumns.some(({ i }) => cellText(r.cells[i]) !== "");
    const rowIssues: Issue[] = [];
    if (name === "") {
      if (hasFigures)
        issues.push({
          code: "missing-indicator",
          file,
          row,
          column: indicatorColumn + 1,
          message: "the indicator is empty but the row has figures",
        });
      else skipped.push({ row, reason: "no indicator and no figures" });
      continue;
    }
    const match = resolver.findIndicator(name);
    if (!hasFigures) {
      // A heading line between blocks of indicators ("Child protection"), even one that names an indicator
      // ("Looked after children", merged across the table): with no figure in any column it gives none, and
      // blank cells must not stand for the council's figures.
      skipped.push({ row, reason: `"${name}": a heading, no figures` });
      if (match.ok)
        issues.push({
          code: "heading-row",
          severity: "warning",
          file,
          row,
          column: indicatorColumn + 1,
          message: `"${name}" has no figure in any column: read as a heading, not as ${match.indicator.id}`,
        });
      continue;
    }
    if (!match.ok) {
      issues.push({
        code: "unknown-indicator",
        file,
        row,
        column: indicatorColumn + 1,
        message: unknownIndicatorMessage(name, match.candidates),
      });
      continue;
    }
    const indicator = match.indicator;
    const notes: string[] = [];
    let target: number | undefined;
    let polarity: Polarity | undefined;
    columns.forEach((c, i) => {
      const cell = r.cells[i];
      const text = cellText(cell);
      if (text === "") {
        // A blank cell under a period is that period's figure not being available: a status, never a number.
        if (c.kind === "period" && cell !== 0)
          pending.push({
            indicator,
            row,
            column: i + 1,
            order: order++,
            written: "",
            label: "",
            value: "",
            period: c.period,
          });
        return;
      }
      const header = table.header[i] ?? "";
      switch (c.kind) {
        case "target": {
          const t = typeof cell === "number" ? ({ kind: "number", value: cell } as const) : parseValue(text);
          if (t.kind === "number" || t.kind === "range") {
            target = t.value;
            rowIssues.push(
              ...figureIssues({ value: t.value, ...(t.unit ? { unit: t.unit } : {}) }, indicator, {
                file,
                row,
                column: i + 1,
              }).filter((x) => x.code === "implausible-value"),
            );
          } else if (t.kind === "invalid")
            rowIssues.push({
              code: "bad-target",
              file,
              row,
              column: i + 1,
              message: `target "${text}" is not a number`,
            });
          return;
        }
        case "polarity": {
          polarity = polarityOf(text);
          if (!polarity)
            rowIssues.push({
              code: "bad-polarity",
              severity: "warning",
              file,
              row,
              column: i + 1,
              message: `"${text}" does not say whether higher or lower is better; the catalogue's polarity is used`,
            });
          else if (polarity !== indicator.polarity)
            issues.push({
              code: "polarity-disagrees",
              severity: "warning",
              file,
              row,
              column: i + 1,
              message: `the table says "${text}" (${polarity}) but kpikit's catalogue has ${indicator.shortTitle} as ${indicator.polarity}${indicator.polarityReason ? ` (${indicator.polarityReason})` : ""}; the catalogue's polarity is used`,
            });
          return;
        }
        case "comments":
          notes.push(text);
          return;
        case "rag":
          notes.push(`The council's own rating: ${text}`);
          return;
        case "benchmark":
          notes.push(`${header} (the council's own figure): ${text}`);
          return;
        case "indicator":
        case "unknown":
          return;
        case "period":
        case "current": {
          if (typeof cell === "number" || cell instanceof Date) {
            pending.push({
              indicator,
              row,
              column: i + 1,
              order: order++,
              written: text,
              label: "",
              value: typeof cell === "number" ? cell : text,
              ...(c.kind === "period"
                ? { period: c.period, ...(c.note ? { periodNote: c.note } : {}) }
                : c.period
                  ? { period: c.period }
                  : {}),
            });
            return;
          }
          const split = splitFigureCell(text);
          if (!split.ok) {
            rowIssues.push({ code: "bad-value", file, row, column: i + 1, message: split.message });
            return;
          }
          for (const part of split.parts) {
            const base = { indicator, row, column: i + 1, order: order++, written: text, value: part.value };
            if (part.label === "") {
              const period = c.kind === "period" ? c.period : c.period;
              if (!period) {
                rowIssues.push({
                  code: "missing-period",
                  file,
                  row,
                  column: i + 1,
                  message: `"${part.value}" in "${header}" has no period; write it beside the figure (e.g. "${part.value} Q1 20/21") or put the period in the column's header`,
                });
                continue;
              }
              pending.push({
                ...base,
                label: "",
                period,
                ...(c.kind === "period" && c.note ? { periodNote: c.note } : {}),
              });
              continue;
            }
            const p = tablePeriod(part.label);
            if (!p.ok) {
              rowIssues.push({
                code: "bad-period",
                file,
                row,
                column: i + 1,
                message: `"${part.label}" in "${text}": ${p.message}`,
              });
              continue;
            }
            pending.push(
              part.since
                ? { ...base, label: `since ${part.label}`, since: p.period }
                : { ...base, label: part.label, period: p.period, ...(p.note ? { periodNote: p.note } : {}) },
            );
          }
          return;
        }
        default: {
          const never: never = c;
          throw new Error(`unhandled column ${String(never)}`);
        }
      }
    });
    issues.push(...rowIssues);
    if (rowIssues.some((i) => i.severity !== "warning")) continue;
    rowsOut.push({
      row,
      indicator,
      extras: {
        ...(target === undefined ? {} : { target }),
        ...(polarity === undefined ? {} : { polarity }),
        ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
      },
    });
  }

  // "since Q3 19/20" runs to the period the table is written as at: the end most rows' latest figures share.
  const latestEnd = asAtEnd(pending);
  const figures: LocalFigure[] = [];
  const byKey = new Map<string, LocalFigure>();
  const blankKeys = new Set<string>();
  const okRows = new Set(rowsOut.map((r) => r.row));
  for (const p of pending) {
    if (!okRows.has(p.row)) continue;
    let period = p.period;
    let periodNote = p.periodNote;
    if (p.since) {
      const months = latestEnd ? monthsBetween(p.since.start, latestEnd) : 0;
      if (!latestEnd || months < 1 || months > 120 || latestEnd <= p.since.end) {
        issues.push({
          code: "open-period",
          file,
          row: p.row,
          column: p.column,
          message: `"${p.value} ${p.label}" has no end and the table has no later figure to end it at; write the period it is for`,
        });
        continue;
      }
      period = rolling(latestEnd, months);
      periodNote = `written as "${p.value} ${p.label}": read as ${period.label} (from ${p.since.label} to the period most of the table's latest figures are for)`;
      issues.push({
        code: "open-period-read",
        severity: "warning",
        file,
        row: p.row,
        column: p.column,
        message: `"${p.value} ${p.label}" gives only a start: read as ${period.label}, to the period most of the table's latest figures are for; write the period it runs to if that is wrong`,
      });
    }
    if (!period) continue;
    const figure = typeof p.value === "number" ? readFigure(p.value) : figureOf(parseValue(p.value), p.value);
    const where = { file, row: p.row, column: p.column };
    if (!figure.ok) {
      issues.push({ code: "bad-value", ...where, message: figure.message });
      continue;
    }
    const problems = figureIssues(
      {
        value: figure.value,
        ...(figure.unit ? { unit: figure.unit } : {}),
        ...(figure.range ? { range: figure.range } : {}),
      },
      p.indicator,
      where,
    );
    issues.push(...problems);
    if (problems.some((i) => i.severity !== "warning")) continue;
    if (typeof p.value === "number" && p.indicator.unit === "percent" && p.value > 0 && p.value < 1)
      issues.push({
        code: "fraction-for-percent",
        severity: "warning",
        ...where,
        message: `${p.value} looks like a fraction but the indicator is a percentage; format the cell as % or type 18.9%`,
      });
    const key = `${p.indicator.id}|${period.kind}|${period.start}|${period.end}`;
    const earlier = byKey.get(key);
    // A blank cell says nothing beside a figure the row gives for the same period elsewhere (a blank 2019/20
    // column and "15% CIN Census 19/20" in the current position): the figure is the period's.
    const blank = typeof p.value === "string" && p.value.trim() === "";
    if (earlier) {
      if (blank || (earlier.value === figure.value && earlier.status === figure.status)) continue;
      if (blankKeys.has(key)) {
        figures.splice(figures.indexOf(earlier), 1);
        blankKeys.delete(key);
      } else {
        issues.push({
          code: "duplicate-figure",
          ...where,
          message: `${p.indicator.shortTitle} has two figures for ${period.label}: ${earlier.written ?? earlier.value ?? statusMarker(earlier.status)} (column ${earlier.column}) and "${p.value}"; keep one`,
        });
        continue;
      }
    }
    if (blank) blankKeys.add(key);
    const notes = [
      periodNote,
      figure.range ? `written as ${p.value}; the midpoint is used` : undefined,
    ].filter(Boolean);
    const f: LocalFigure = {
      indicator: p.indicator,
      period,
      periodLabel: p.label || (table.header[p.column - 1] ?? period.label),
      value: figure.value,
      status: figure.status,
      ...(figure.range ? { range: figure.range } : {}),
      ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
      ...(p.written !== p.value ? { written: p.written } : {}),
      file,
      row: p.row,
      column: p.column,
    };
    byKey.set(key, f);
    figures.push(f);
  }

  const indicators: LocalIndicatorRow[] = rowsOut.map(({ row, indicator, extras }) => {
    const own = figures.filter((f) => f.row === row && f.value !== null);
    // The row's latest figure: one with a number, or one withheld ([c]); a blank, n/a or [x] is none.
    const latest = figures
      .filter((f) => f.row === row && (f.value !== null || f.status === "suppressed"))
      .sort((a, b) =>
        a.period.end === b.period.end
          ? (a.column ?? 0) - (b.column ?? 0)
          : a.period.end < b.period.end
            ? -1
            : 1,
      )
      .at(-1);
    // The figure the table compares with: the latest one in the nearest earlier column that has a figure.
    const earlierColumns = own.filter(
      (f) => latest && (f.column ?? 0) < (latest.column ?? 0) && f.period.end < latest.period.end,
    );
    const previousColumn = Math.max(...earlierColumns.map((f) => f.column ?? 0));
    const baseline = earlierColumns
      .filter((f) => f.column === previousColumn)
      .sort((a, b) => (a.period.end < b.period.end ? -1 : 1))
      .at(-1);
    return { indicatorId: indicator.id, row, ...(baseline ? { baseline: baseline.period } : {}), ...extras };
  });
  if (table.rows.length === 0)
    issues.push({ code: "no-rows", file, row: 2, column: 1, message: "the file has a header but no rows" });
  else if (indicators.length === 0 && !issues.some((i) => i.severity !== "warning"))
    // Every row a heading or blank: a table of no figures is not an empty report, it is a table misread.
    issues.push({
      code: "no-figures",
      file,
      row: table.rows[0]?.row ?? 2,
      column: indicatorColumn + 1,
      message: `no row names an indicator kpikit knows (${skipped.length} row${skipped.length === 1 ? "" : "s"} read as headings or blank); name each row's indicator as the catalogue does, or use a long file (indicator, period, value)`,
    });
  return { layout: "wide", figures, indicators, issues, skipped };
}

function monthsBetween(startIso: string, endIso: string): number {
  const [y1, m1] = startIso.split("-").map(Number) as [number, number];
  const [y2, m2] = endIso.split("-").map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

/** The end most rows' latest figures share (the later on a tie): the period a committee table is as at. */
function asAtEnd(pending: readonly Pending[]): string | undefined {
  const latest = new Map<number, string>();
  for (const p of pending) {
    const end = p.period?.end;
    if (end !== undefined && end > (latest.get(p.row) ?? "")) latest.set(p.row, end);
  }
  const counts = new Map<string, number>();
  for (const end of latest.values()) counts.set(end, (counts.get(end) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const [end, n] of counts)
    if (!best || n > best[1] || (n === best[1] && end > best[0])) best = [end, n];
  return best?.[0];
}
