import { type Observation, statusMarker } from "@kpikit/core";
import type { LocalFigure } from "./types.js";

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A figure to write: a local figure as read, or an observation (e.g. computed from the returns). */
export type LocalFigureRow = Pick<
  Observation,
  "indicatorId" | "period" | "value" | "status" | "numerator" | "denominator" | "note"
> & {
  readonly range?: { readonly low: number; readonly high: number };
  readonly target?: number;
};

/**
 * Writes the long local figures CSV that `kpikit report --local` reads: indicator, period, value, numerator,
 * denominator, target, note. Values are unrounded; a range is written as its ends (`75-77`), never its
 * midpoint; a figure without a number as its status marker (`[c]`, `[x]`); `[u]` after a low-reliability
 * number. Reading what this writes gives the same figures back.
 * @example
 * const p = { kind: "financial-year", startYear: 2021, start: "2021-04-01", end: "2022-03-31", label: "2021/22" } as const;
 * localFiguresCsv([{ indicatorId: "re-referrals-12m", period: p, value: 25, numerator: 10, denominator: 40, status: "ok" }])
 * //=> "indicator,period,value,numerator,denominator,target,note\r\nre-referrals-12m,2021/22,25,10,40,,\r\n"
 */
export function localFiguresCsv(figures: readonly LocalFigureRow[]): string {
  const lines = ["indicator,period,value,numerator,denominator,target,note"];
  for (const o of figures) {
    // A missing value whose status is ok still needs a marker: not available.
    const value =
      o.value === null
        ? statusMarker(o.status === "ok" ? "not-available" : o.status)
        : o.range
          ? `${o.range.low}-${o.range.high}`
          : o.status === "low-reliability"
            ? `${o.value} [u]`
            : String(o.value);
    lines.push(
      [
        o.indicatorId,
        o.period.label,
        value,
        o.numerator === undefined ? "" : String(o.numerator),
        o.denominator === undefined ? "" : String(o.denominator),
        o.target === undefined ? "" : String(o.target),
        o.note ?? "",
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * Local figures as rows for {@link localFiguresCsv}, each with the note that says how it was read.
 * @example
 * localFigureRows([]) //=> []
 */
export function localFigureRows(figures: readonly LocalFigure[]): LocalFigureRow[] {
  return figures.map((f) => ({
    indicatorId: f.indicator.id,
    period: f.period,
    value: f.value,
    status: f.status,
    ...(f.range ? { range: f.range } : {}),
    ...(f.numerator === undefined ? {} : { numerator: f.numerator }),
    ...(f.denominator === undefined ? {} : { denominator: f.denominator }),
    ...(f.target === undefined ? {} : { target: f.target }),
    ...(f.note || f.written
      ? { note: [f.note, f.written ? `written as "${f.written}"` : undefined].filter(Boolean).join("; ") }
      : {}),
  }));
}
