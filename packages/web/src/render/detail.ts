import type { Scorecard, ScorecardRow } from "@kpikit/core";
import { POLARITY_LABEL, STATUS_MARKER, UNIT_LABEL } from "@kpikit/core";
import { changeCell, displayValue } from "../_lib/cells.js";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { renderNeighbourChart } from "./neighbour-chart.js";
import { renderRagTag } from "./rag-tag.js";
import { renderSpcChart } from "./spc-chart.js";
import { renderTrendChart } from "./trend-chart.js";

/** A target's source in brackets; a file name (the config's, a figures file's) is for the analyst, not the paper. */
function targetSource(source: string | undefined): string {
  return source && !/\.(ya?ml|json|csv|tsv|xlsx?)$/i.test(source.trim()) ? ` (${source})` : "";
}

/** The charts of one detail section: neighbour bars, trend and (with enough points) SPC. @internal */
export function detailChartsHtml(row: ScorecardRow, scorecard: Pick<Scorecard, "area">): SafeHtml {
  return html`${renderNeighbourChart(row, { area: scorecard.area })}${renderTrendChart(row)}${renderSpcChart(row)}`;
}

/**
 * One detail section. With `lazyCharts` the charts are left out and a closed `<details>` marked
 * `data-kpi-charts="<indicator id>"` takes their place, for the caller to fill when it is opened. @internal
 */
export function detailHtml(
  row: ScorecardRow,
  scorecard: Pick<Scorecard, "area">,
  ctx: RenderContext,
  offset = 1,
  lazyCharts = false,
): SafeHtml {
  const ind = row.indicator;
  const b = row.benchmarks;
  // Facts the indicator table's row shows too are marked, so that print can leave them out of the detail.
  const facts: [SafeHtml, SafeHtml, boolean][] = [];
  const add = (k: SafeHtml | string, v: SafeHtml | string, inTable = false) =>
    facts.push([html`${k}`, html`${v}`, inTable]);
  add(
    "Latest",
    row.current
      ? html`${displayValue(row.current.display)} (${row.current.period.label})`
      : displayValue(STATUS_MARKER["not-available"]),
  );
  add(
    "Previous",
    row.previous
      ? html`${displayValue(row.previous.display)} (${row.previous.period.label})`
      : displayValue(STATUS_MARKER["not-available"]),
  );
  add("Change", changeCell(row));
  // The change's rating gives its reason in the Change fact; older documents have the direction's reason only.
  if (row.directionReason && !row.changeRating) add("Direction of travel", ctx.text(row.directionReason));
  if (row.recentTrend) add("Recent trend", ctx.text(row.recentTrend.summary));
  if (row.target) add("Target", html`${row.target.display}${targetSource(row.target.source)}`);
  if (b.neighbours)
    add(
      "Neighbour average",
      html`${displayValue(b.neighbours.display)} (${b.neighbours.count} of ${b.neighbours.of} neighbours, ${b.neighbours.method})`,
    );
  if (b.region) add(b.region.area.name || "Region", displayValue(b.region.display), true);
  if (b.england) add("England", displayValue(b.england.display), true);
  if (b.topQuartile) add("Top quartile threshold", b.topQuartile.display, true);
  if (b.bestNeighbour)
    add(
      "Best neighbour",
      html`${displayValue(b.bestNeighbour.display)} (${b.bestNeighbour.area.name})`,
      !b.highPerformers,
    );
  if (b.highPerformers)
    add(
      ctx.text(b.highPerformers.label),
      html`${displayValue(b.highPerformers.display)} (${b.highPerformers.count} local authorities)`,
      true,
    );
  if (b.rank !== null && b.rank !== undefined)
    add("National rank", `${b.rank} of ${b.rankOf ?? "?"}${b.band ? `, band ${b.band}` : ""}`, true);
  const id = ctx.id("detail", ind.id);
  return html`<section class="kpi-detail" part="detail" id="${id}" aria-labelledby="${id}-h">${ctx.heading(offset, ctx.text(ind.title), { id: `${id}-h` })}<p class="kpi-meta">${POLARITY_LABEL[ind.polarity] ?? ""}; unit: ${UNIT_LABEL[ind.unit] ?? ind.unit}${ind.lait ? html`; ${ctx.term("LAIT", "Local Authority Interactive Tool")} measure <code class="kpi-code">${ind.lait}</code>` : ""}${row.section ? html`; section: ${row.section}` : ""}</p>${ind.description ? html`<p class="kpi-description">${ctx.text(ind.description)}</p>` : ""}<p class="kpi-detail__rating">${renderRagTag(row.rag)} <span class="kpi-reason">${ctx.text(row.rag?.reason ?? "")}</span></p><dl class="kpi-facts">${facts.map(([k, v, inTable]) => html`<div${inTable ? html` class="kpi-fact--in-table"` : ""}><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>${row.note ? html`<p class="kpi-note">Note: ${ctx.text(row.note)}</p>` : ""}${lazyCharts ? html`<details class="kpi-charts-toggle" data-kpi-charts="${ind.id}"><summary>Show the charts<span class="kpi-visually-hidden"> for ${ind.title}</span></summary><div class="kpi-charts"></div></details>` : html`<div class="kpi-charts">${detailChartsHtml(row, scorecard)}</div>`}</section>`;
}

/**
 * Renders one indicator's detail section: rating and reason, key figures, the neighbour bar chart, the trend
 * chart and (with 15 or more points) the SPC chart.
 *
 * @example
 * renderDetail(row, scorecard).value.startsWith('<section class="kpi-detail" part="detail" id="kpi-detail-') //=> true
 */
export function renderDetail(
  row: ScorecardRow,
  scorecard: Pick<Scorecard, "area" | "glossary">,
  options: RenderOptions = {},
): SafeHtml {
  const ctx = createContext(options, scorecard.glossary);
  return detailHtml(row, scorecard, ctx, 0);
}
