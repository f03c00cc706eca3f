import type { Scorecard, ScorecardRow } from "@kpikit/core";
import { POLARITY_LABEL, STATUS_MARKER, UNIT_LABEL } from "@kpikit/core";
import { changeCell, displayValue } from "../_lib/cells.js";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import type { SortKey, SortState } from "../_lib/rows.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { ragStatus, renderRagTag } from "./rag-tag.js";
import { renderSparkline } from "./sparkline.js";

/** Options for {@link renderIndicatorTable}. */
export interface IndicatorTableOptions extends RenderOptions {
  /** Rows to show, in order (default: all the scorecard's rows, grouped by section). */
  readonly rows?: readonly ScorecardRow[];
  /** Render sort buttons in the sortable headers (for the custom elements). */
  readonly sortable?: boolean;
  /** The current sort, shown with `aria-sort`; rows are not re-ordered here. */
  readonly sort?: SortState;
  /** Link each indicator to its detail section (default true); a set links only the indicators it holds. */
  readonly detailLinks?: boolean | ReadonlySet<string>;
  /** Show section header rows when rows have sections (default true unless sorted). */
  readonly groupBySection?: boolean;
  /** The scorecard's own region: a region cell names its area only when it is another (a London fallback). */
  readonly regionCode?: string;
}

interface Column {
  readonly label: string;
  readonly sort?: SortKey;
  readonly numeric?: boolean;
  readonly className?: string;
}

const COLUMNS: readonly Column[] = [
  { label: "Indicator", sort: "indicator" },
  { label: "Rating and reason", sort: "rating", className: "kpi-col-rating" },
  { label: "Latest value", sort: "value", numeric: true },
  { label: "Previous value", numeric: true },
  { label: "Change and its rating", sort: "change", className: "kpi-col-change" },
  { label: "Trend" },
  { label: "Neighbour average", sort: "neighbours", numeric: true },
  { label: "Region", numeric: true },
  { label: "England", sort: "england", numeric: true },
  { label: "High performers", numeric: true },
  { label: "National rank and band", sort: "rank", numeric: true },
  { label: "Target", numeric: true },
  { label: "Benchmarks for" },
];

/** Column count of the indicator table. */
export const INDICATOR_TABLE_COLUMNS = COLUMNS.length;

function headerCell(col: Column, options: IndicatorTableOptions): SafeHtml {
  const cls = [col.numeric ? "kpi-num" : "", col.className ?? ""].filter(Boolean).join(" ");
  const active = options.sort && col.sort === options.sort.key ? options.sort.direction : undefined;
  const ariaSort = options.sortable && col.sort ? html` aria-sort="${active ?? "none"}"` : "";
  const content =
    options.sortable && col.sort
      ? html`<button type="button" class="kpi-sort" data-kpi-sort="${col.sort}">${col.label}<span class="kpi-sort__icon" aria-hidden="true">${active === "ascending" ? "\u25B2" : active === "descending" ? "\u25BC" : "\u21C5"}</span></button>`
      : html`${col.label}`;
  return html`<th scope="col"${cls ? html` class="${cls}"` : ""}${ariaSort}>${content}</th>`;
}

function rowHtml(row: ScorecardRow, ctx: RenderContext, options: IndicatorTableOptions): SafeHtml {
  const ind = row.indicator;
  const unit = UNIT_LABEL[ind.unit] ?? ind.unit;
  const title = ctx.text(ind.title);
  const links = options.detailLinks ?? true;
  const linked = typeof links === "boolean" ? links : links.has(ind.id);
  const name = linked ? html`<a href="#${ctx.id("detail", ind.id)}">${title}</a>` : title;
  const b = row.benchmarks;
  const regionCode = options.regionCode;
  const cur = row.current;
  const prev = row.previous;
  const rank =
    b.rank !== null && b.rank !== undefined
      ? html`${b.rank} of ${b.rankOf ?? "?"}${b.band ? html`<br><span class="kpi-band">Band ${b.band}</span>` : ""}`
      : // Not ranked: [z] when the indicator is never ranked (no judgement), [x] when a figure is missing.
        displayValue(STATUS_MARKER[ind.polarity === "no-judgement" ? "not-applicable" : "not-available"]);
  const none = (status: "not-available" | "not-applicable" = "not-available") =>
    displayValue(STATUS_MARKER[status]);
  const judged = ind.polarity === "no-judgement" ? "not-applicable" : "not-available";
  const cell = (numeric: boolean, content: SafeHtml | string) =>
    html`<td${numeric ? html` class="kpi-num"` : ""}>${content}</td>`;
  const small = row.smallNumbers
    ? html`<span class="kpi-note kpi-small">${ctx.text(row.smallNumbers.reason)}</span>`
    : "";
  return html`<tr class="kpi-row kpi-row--${ragStatus(row.rag)}" data-kpi-id="${ind.id}"><th scope="row" class="kpi-indicator">${name}<span class="kpi-meta">${ind.polarity === "no-judgement" ? "Context, not judged" : (POLARITY_LABEL[ind.polarity] ?? "")}; unit: ${unit}</span>${row.note ? html`<span class="kpi-note">${ctx.text(row.note)}</span>` : ""}${small}</th><td class="kpi-col-rating">${renderRagTag(row.rag)}${ind.polarity === "no-judgement" ? html`<span class="kpi-reason kpi-reason--context">Context: neither higher nor lower is better.</span>` : html`<span class="kpi-reason">${ratingReason(row, ctx)}</span>`}</td>${cell(true, cur ? html`${displayValue(cur.display)}<span class="kpi-period">${cur.period.label}</span>` : none())}${cell(true, prev ? html`${displayValue(prev.display)}<span class="kpi-period">${prev.period.label}</span>` : none())}<td class="kpi-col-change">${changeCell(row, ind.polarity === "no-judgement" && row.changeRating?.rule === "no-judgement" ? "none" : "short")}</td><td class="kpi-spark">${renderSparkline(row.trend, { label: `${ind.shortTitle || ind.title} trend` })}</td>${cell(true, b.neighbours ? html`${displayValue(b.neighbours.display)}${b.neighbours.count < b.neighbours.of ? html`<span class="kpi-period">${b.neighbours.count} of ${b.neighbours.of} neighbours</span>` : ""}` : none())}${cell(true, b.region ? html`${displayValue(b.region.display)}${b.region.area.code !== regionCode ? html`<span class="kpi-period">${b.region.area.name}</span>` : ""}` : none())}${cell(true, b.england ? displayValue(b.england.display) : none())}${cell(true, highPerformersCell(row, judged))}${cell(true, rank)}${cell(true, row.target ? displayValue(row.target.display) : html`<span class="kpi-muted kpi-nowrap">No target</span>`)}${cell(false, b.period ? html`${b.period.label}${cur && b.period.label !== cur.period.label ? html`<span class="kpi-period">latest national</span>` : ""}` : none())}</tr>`;
}

/** The rating's reason; when the change decided it, the change's cell beside it gives the figures. */
function ratingReason(row: ScorecardRow, ctx: RenderContext): SafeHtml {
  if (row.rag?.basis === "direction" && row.changeRating)
    return html`Rated by its change: ${row.changeRating.label.toLowerCase()} (see the change's rating).`;
  return ctx.text(row.rag?.reason ?? "");
}

/** The high performers' figure: the configured group, or else the top-quartile threshold and the best neighbour. */
function highPerformersCell(row: ScorecardRow, missing: "not-available" | "not-applicable"): SafeHtml {
  const b = row.benchmarks;
  if (b.highPerformers)
    return html`${displayValue(b.highPerformers.display)}<span class="kpi-period">group of ${b.highPerformers.count}</span>`;
  const parts: SafeHtml[] = [];
  if (b.topQuartile)
    parts.push(html`${displayValue(b.topQuartile.display)}<span class="kpi-period">top quartile</span>`);
  if (b.bestNeighbour)
    parts.push(
      html`${displayValue(b.bestNeighbour.display)}<span class="kpi-period" title="${b.bestNeighbour.area.name}">best neighbour</span>`,
    );
  return parts.length ? html`${parts}` : displayValue(STATUS_MARKER[missing]);
}

/** @internal */
export function indicatorTable(
  scorecard: Scorecard,
  ctx: RenderContext,
  options: IndicatorTableOptions = {},
): SafeHtml {
  const rows = options.rows ?? scorecard.rows;
  const opts: IndicatorTableOptions =
    options.regionCode === undefined && scorecard.comparators?.region
      ? { ...options, regionCode: scorecard.comparators.region.code }
      : options;
  const group = (options.groupBySection ?? !options.sort) && rows.some((r) => r.section);
  let bodies: SafeHtml[];
  if (group) {
    const order: string[] = [];
    const bySection = new Map<string, ScorecardRow[]>();
    for (const r of rows) {
      const s = r.section ?? "Other indicators";
      if (!bySection.has(s)) {
        bySection.set(s, []);
        order.push(s);
      }
      bySection.get(s)!.push(r);
    }
    bodies = order.map(
      (s) =>
        html`<tbody><tr class="kpi-section-row"><th scope="colgroup" colspan="${COLUMNS.length}"><span class="kpi-section">${ctx.text(s)}</span></th></tr>${bySection.get(s)!.map((r) => rowHtml(r, ctx, opts))}</tbody>`,
    );
  } else bodies = [html`<tbody>${rows.map((r) => rowHtml(r, ctx, opts))}</tbody>`];
  if (rows.length === 0)
    bodies = [html`<tbody><tr><td colspan="${COLUMNS.length}">No indicators to show.</td></tr></tbody>`];
  const period = scorecard.period ? `, ${scorecard.period.label}` : "";
  // The title often names the area already ("Wiltshire: children's services benchmarks").
  const area = scorecard.title.includes(scorecard.area.name) ? "" : `: ${scorecard.area.name}`;
  const caption = `${scorecard.title}${area}${period}`;
  return html`<div class="kpi-scroll" part="scroll" role="region" aria-label="${caption} (table scrolls sideways)" tabindex="0"><table class="kpi-table kpi-table--indicators" part="table"><caption><span class="kpi-caption">${caption}</span></caption><thead><tr>${COLUMNS.map((c) => headerCell(c, options))}</tr></thead>${bodies}</table></div>`;
}

/**
 * Renders the indicator table: the indicator, its rating with the reason, value and period, previous value,
 * the change in words with an arrow and the change's rating with its reason, sparkline, neighbour average,
 * region, England, high performers (the configured group, or the top-quartile threshold and the best
 * neighbour), rank and band, target and the period the benchmarks are for, inside a focusable scroll region.
 *
 * @example
 * renderIndicatorTable(scorecard).value.includes('<th scope="col" class="kpi-num">England</th>') //=> true
 */
export function renderIndicatorTable(scorecard: Scorecard, options: IndicatorTableOptions = {}): SafeHtml {
  return indicatorTable(scorecard, createContext(options, scorecard.glossary), options);
}
