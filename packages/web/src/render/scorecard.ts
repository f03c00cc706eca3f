import type { DetailLevel, Scorecard, ScorecardRow } from "@kpikit/core";
import { detailRows, hasFigure } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { longDate } from "../_lib/dates.js";
import type { SortState } from "../_lib/rows.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { detailHtml } from "./detail.js";
import { glossaryHtml } from "./glossary.js";
import { indicatorTable } from "./indicator-table.js";
import { keyHtml } from "./key.js";
import { planHtml } from "./plan.js";
import { dataQualityHtml, sourcesHtml } from "./sources.js";
import { summaryHtml } from "./summary.js";

/** Options for {@link renderScorecard}. */
export interface ScorecardOptions extends RenderOptions {
  /** Include a detail section per indicator with its charts (default true). `detail` takes precedence. */
  readonly details?: boolean;
  /**
   * Which indicators get a detail section: `none`, `rated` (red or amber, or a big change) or `all` (default:
   * `all`, or `none` when `details` is false).
   */
  readonly detail?: DetailLevel;
  /** Include the summary, glossary, sources and data quality notes (default true). */
  readonly summary?: boolean;
  readonly glossarySection?: boolean;
  readonly sources?: boolean;
  /** Rows for the table (filtered or sorted); default all rows. */
  readonly rows?: readonly ScorecardRow[];
  readonly sortable?: boolean;
  readonly sort?: SortState;
}

/** @internal */
export function headerHtml(scorecard: Scorecard, ctx: RenderContext): SafeHtml {
  const cmp = scorecard.comparators;
  const nCount = cmp?.neighbours?.length ?? 0;
  const parts: string[] = [];
  if (nCount)
    parts.push(
      `${nCount} statistical neighbours${cmp.neighbourModel ? ` (${cmp.neighbourModel} model)` : ""}, ${cmp.aggregate ?? "mean"}`,
    );
  if (cmp?.region) parts.push(`region: ${cmp.region.name}`);
  // The high performers' label is the caller's wording and may use an acronym ("LAs rated Outstanding").
  const high = cmp?.highPerformers
    ? html`${parts.length ? "; " : ""}high performers: ${ctx.text(cmp.highPerformers)}`
    : "";
  // A former LA's report says so first (its last year, who took over), where nobody can miss it.
  const former = (scorecard.dataQuality ?? []).filter((d) => d.code === "former-la");
  return html`<header class="kpi-header" part="header">${ctx.heading(0, ctx.text(scorecard.title), { id: ctx.id("title") })}${former.map((d) => html`<p class="kpi-notice"><strong>${ctx.text(d.message)}</strong></p>`)}<p class="kpi-lede">${scorecard.area.name}${scorecard.area.code ? ` (${scorecard.area.code})` : ""}. Report date: <time datetime="${scorecard.generated}">${longDate(scorecard.generated)}</time>.${scorecard.period ? html` Data as at ${scorecard.period.label}.` : ""}${parts.length || high ? html` Compared with ${parts.join("; ")}${high}.` : ""}</p></header>`;
}

/** @internal */
export function scorecardHtml(
  scorecard: Scorecard,
  ctx: RenderContext,
  options: ScorecardOptions = {},
): SafeHtml {
  // Indicators with no figure for the area are listed once after the table, not as rows of [x].
  const all = options.rows ?? scorecard.rows;
  const rows = all.filter(hasFigure);
  const missing = all.filter((r) => !hasFigure(r));
  const level: DetailLevel = options.detail ?? (options.details === false ? "none" : "all");
  const detailed = detailRows(scorecard, level);
  const linked = new Set(detailed.map((r) => r.indicator.id));
  // Parts are built in reading order, so that each acronym gets its <abbr> where it is first read.
  const header = headerHtml(scorecard, ctx);
  const summary = options.summary === false ? "" : summaryHtml(scorecard, ctx);
  const indicators = html`<section class="kpi-indicators" aria-labelledby="${ctx.id("indicators")}">${ctx.heading(1, "Indicators", { id: ctx.id("indicators") })}${keyHtml(scorecard, { ...ctx, heading: (o, c, a) => ctx.heading(o + 1, c, a ?? {}) })}${indicatorTable(scorecard, ctx, { rows, detailLinks: linked, ...(options.sortable ? { sortable: true } : {}), ...(options.sort ? { sort: options.sort } : {}) })}${missing.length ? html`<p class="kpi-missing" part="missing">No figure for ${scorecard.area.name}: ${missing.map((r, i) => html`${i ? "; " : ""}${ctx.text(r.indicator.title)}`)}.</p>` : ""}</section>`;
  const plan = scorecard.plan ? planHtml(scorecard.plan, ctx, 1) : "";
  const intro =
    level === "rated"
      ? html`<p>Details of the indicators rated red or amber, and of the biggest improvements and deteriorations.</p>`
      : "";
  const details =
    detailed.length === 0
      ? ""
      : html`<section class="kpi-details" aria-labelledby="${ctx.id("details")}">${ctx.heading(1, "Indicator details", { id: ctx.id("details") })}${intro}${detailed.map((r) => detailHtml(r, scorecard, ctx, 2))}</section>`;
  const glossary = options.glossarySection === false ? "" : glossaryHtml(scorecard.glossary ?? [], ctx);
  const sources =
    options.sources === false ? "" : html`${sourcesHtml(scorecard, ctx)}${dataQualityHtml(scorecard, ctx)}`;
  return html`<article class="kpi-scorecard" aria-labelledby="${ctx.id("title")}">${header}${summary}${indicators}${plan}${details}${glossary}${sources}</article>`;
}

/**
 * Renders a whole scorecard as an HTML fragment: heading, summary, key, indicator table, a detail section per
 * indicator with its charts, glossary, sources and data quality notes. Every text is escaped; acronyms get an
 * `<abbr title>` on first use from the scorecard's glossary.
 *
 * @example
 * renderScorecard(scorecard).startsWith('<article class="kpi-scorecard"') //=> true
 */
export function renderScorecard(scorecard: Scorecard, options: ScorecardOptions = {}): string {
  return scorecardHtml(scorecard, createContext(options, scorecard.glossary), options).value;
}
