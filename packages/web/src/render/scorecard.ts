import type { Scorecard, ScorecardRow } from "@kpikit/core";
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
  /** Include a detail section per indicator with its charts (default true). */
  readonly details?: boolean;
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
  return html`<header class="kpi-header" part="header">${ctx.heading(0, ctx.text(scorecard.title), { id: ctx.id("title") })}<p class="kpi-lede">${scorecard.area.name}${scorecard.area.code ? ` (${scorecard.area.code})` : ""}${scorecard.period ? html`, ${scorecard.period.label}` : ""}. Built <time datetime="${scorecard.generated}">${longDate(scorecard.generated)}</time>.${parts.length || high ? html` Compared with ${parts.join("; ")}${high}.` : ""}</p></header>`;
}

/** @internal */
export function scorecardHtml(
  scorecard: Scorecard,
  ctx: RenderContext,
  options: ScorecardOptions = {},
): SafeHtml {
  const rows = options.rows ?? scorecard.rows;
  // Parts are built in reading order, so that each acronym gets its <abbr> where it is first read.
  const header = headerHtml(scorecard, ctx);
  const summary = options.summary === false ? "" : summaryHtml(scorecard, ctx);
  const indicators = html`<section class="kpi-indicators" aria-labelledby="${ctx.id("indicators")}">${ctx.heading(1, "Indicators", { id: ctx.id("indicators") })}${keyHtml(scorecard, { ...ctx, heading: (o, c, a) => ctx.heading(o + 1, c, a ?? {}) })}${indicatorTable(scorecard, ctx, { rows, detailLinks: options.details !== false, ...(options.sortable ? { sortable: true } : {}), ...(options.sort ? { sort: options.sort } : {}) })}</section>`;
  const plan = scorecard.plan ? planHtml(scorecard.plan, ctx, 1) : "";
  const details =
    options.details === false
      ? ""
      : html`<section class="kpi-details" aria-labelledby="${ctx.id("details")}">${ctx.heading(1, "Indicator details", { id: ctx.id("details") })}${scorecard.rows.map((r) => detailHtml(r, scorecard, ctx, 2))}</section>`;
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
