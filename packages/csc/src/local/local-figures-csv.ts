import {
  applyDisclosureControl,
  isDisclosive,
  type Observation,
  STATUS_MARKER,
  statusMarker,
  type Unit,
} from "@kpikit/core";
import { getIndicator } from "../catalogue/index.js";
import { formulaGuarded } from "./cell-text.js";
import type { LocalFigure } from "./types.js";

/**
 * The columns of the long local figures file kpikit writes (`kpikit compute`, `kpikit init --from`, the
 * dashboard's download), in order.
 * @example
 * LOCAL_FIGURE_COLUMNS.join(",") //=> "indicator,period,value,numerator,denominator,target,note"
 */
export const LOCAL_FIGURE_COLUMNS = [
  "indicator",
  "period",
  "value",
  "numerator",
  "denominator",
  "target",
  "note",
] as const;
/** A column of the local figures file kpikit writes. */
export type LocalFigureColumn = (typeof LOCAL_FIGURE_COLUMNS)[number];

/**
 * A figure to write: a local figure as read, or an observation (e.g. computed from the returns). A count
 * `withheld` by disclosure control is written `[c]`; `unit: "percent"` writes the value with `%`.
 */
export type LocalFigureRow = Pick<Observation, "indicatorId" | "period" | "value" | "status" | "note"> & {
  readonly numerator?: number | "withheld";
  readonly denominator?: number | "withheld";
  readonly range?: { readonly low: number; readonly high: number };
  readonly target?: number;
  readonly unit?: Unit;
};

/**
 * The text of each column of a figure as kpikit writes it: values unrounded; a range as its ends (`75-77`),
 * never its midpoint; a figure without a number as its status marker (`[c]`, `[x]`, `[z]`); `[u]` after a
 * low-reliability number; a withheld count `[c]`.
 * @example
 * const p = { kind: "financial-year", startYear: 2021, start: "2021-04-01", end: "2022-03-31", label: "2021/22" } as const;
 * localFigureCells({ indicatorId: "re-referrals-12m", period: p, value: 12.5, status: "low-reliability", unit: "percent", numerator: "withheld" }).value //=> "12.5% [u]"
 */
export function localFigureCells(row: LocalFigureRow): Readonly<Record<LocalFigureColumn, string>> {
  const unit = row.unit === "percent" ? "%" : "";
  // A missing value whose status is ok (or low reliability) still needs a marker: not available.
  const value =
    row.value === null
      ? statusMarker(row.status === "ok" || row.status === "low-reliability" ? "not-available" : row.status)
      : row.range
        ? `${row.range.low}-${row.range.high}${unit}`
        : `${row.value}${unit}${row.status === "low-reliability" ? ` ${STATUS_MARKER["low-reliability"]}` : ""}`;
  const count = (n: number | "withheld" | undefined) =>
    n === undefined ? "" : n === "withheld" ? STATUS_MARKER.suppressed : String(n);
  return {
    indicator: row.indicatorId,
    period: row.period.label,
    value,
    numerator: count(row.numerator),
    denominator: count(row.denominator),
    target: row.target === undefined ? "" : String(row.target),
    note: row.note ?? "",
  };
}

/**
 * One CSV field: text a spreadsheet would run as a formula gets a leading `'` (the reader takes it off); a tab
 * or semicolon is quoted too, so that notes full of them never make the reader take either for the separator.
 */
const csvField = (text: string) => {
  const s = formulaGuarded(text);
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Writes the long local figures CSV that `kpikit report --local` reads (the columns of
 * {@link LOCAL_FIGURE_COLUMNS}, each cell as {@link localFigureCells} writes it, CRLF line ends). Reading what
 * this writes gives the same figures, statuses and notes back (withheld counts read as no count).
 * @example
 * const p = { kind: "financial-year", startYear: 2021, start: "2021-04-01", end: "2022-03-31", label: "2021/22" } as const;
 * localFiguresCsv([{ indicatorId: "re-referrals-12m", period: p, value: 25, numerator: 10, denominator: 40, status: "ok" }])
 * //=> "indicator,period,value,numerator,denominator,target,note\r\nre-referrals-12m,2021/22,25,10,40,,\r\n"
 */
export function localFiguresCsv(figures: readonly LocalFigureRow[]): string {
  const lines = [LOCAL_FIGURE_COLUMNS.join(",")];
  for (const f of figures) {
    const cells = localFigureCells(f);
    lines.push(LOCAL_FIGURE_COLUMNS.map((c) => csvField(cells[c])).join(","));
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
    unit: f.indicator.unit,
    ...(f.range ? { range: f.range } : {}),
    ...(f.numerator === undefined ? {} : { numerator: f.numerator }),
    ...(f.denominator === undefined ? {} : { denominator: f.denominator }),
    ...(f.target === undefined ? {} : { target: f.target }),
    ...(f.note || f.written
      ? { note: [f.note, f.written ? `written as "${f.written}"` : undefined].filter(Boolean).join("; ") }
      : {}),
  }));
}

/**
 * Figures computed from the returns as rows to write, for publication unless `threshold` is null. With a
 * threshold, disclosure control is applied first (core's `applyDisclosureControl`: a figure whose numerator is
 * 1 to threshold−1 is withheld, `[c]`, with its numerator), any count of 1 to threshold−1 is withheld, and so
 * is any such number in the measure's own note; the note says where the figure came from and the rule, never
 * the withheld count.
 * @param threshold counts from 1 to below it are withheld; null writes every count (internal use only).
 * @example
 * const p = { kind: "financial-year", startYear: 2021, start: "2021-04-01", end: "2022-03-31", label: "2021/22" } as const;
 * const r = computedFigureRows([{ indicatorId: "re-referrals-12m", area: "865", period: p, value: 5.6, numerator: 3, denominator: 54, status: "ok", source: "CIN census" }], 5);
 * localFigureCells(r.rows[0]!) //=> { indicator: "re-referrals-12m", period: "2021/22", value: "[c]", numerator: "[c]", denominator: "54", target: "", note: "Computed from the CIN census return; suppressed ([c]): a count in it is below 5. Counts 1–4 are suppressed ([c])." }
 */
export function computedFigureRows(
  observations: readonly Observation[],
  threshold: number | null,
): { readonly rows: readonly LocalFigureRow[]; readonly suppressed: number } {
  const disclosed =
    threshold === null
      ? { observations, suppressed: [] }
      : applyDisclosureControl(observations, {
          threshold,
          // A count figure (children looked after, referrals) is itself withheld when small.
          countIndicators: [
            ...new Set(
              observations
                .filter((o) => getIndicator(o.indicatorId)?.unit === "count")
                .map((o) => o.indicatorId),
            ),
          ],
        });
  const rule = threshold === null ? "" : ` Counts 1–${threshold - 1} are suppressed ([c]).`;
  const shown = (n: number | undefined) =>
    n !== undefined && threshold !== null && isDisclosive(n, threshold) ? ("withheld" as const) : n;
  const rows = disclosed.observations.map((o, i): LocalFigureRow => {
    // The counts as computed: disclosure control drops a withheld one, which is still written, as [c].
    const computed = observations[i] ?? o;
    const unit = getIndicator(o.indicatorId)?.unit;
    const source = o.source ? `Computed from the ${o.source} return` : "Computed from the returns";
    const base = { indicatorId: o.indicatorId, period: o.period, ...(unit ? { unit } : {}) };
    const numerator =
      o.status === "suppressed" && computed.numerator !== undefined ? "withheld" : shown(computed.numerator);
    const denominator = shown(computed.denominator);
    const counts = {
      ...(numerator === undefined ? {} : { numerator }),
      ...(denominator === undefined ? {} : { denominator }),
    };
    if (o.status === "suppressed")
      return {
        ...base,
        value: null,
        status: "suppressed",
        ...counts,
        // Never the reason from disclosure control: it quotes the count it withholds.
        note: `${source}; suppressed ([c]): a count in it is below ${threshold ?? 5}.${rule}`,
      };
    // The measure's own note first (a look-back not covered, distances unknown), its small counts hidden.
    const own = o.note ? `${threshold === null ? o.note : smallCountsHidden(o.note, threshold)} ` : "";
    if (o.value === null)
      return {
        ...base,
        value: null,
        status: o.status === "ok" || o.status === "low-reliability" ? "not-available" : o.status,
        ...counts,
        note: `${own}${source}; not available${o.denominator === 0 ? ": nothing to count in the year (denominator 0)" : ""}.${rule}`,
      };
    // Unrounded: the report rounds for display, and the figure stays exactly what was computed.
    return { ...base, value: o.value, status: o.status, ...counts, note: `${own}${source}.${rule}` };
  });
  return { rows, suppressed: disclosed.suppressed.length };
}

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
/** Counts 1 to threshold−1 in a note written as [c], as in the figures (a day of a month, 2½ or a year kept). */
function smallCountsHidden(note: string, threshold: number): string {
  const count = new RegExp(`(?<![\\d./½-])(\\d+)(?![\\d./½-]|\\s+(?:${MONTH}))`, "g");
  return note.replace(count, (n) => (isDisclosive(Number(n), threshold) ? STATUS_MARKER.suppressed : n));
}
