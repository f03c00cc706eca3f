import type { ScorecardRow } from "@kpikit/core";
import { UNIT_LABEL } from "@kpikit/core";
import { isNum } from "../_lib/compare.js";
import { lineChartSvg, targetRef } from "../_lib/line-chart.js";
import { inPeriod } from "../_lib/period-words.js";
import { html, type SafeHtml } from "../html/safe-html.js";

/**
 * The takeaway of a trend in one sentence: first and latest values, and the recent trend or direction.
 *
 * @example
 * trendTakeaway(agencySocialWorkers)
 * //=> "Agency social workers (FTE): from 58 in 2016/17 to 23 in 2019/20; Down from 66 to 23; lower is better."
 */
export function trendTakeaway(row: ScorecardRow): string {
  const valued = row.trend.filter((p) => isNum(p.value));
  const first = valued[0];
  const last = valued[valued.length - 1];
  const title = row.indicator.title;
  if (!first || !last) return `${title}: no values over time`;
  const span =
    valued.length === 1
      ? `${last.display} ${inPeriod(last.period)}`
      : `from ${first.display} ${inPeriod(first.period)} to ${last.display} ${inPeriod(last.period)}`;
  const judgement =
    row.recentTrend && row.recentTrend.judgement !== "cannot-be-calculated"
      ? row.recentTrend.summary
      : row.directionReason;
  return judgement ? `${title}: ${span}; ${judgement}` : `${title}: ${span}`;
}

/**
 * Renders a row's trend series as an SVG line chart with the target (when set) as a reference line, and the
 * series as a table in a `<details>`. With fewer than two values there is no chart, only a sentence saying so.
 *
 * @example
 * renderTrendChart(row).value.includes('class="kpi-chart kpi-chart--trend"') //=> true
 */
export function renderTrendChart(row: ScorecardRow): SafeHtml {
  const takeaway = trendTakeaway(row);
  const unit = UNIT_LABEL[row.indicator.unit] ?? "";
  // A row with the council's own figures says which points are its own (and in-year) and which published.
  const marked = row.trend.some((p) => p.origin !== undefined);
  const origin = (p: (typeof row.trend)[number]) =>
    `${p.origin === "local" ? "Council's own" : "Published"}${p.inYear ? ", in-year" : ""}`;
  const table = html`<details class="kpi-data"><summary>Show the trend as a table</summary><table class="kpi-table kpi-table--data"><caption>${row.indicator.title} over time</caption><thead><tr><th scope="col">Period</th><th scope="col" class="kpi-num">Value (${unit})</th>${marked ? html`<th scope="col">Figure</th>` : ""}</tr></thead><tbody>${row.trend.map((p) => html`<tr><th scope="row">${p.period.label}</th><td class="kpi-num">${p.display}</td>${marked ? html`<td>${origin(p)}</td>` : ""}</tr>`)}</tbody></table></details>`;
  const valued = row.trend.filter((p) => isNum(p.value));
  if (valued.length === 0) {
    return html`<figure class="kpi-figure kpi-figure--trend" part="chart"><figcaption>Trend over time</figcaption><p class="kpi-empty">${takeaway}.</p></figure>`;
  }
  const only = valued.length === 1 ? valued[0] : undefined;
  if (only) {
    // One point is not a trend: a sentence instead of a chart with a lone dot.
    return html`<figure class="kpi-figure kpi-figure--trend" part="chart"><figcaption>Trend over time</figcaption><p class="kpi-empty">Only one figure, for ${only.period.label}: no trend to show.</p></figure>`;
  }
  const refs = targetRef(row.target, "6 3");
  const svg = lineChartSvg({
    label: takeaway,
    className: "kpi-chart--trend",
    decimals: row.indicator.decimals,
    points: row.trend.map((p) => ({ label: p.period.label, value: isNum(p.value) ? p.value : null })),
    refs,
  });
  return html`<figure class="kpi-figure kpi-figure--trend" part="chart"><figcaption>Trend over time</figcaption>${svg}${table}</figure>`;
}
