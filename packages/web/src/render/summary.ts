import type { Scorecard, ScorecardRow } from "@kpikit/core";
import { RAG_ORDER } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { inPeriod } from "../_lib/period-words.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { renderRagTag } from "./rag-tag.js";

function changeItem(row: ScorecardRow, ctx: RenderContext): SafeHtml {
  const ch = row.change ? `${row.change.display}` : "";
  const span =
    row.previous && row.current
      ? ` (${row.previous.display} ${inPeriod(row.previous.period)} to ${row.current.display} ${inPeriod(row.current.period)})`
      : "";
  return html`<li><a href="#${ctx.id("detail", row.indicator.id)}">${ctx.text(row.indicator.title)}</a>: ${ch}${span}</li>`;
}

/** @internal */
export function summaryHtml(scorecard: Scorecard, ctx: RenderContext): SafeHtml {
  const counts = scorecard.summary?.counts;
  const byId = new Map(scorecard.rows.map((r) => [r.indicator.id, r] as const));
  const pick = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => byId.get(id)).filter((r): r is ScorecardRow => !!r);
  const up = pick(scorecard.summary?.biggestImprovements);
  const down = pick(scorecard.summary?.biggestDeteriorations);
  const total = scorecard.rows.length;
  return html`<section class="kpi-summary" part="summary" aria-labelledby="${ctx.id("summary")}">${ctx.heading(1, "Summary", { id: ctx.id("summary") })}<p>${total} indicator${total === 1 ? "" : "s"}: ${scorecard.summary?.improving ?? 0} improving and ${scorecard.summary?.worsening ?? 0} worsening since the previous period.</p><ul class="kpi-summary__counts" aria-label="Indicators by rating">${RAG_ORDER.map((s) => html`<li>${renderRagTag(s)} <span class="kpi-count">${counts?.[s] ?? 0}</span></li>`)}</ul><div class="kpi-summary__changes"><div>${ctx.heading(2, "Biggest improvements")}${up.length ? html`<ul>${up.map((r) => changeItem(r, ctx))}</ul>` : html`<p>None.</p>`}</div><div>${ctx.heading(2, "Biggest deteriorations")}${down.length ? html`<ul>${down.map((r) => changeItem(r, ctx))}</ul>` : html`<p>None.</p>`}</div></div></section>`;
}

/**
 * Renders the summary: counts by rating, how many indicators improved or worsened, and the biggest
 * improvements and deteriorations.
 *
 * @example
 * renderSummary(scorecard).value.includes("Biggest deteriorations") //=> true
 */
export function renderSummary(scorecard: Scorecard, options: RenderOptions = {}): SafeHtml {
  return summaryHtml(scorecard, createContext(options, scorecard.glossary));
}
