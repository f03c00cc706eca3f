import type { GlossaryEntry } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { html, type SafeHtml } from "../html/safe-html.js";

/** @internal */
export function glossaryHtml(entries: readonly GlossaryEntry[], ctx: RenderContext): SafeHtml {
  const sorted = entries
    .filter((e) => e && typeof e.term === "string")
    .slice()
    .sort((a, b) => a.term.localeCompare(b.term, "en"));
  if (sorted.length === 0) return html``;
  return html`<section class="kpi-glossary" part="glossary" aria-labelledby="${ctx.id("glossary")}">${ctx.heading(1, "Glossary", { id: ctx.id("glossary") })}<dl>${sorted.map((e) => html`<div><dt>${e.term}</dt><dd>${e.expansion}${e.description ? html`<span class="kpi-glossary__description">${e.description}</span>` : ""}</dd></div>`)}</dl></section>`;
}

/**
 * Renders glossary entries as a definition list, sorted by term.
 *
 * @example
 * renderGlossary([{ term: "CIN", expansion: "Child in need" }]).value.includes("<dt>CIN</dt><dd>Child in need</dd>") //=> true
 */
export function renderGlossary(entries: readonly GlossaryEntry[], options: RenderOptions = {}): SafeHtml {
  return glossaryHtml(entries, createContext(options));
}
