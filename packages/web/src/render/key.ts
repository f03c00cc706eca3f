import type { RagStatus, Scorecard, ScorecardKeyEntry } from "@kpikit/core";
import { GSS_SHORTHAND, RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { renderRagTag } from "./rag-tag.js";

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

/** @internal */
export function keyHtml(scorecard: Pick<Scorecard, "key">, ctx: RenderContext): SafeHtml {
  const entries = (scorecard.key?.length ? scorecard.key : DEFAULT_KEY)
    .slice()
    .sort((a, b) => RAG_ORDER.indexOf(a.status) - RAG_ORDER.indexOf(b.status));
  return html`<aside class="kpi-key" part="key" aria-labelledby="${ctx.id("key")}">${ctx.heading(1, "Key", { id: ctx.id("key") })}<ul class="kpi-key__ratings">${entries.map((e) => html`<li>${renderRagTag(e.status)} ${ctx.text(e.meaning)}</li>`)}</ul><p>Each indicator says under its name whether <strong>higher or lower is better</strong>; ratings and the direction of travel take that into account.</p><p>Change: <span aria-hidden="true">\u2191</span> up, <span aria-hidden="true">\u2193</span> down, <span aria-hidden="true">\u2192</span> no change, from the previous comparable value; the words below say whether that is improving or worsening.</p><p>National band: A is the best quarter of local authorities, D the worst; rank 1 is the best.</p><dl class="kpi-key__markers">${GSS_SHORTHAND.map((s) => html`<div><dt>${s.marker}</dt><dd>${s.meaning}</dd></div>`)}</dl></aside>`;
}

/**
 * Renders the key: what each rating means (label, colour and shape), how to read change, bands and the
 * GSS shorthand for special values.
 *
 * @example
 * renderKey(scorecard).value.includes("higher or lower is better") //=> true
 */
export function renderKey(scorecard: Pick<Scorecard, "key">, options: RenderOptions = {}): SafeHtml {
  return keyHtml(scorecard, createContext(options));
}
