import type { RagStatus, Scorecard, ScorecardKeyEntry } from "@kpikit/core";
import { CHANGE_MEANING, CHANGE_ORDER, GSS_SHORTHAND, RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { renderChangeTag, renderRagTag } from "./rag-tag.js";

/** What each rating means, for a Scorecard that carries no key of its own. */
const DEFAULT_MEANING: Readonly<Record<RagStatus, string>> = {
  red: "Performance is a concern: worse than the target or comparator beyond the tolerance.",
  amber: "Close to the target or comparator: within the tolerance.",
  green: "Meets the target or is better than the comparator.",
  blue: "Beats the stretch target.",
  "not-rated": "No rating: no value, no target or comparator, or the indicator is not judged.",
};
const DEFAULT_KEY: readonly ScorecardKeyEntry[] = RAG_ORDER.map((status) => ({
  status,
  label: RAG_LABEL[status],
  meaning: DEFAULT_MEANING[status],
}));

/** The figure's ratings: the rules in the order the policy applies them, or (older documents) one line per rating. */
function ratingsHtml(scorecard: Pick<Scorecard, "key" | "keyRules">, ctx: RenderContext): SafeHtml {
  const rules = scorecard.keyRules ?? [];
  if (rules.length === 0) {
    const entries = (scorecard.key?.length ? scorecard.key : DEFAULT_KEY)
      .slice()
      .sort((a, b) => RAG_ORDER.indexOf(a.status) - RAG_ORDER.indexOf(b.status));
    return html`<ul class="kpi-key__ratings">${entries.map((e) => html`<li>${renderRagTag(e.status)} ${ctx.text(e.meaning)}</li>`)}</ul>`;
  }
  const notRated = scorecard.key?.find((k) => k.status === "not-rated");
  return html`<p><strong>The figure's rating.</strong> The rules are tried in this order; the first that can rate an indicator decides.</p><ol class="kpi-key__rules">${rules.map((r) => html`<li><span class="kpi-key__rule">${ctx.text(r.title)}:</span><ul class="kpi-key__ratings">${r.entries.map((e) => html`<li>${renderRagTag(e.status)} ${ctx.text(e.meaning)}</li>`)}</ul></li>`)}</ol>${notRated ? html`<p>${renderRagTag("not-rated")} ${ctx.text(notRated.meaning.replace(/^Not rated: /, ""))}</p>` : ""}`;
}

/** @internal */
export function keyHtml(
  scorecard: Pick<Scorecard, "key" | "keyRules"> & {
    readonly comparators?: Pick<Scorecard["comparators"], "highPerformers">;
    readonly rows?: Scorecard["rows"];
  },
  ctx: RenderContext,
): SafeHtml {
  // Core gives a count's England and region cells as not applicable: say why once, where the paper has one.
  const totals = scorecard.rows?.some(
    (r) =>
      (r.indicator.unit === "count" || r.indicator.unit === "fte") &&
      r.benchmarks.england?.status === "not-applicable",
  );
  return html`<aside class="kpi-key" part="key" aria-labelledby="${ctx.id("key")}">${ctx.heading(1, "Key", { id: ctx.id("key") })}${ratingsHtml(scorecard, ctx)}<p><strong>The change's rating</strong>, from the previous comparable value (or the baseline):</p><ul class="kpi-key__ratings">${CHANGE_ORDER.map((s) => html`<li>${renderChangeTag(s)} ${CHANGE_MEANING[s]}</li>`)}</ul><p>Each indicator says under its name whether <strong>higher or lower is better</strong>; both ratings take that into account. Indicators marked <strong>context, not judged</strong> are shown for context: neither higher nor lower is better, so neither they nor their changes are rated. Change: <span aria-hidden="true">\u2191</span> up, <span aria-hidden="true">\u2193</span> down, <span aria-hidden="true">\u2192</span> no change.</p><p>National band: A is the best quarter of local authorities, D the worst; rank 1 is the best. High performers: ${scorecard.comparators?.highPerformers ? html`${ctx.text(scorecard.comparators.highPerformers)} (the group's average)` : "the national top-quartile threshold and the best statistical neighbour"}.${totals ? " A count (of workers or cases) is compared with local authorities only: England's and the region's figures are totals, so their cells read [z]." : ""}</p><dl class="kpi-key__markers">${GSS_SHORTHAND.map((s) => html`<div><dt>${s.marker}</dt><dd>${s.meaning}</dd></div>`)}</dl></aside>`;
}

/**
 * Renders the key: what each rating means (label, colour and shape), how to read change, bands and the
 * GSS shorthand for special values.
 *
 * @example
 * renderKey(scorecard).value.includes("higher or lower is better") //=> true
 */
export function renderKey(
  scorecard: Pick<Scorecard, "key" | "keyRules">,
  options: RenderOptions = {},
): SafeHtml {
  return keyHtml(scorecard, createContext(options));
}
