import { STATUS_MARKER, type TrendPoint } from "@kpikit/core";
import { displayValue } from "../_lib/cells.js";
import { c } from "../_lib/format.js";
import { PALETTE } from "../_lib/labels.js";
import { inPeriod } from "../_lib/period-words.js";
import { html, type SafeHtml } from "../html/safe-html.js";

/** Options for {@link renderSparkline}. */
export interface SparklineOptions {
  /** What the line shows, used in the accessible name (e.g. the indicator's short title). */
  readonly label?: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * The accessible name of a sparkline: where the series starts and ends.
 *
 * @example
 * sparklineLabel([], "Re-referrals") //=> "Re-referrals: no values to show"
 */
export function sparklineLabel(points: readonly TrendPoint[], label = "Trend"): string {
  const valued = points.filter((p) => typeof p.value === "number" && Number.isFinite(p.value));
  const first = valued[0];
  const last = valued[valued.length - 1];
  if (!first || !last) return `${label}: no values to show`;
  if (valued.length === 1) return `${label}: ${last.display} ${inPeriod(last.period)} (one value)`;
  return `${label}: from ${first.display} ${inPeriod(first.period)} to ${last.display} ${inPeriod(last.period)} (${valued.length} values${origins(valued)})`;
}

/** How many points are the council's own and in-year, for a joined series ("" for a published-only one). */
function origins(valued: readonly TrendPoint[]): string {
  const own = valued.filter((p) => p.origin === "local");
  if (own.length === 0) return "";
  const inYear = valued.filter((p) => p.inYear).length;
  return `; ${own.length} the council's own, marked with squares${inYear > 0 ? `; ${inYear} in-year, hollow` : ""}`;
}

/**
 * Renders a trend series (oldest first) as a small SVG line with its latest point marked; in a joined series
 * the council's own figures are squares and in-year points (a month, a quarter) hollow, so a published year
 * is told from the council's own month. Its accessible name states the first and latest values (and how many
 * points are the council's own and in-year). Missing values break the line. With fewer than two values there
 * is no line to draw: a short text takes its place ("one figure", or `[x]` for none), and screen readers
 * hear the same name the line would have had.
 *
 * @example
 * renderSparkline([]).value.includes('<span class="kpi-visually-hidden">Trend: no values to show</span>') //=> true
 */
export function renderSparkline(points: readonly TrendPoint[], options: SparklineOptions = {}): SafeHtml {
  const width = options.width ?? 96;
  const height = options.height ?? 28;
  const name = sparklineLabel(points, options.label ?? "Trend");
  const values = points.map((p) =>
    typeof p.value === "number" && Number.isFinite(p.value) ? p.value : null,
  );
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) {
    // A lone dot is not a trend: say so in words instead.
    const shown = present.length === 0 ? displayValue(STATUS_MARKER["not-available"]) : "one figure";
    return html`<span class="kpi-sparkline kpi-sparkline--text"><span aria-hidden="true">${shown}</span><span class="kpi-visually-hidden">${name}</span></span>`;
  }
  const min = Math.min(...present);
  const max = Math.max(...present);
  const pad = 3;
  const x = (i: number) =>
    points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1);
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / (max - min));
  let d = "";
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${c(x(i))} ${c(y(v))}`;
    pen = true;
  });
  let lastIndex = values.length - 1;
  while (lastIndex >= 0 && values[lastIndex] === null) lastIndex--;
  const lastValue = values[lastIndex] as number;
  // Joined series: each of the council's own points a square, each in-year point hollow (the latest too).
  const marks = points.map((p, i) => {
    const v = values[i];
    if (v === null || v === undefined || (p.origin === undefined && !p.inYear)) return "";
    const fill = p.inYear ? "#fff" : PALETTE.darkBlue;
    const kind = `${p.origin === "local" ? "local" : "published"}${p.inYear ? " in-year" : ""}`;
    if (p.origin !== "local") {
      return html`<circle class="kpi-sparkline__point" data-kpi-point="${kind}" cx="${c(x(i))}" cy="${c(y(v))}" r="2" fill="${fill}" stroke="${PALETTE.darkBlue}" stroke-width="1"/>`;
    }
    return html`<rect class="kpi-sparkline__point" data-kpi-point="${kind}" x="${c(x(i) - 2)}" y="${c(y(v) - 2)}" width="4" height="4" fill="${fill}" stroke="${PALETTE.darkBlue}" stroke-width="1"/>`;
  });
  const latestMarked = marks[lastIndex] !== "";
  return html`<svg class="kpi-sparkline" role="img" aria-label="${name}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" focusable="false"><path d="${d}" fill="none" stroke="${PALETTE.darkBlue}" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>${latestMarked ? "" : html`<circle cx="${c(x(lastIndex))}" cy="${c(y(lastValue))}" r="2.5" fill="${PALETTE.darkBlue}"/>`}${marks}</svg>`;
}
