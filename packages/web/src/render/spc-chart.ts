import { type ScorecardRow, type SpcVariation, STATUS_MARKER } from "@kpikit/core";
import { isNum } from "../_lib/compare.js";
import { formatTick } from "../_lib/format.js";
import { PALETTE, SPC_LABEL, SPC_STYLE } from "../_lib/labels.js";
import { lineChartSvg, marker, type RefLine, targetRef } from "../_lib/line-chart.js";
import { html, type SafeHtml } from "../html/safe-html.js";

/**
 * Fewest points for which an SPC chart is drawn.
 *
 * @example
 * SPC_MIN_POINTS //=> 15
 */
export const SPC_MIN_POINTS = 15;

/**
 * Renders an XmR (statistical process control) chart: points coloured and shaped by point type, the mean,
 * the process limits and the target; a legend in words; the points as a table in a `<details>`.
 * Returns an empty fragment when the row has no SPC summary or fewer than {@link SPC_MIN_POINTS} points.
 *
 * @example
 * renderSpcChart({ ...row, spc: null }).value //=> ""
 */
export function renderSpcChart(row: ScorecardRow): SafeHtml {
  const spc = row.spc;
  if (!spc || (spc.points?.length ?? 0) < SPC_MIN_POINTS) return html``;
  const dec = Math.max(0, Math.min(6, row.indicator.decimals ?? 0));
  const f = (v: number) => formatTick(v, dec + 1);
  const refs: RefLine[] = [
    { name: `Mean ${f(spc.mean)}`, value: spc.mean, colour: PALETTE.darkGrey, width: 1.5 },
    {
      name: `Process limits ${f(spc.lpl)} to ${f(spc.upl)}`,
      value: spc.upl,
      colour: PALETTE.darkGrey,
      dash: "4 3",
      width: 1,
    },
    { name: "", value: spc.lpl, colour: PALETTE.darkGrey, dash: "4 3", width: 1 },
    ...targetRef(row.target, "8 3", 2),
  ];
  const label = `${row.indicator.title}, statistical process control chart: ${spc.summary}`;
  const svg = lineChartSvg({
    label,
    className: "kpi-chart--spc",
    decimals: dec,
    points: spc.points.map((p) => ({
      label: p.label,
      value: isNum(p.value) ? p.value : null,
      marker: SPC_STYLE[p.pointType] ?? SPC_STYLE.common_cause,
    })),
    refs: refs.filter((r) => isNum(r.value)),
  });
  const used = new Set<SpcVariation>(spc.points.map((p) => p.pointType));
  const legend = html`<ul class="kpi-legend">${[...used]
    .filter((t) => SPC_STYLE[t])
    .map((t) => {
      const s = SPC_STYLE[t];
      return html`<li><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">${marker(s.shape, 7, 7, s.fill, 4)}</svg> ${SPC_LABEL[t]}</li>`;
    })}</ul>`;
  const table = html`<details class="kpi-data"><summary>Show the chart&#39;s points as a table</summary><table class="kpi-table kpi-table--data"><caption>${row.indicator.title}: points, mean ${f(spc.mean)}, process limits ${f(spc.lpl)} to ${f(spc.upl)}</caption><thead><tr><th scope="col">Period</th><th scope="col" class="kpi-num">Value</th><th scope="col">Point type</th></tr></thead><tbody>${spc.points.map((p) => html`<tr><th scope="row">${p.label}</th><td class="kpi-num">${isNum(p.value) ? formatTick(p.value, dec) : STATUS_MARKER["not-available"]}</td><td>${SPC_LABEL[p.pointType] ?? p.pointType}</td></tr>`)}</tbody></table></details>`;
  return html`<figure class="kpi-figure kpi-figure--spc" part="chart"><figcaption>Statistical process control (XmR) chart</figcaption><p class="kpi-spc-summary">${spc.summary}</p>${svg}${legend}${table}</figure>`;
}
