import type { DataQualityGroup, Scorecard } from "@kpikit/core";
import { groupDataQuality } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { longDate } from "../_lib/dates.js";
import { html, type SafeHtml } from "../html/safe-html.js";

const KIND: Readonly<Record<string, string>> = {
  published: "published data",
  local: "local figures",
  return: "statutory return",
  config: "configuration",
  reference: "reference data",
};

/** Indicators sharing one data-quality line from this many on are listed under it once. */
const SHARED = 4;

const sentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** @internal A config's file name is for the analyst who ran the report, not the paper: it reads "The report's settings". */
export function sourcesHtml(scorecard: Pick<Scorecard, "provenance">, ctx: RenderContext): SafeHtml {
  const list = scorecard.provenance ?? [];
  return html`<section class="kpi-sources" part="sources" aria-labelledby="${ctx.id("sources")}">${ctx.heading(1, "Sources", { id: ctx.id("sources") })}${list.length ? html`<ul>${list.map((p) => html`<li><strong>${p.kind === "config" ? "The report's settings" : ctx.text(p.name)}</strong> (${KIND[p.kind] ?? p.kind}${p.date ? html`, dated <time datetime="${p.date}">${longDate(p.date)}</time>` : ""})${p.description ? html`: ${ctx.text(p.description)}` : ""}</li>`)}</ul>` : html`<p>No sources recorded.</p>`}</section>`;
}

/** @internal */
export function dataQualityHtml(
  scorecard: Pick<Scorecard, "dataQuality" | "rows">,
  ctx: RenderContext,
): SafeHtml {
  const groups = groupDataQuality({ rows: scorecard.rows ?? [], dataQuality: scorecard.dataQuality ?? [] });
  const where = (d: { readonly source?: string; readonly row?: number }) =>
    d.source ? html` (${d.source}${d.row !== undefined ? `, row ${d.row}` : ""})` : "";
  // One line per indicator (its notes in a few words); report-wide notes one line each; every note in full below,
  // folded away on screen and left out of print. A line that many indicators share ("a later figure left out",
  // for a former LA's every row) is said once, with the indicators it is about (or, when it is about most of
  // them, the ones it is not about).
  const shortTitle = new Map((scorecard.rows ?? []).map((r) => [r.indicator.id, r.indicator.shortTitle]));
  const bySummary = new Map<string, DataQualityGroup[]>();
  for (const g of groups) {
    if (g.indicatorId === undefined) continue;
    bySummary.set(g.summary, [...(bySummary.get(g.summary) ?? []), g]);
  }
  const items = groups.flatMap((g) => {
    if (g.indicatorId === undefined)
      return g.notes.map((d) => html`<li>${ctx.text(d.message)}${where(d)}</li>`);
    const shared = bySummary.get(g.summary) ?? [g];
    if (shared.length < SHARED)
      return [html`<li><strong>${g.title ?? g.indicatorId}</strong>: ${ctx.text(g.summary)}</li>`];
    if (shared[0] !== g) return [];
    const name = (id: string) => shortTitle.get(id) ?? id;
    const about = new Set(shared.map((x) => x.indicatorId));
    // Most of the paper's indicators (a former LA's every row): the few it is not about are named instead.
    const others = (scorecard.rows ?? []).map((r) => r.indicator.id).filter((id) => !about.has(id));
    const which =
      others.length === 0
        ? `(all ${shared.length} indicators)`
        : others.length < shared.length
          ? `(${shared.length} of the ${shared.length + others.length} indicators, all but: ${others.map(name).join("; ")})`
          : `(${shared.length} indicators): ${shared.map((x) => shortTitle.get(x.indicatorId ?? "") ?? x.title ?? x.indicatorId).join("; ")}`;
    return [html`<li><strong>${ctx.text(sentenceStart(g.summary))}</strong> ${ctx.text(which)}</li>`];
  });
  const full = groups
    .filter((g) => g.indicatorId !== undefined)
    .flatMap((g) =>
      g.notes.map(
        (d, i) =>
          html`<li><strong>${g.title ?? g.indicatorId}</strong>: ${ctx.text(g.messages[i] ?? d.message)}${where(d)}</li>`,
      ),
    );
  return html`<section class="kpi-quality" part="quality" aria-labelledby="${ctx.id("quality")}">${ctx.heading(1, "Data quality notes", { id: ctx.id("quality") })}${items.length ? html`<ul>${items}</ul>` : html`<p>No data quality issues were recorded.</p>`}${full.length ? html`<details class="kpi-data"><summary>Show every note in full</summary><ul>${full}</ul></details>` : ""}</section>`;
}

/**
 * Renders the sources with their dates.
 *
 * @example
 * renderSources({ provenance: [{ name: "LAIT", kind: "published", date: "2025-03-12" }] }).value.includes("12 March 2025") //=> true
 */
export function renderSources(
  scorecard: Pick<Scorecard, "provenance">,
  options: RenderOptions = {},
): SafeHtml {
  return sourcesHtml(scorecard, createContext(options));
}

/**
 * Renders the data quality notes (what was excluded and why).
 *
 * @example
 * renderDataQuality({ dataQuality: [], rows: [] }).value.includes("No data quality issues") //=> true
 */
export function renderDataQuality(
  scorecard: Pick<Scorecard, "dataQuality" | "rows">,
  options: RenderOptions = {},
): SafeHtml {
  return dataQualityHtml(scorecard, createContext(options));
}
