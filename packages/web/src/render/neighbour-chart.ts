import type { ScorecardRow } from "@kpikit/core";
import { isNum } from "../_lib/compare.js";
import { c, formatTick, niceTicks } from "../_lib/format.js";
import { PALETTE } from "../_lib/labels.js";
import { inPeriod } from "../_lib/period-words.js";
import { textWidth } from "../_lib/text-width.js";
import { html, type SafeHtml } from "../html/safe-html.js";

/** Options for {@link renderNeighbourChart}. */
export interface NeighbourChartOptions {
  /** The scorecard's own area, drawn highlighted among its neighbours. */
  readonly area?: { readonly code: string; readonly name: string };
}

/**
 * The takeaway of a neighbour comparison in one sentence.
 *
 * @example
 * neighbourTakeaway(reReferrals)
 * //=> "Re-referrals within 12 months: 18.9% in 2019/20, worse than the neighbour average of 16.2%"
 */
export function neighbourTakeaway(row: ScorecardRow): string {
  const title = row.indicator.title;
  const cur = row.current;
  const nb = row.benchmarks.neighbours;
  if (!cur || !isNum(cur.value)) {
    const shown = cur ? `${cur.display} ${inPeriod(cur.period)}` : "no value";
    return nb && isNum(nb.value)
      ? `${title}: ${shown}; the neighbour average is ${nb.display}`
      : `${title}: ${shown}`;
  }
  if (!nb || !isNum(nb.value))
    return `${title}: ${cur.display} ${inPeriod(cur.period)}; no neighbour average`;
  // Core says how the figure sits against the average; the chart only words it.
  const against = nb.comparison
    ? `${nb.comparison} the neighbour average of`
    : "against the neighbour average of";
  return `${title}: ${cur.display} ${inPeriod(cur.period)}, ${against} ${nb.display}`;
}

interface Bar {
  readonly name: string;
  readonly value: number | null;
  readonly display: string;
  readonly own: boolean;
}

/**
 * Renders a row's statistical neighbours as a horizontal SVG bar chart (the area highlighted, the neighbour
 * average and England as reference lines) with the same figures as a table in a `<details>`. With no
 * neighbour figure there is no chart, only a sentence saying so.
 *
 * @example
 * renderNeighbourChart(row, { area: { code: "865", name: "Wiltshire" } }).value.startsWith('<figure class="kpi-figure') //=> true
 */
export function renderNeighbourChart(row: ScorecardRow, options: NeighbourChartOptions = {}): SafeHtml {
  const nb = row.benchmarks.neighbours;
  const areaName = options.area?.name ?? "This area";
  const bars: Bar[] = [];
  if (row.current)
    bars.push({
      name: areaName,
      value: isNum(row.current.value) ? row.current.value : null,
      display: row.current.display,
      own: true,
    });
  for (const m of nb?.members ?? []) {
    if (options.area && m.code === options.area.code) continue;
    bars.push({ name: m.name, value: isNum(m.value) ? m.value : null, display: m.display, own: false });
  }
  bars.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : b.value - a.value));
  const takeaway = neighbourTakeaway(row);
  // With no neighbour figure the chart would be the area's own bar alone: say so in words instead.
  if (!bars.some((b) => !b.own && b.value !== null) && !(nb && isNum(nb.value))) {
    return html`<figure class="kpi-figure kpi-figure--neighbours" part="chart"><figcaption>Compared with statistical neighbours</figcaption><p class="kpi-empty">No neighbour figures are published for this indicator.</p></figure>`;
  }
  const refs: { name: string; display: string; value: number; colour: string; dash: string }[] = [];
  if (nb && isNum(nb.value))
    refs.push({
      name: `Neighbour ${nb.method === "median" ? "median" : "average"}`,
      display: nb.display,
      value: nb.value,
      colour: PALETTE.darkPink,
      dash: "6 3",
    });
  const eng = row.benchmarks.england;
  if (eng && isNum(eng.value))
    refs.push({
      name: "England",
      display: eng.display,
      value: eng.value,
      colour: PALETTE.orange,
      dash: "2 2",
    });

  const values = [...bars.map((b) => b.value), ...refs.map((r) => r.value)].filter(isNum);
  const table = html`<details class="kpi-data"><summary>Show the neighbour figures as a table</summary><table class="kpi-table kpi-table--data"><caption>${row.indicator.title}: ${areaName} and its statistical neighbours</caption><thead><tr><th scope="col">Area</th><th scope="col" class="kpi-num">Value</th></tr></thead><tbody>${bars.map((b) => html`<tr${b.own ? html` class="kpi-own"` : ""}><th scope="row">${b.name}</th><td class="kpi-num">${b.display}</td></tr>`)}${refs.map((r) => html`<tr><th scope="row">${r.name}</th><td class="kpi-num">${r.display}</td></tr>`)}</tbody></table></details>`;
  if (values.length === 0 || bars.length === 0) {
    return html`<figure class="kpi-figure kpi-figure--neighbours" part="chart"><figcaption>Compared with statistical neighbours</figcaption><p class="kpi-empty">${takeaway}. No neighbour values to chart.</p></figure>`;
  }
  // Names are drawn in full where they fit: the label column is as wide as the longest name, up to 200px; the
  // area's own name (bold) always fits, a neighbour's longer name is shortened. Widths are estimated on the wide
  // side (textWidth), so neither a name nor a value label is clipped or crossed by a reference line.
  const FONT = 12;
  const own = bars.find((b) => b.own);
  const ownW = own ? textWidth(own.name, FONT, true) + 12 : 0;
  const longest = Math.max(...bars.map((b) => textWidth(b.name, FONT, b.own) + 12));
  const labelW = Math.ceil(Math.max(ownW, Math.min(Math.max(96, longest), 200)));
  const valueW = Math.max(...bars.map((b) => textWidth(b.display, FONT, b.own)));
  // The plot is 244px wide; the right margin holds the value label of the longest bar.
  const right = Math.ceil(Math.max(48, valueW + 8));
  const width = labelW + 244 + right;
  const barH = 16;
  const gap = 6;
  const top = 8;
  const legendH = refs.length ? 22 : 0;
  const plotH = bars.length * (barH + gap);
  const height = top + plotH + 22 + legendH;
  const ticks = niceTicks(Math.min(0, ...values), Math.max(...values));
  const lo = Math.min(0, ticks[0] ?? 0);
  const hi = Math.max(ticks[ticks.length - 1] ?? 1, lo + 1e-9);
  const x = (v: number) => labelW + ((v - lo) * (width - labelW - right)) / (hi - lo);
  const tickDec = Math.max(0, -Math.floor(Math.log10(Math.abs((ticks[1] ?? 1) - (ticks[0] ?? 0)) || 1)));
  // Bars first, then the reference lines (broken where a value label sits), then the value labels.
  const rects: SafeHtml[] = [];
  const labelSpans: { y0: number; y1: number; x0: number; x1: number }[] = [];
  const labels = bars.map((b, i) => {
    const yy = top + i * (barH + gap);
    const name = b.own ? b.name : shorten(b.name, labelW - 12, FONT);
    const bold = b.own ? html` font-weight="bold"` : "";
    const label = html`<text x="${labelW - 6}" y="${c(yy + barH / 2)}" dy="0.35em" text-anchor="end"${bold}>${name}${name === b.name ? "" : html`<title>${b.name}</title>`}</text>`;
    const at =
      b.value === null ? labelW + 4 : x(Math.min(0, b.value)) + Math.max(1, Math.abs(x(b.value) - x(0))) + 4;
    labelSpans.push({
      y0: yy - gap / 2,
      y1: yy + barH + gap / 2,
      x0: at - 3,
      x1: at + textWidth(b.display, FONT, b.own) + 3,
    });
    if (b.value === null)
      return html`${label}<text x="${labelW + 4}" y="${c(yy + barH / 2)}" dy="0.35em">${b.display}</text>`;
    const x0 = x(Math.min(0, b.value));
    const w = Math.max(1, Math.abs(x(b.value) - x(0)));
    rects.push(
      html`<rect x="${c(x0)}" y="${yy}" width="${c(w)}" height="${barH}" fill="${b.own ? PALETTE.darkBlue : "#8a8a8a"}"/>`,
    );
    return html`${label}<text class="kpi-halo" x="${c(x0 + w + 4)}" y="${c(yy + barH / 2)}" dy="0.35em"${bold}>${b.display}</text>`;
  });
  const axisY = top + plotH;
  const axis = html`<line x1="${labelW}" x2="${width - right}" y1="${axisY}" y2="${axisY}" stroke="${PALETTE.darkGrey}"/>${ticks.map((t) => html`<text x="${c(x(t))}" y="${axisY + 14}" text-anchor="middle" fill="${PALETTE.darkGrey}">${formatTick(t, tickDec)}</text>`)}`;
  const refLines = refs.map((r, i) => {
    const lx = 6 + i * 210;
    const ly = axisY + 22 + 8;
    const rx = x(r.value);
    // The line is drawn row by row, leaving out the rows where it would cross a value label.
    const segments: [number, number][] = [];
    let from = top - 4;
    for (const span of labelSpans) {
      if (rx < span.x0 || rx > span.x1) continue;
      if (span.y0 > from) segments.push([from, span.y0]);
      from = Math.max(from, span.y1);
    }
    if (axisY > from) segments.push([from, axisY]);
    return html`${segments.map(([y1, y2]) => html`<line x1="${c(rx)}" x2="${c(rx)}" y1="${c(y1)}" y2="${c(y2)}" stroke="${r.colour}" stroke-width="2" stroke-dasharray="${r.dash}"/>`)}<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${r.colour}" stroke-width="2" stroke-dasharray="${r.dash}"/><text x="${lx + 30}" y="${ly}" dy="0.35em">${r.name} ${r.display}</text>`;
  });
  return html`<figure class="kpi-figure kpi-figure--neighbours" part="chart"><figcaption>Compared with statistical neighbours</figcaption><svg class="kpi-chart" role="img" aria-label="${takeaway}" viewBox="0 0 ${width} ${height}" font-size="12" fill="currentColor" focusable="false">${rects}${axis}${refLines}${labels}</svg>${table}</figure>`;
}

/** `name` as drawn in `room` px: whole, or cut with an ellipsis where it would not fit. */
function shorten(name: string, room: number, size: number): string {
  if (textWidth(name, size) <= room) return name;
  const chars = [...name];
  while (chars.length > 1 && textWidth(`${chars.join("")}\u2026`, size) > room) chars.pop();
  return `${chars.join("").trimEnd()}\u2026`;
}
