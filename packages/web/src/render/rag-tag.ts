import type { RagResult, RagStatus } from "@kpikit/core";
import { RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { RAG_SHAPE } from "../_lib/labels.js";
import { html, type SafeHtml } from "../html/safe-html.js";

/** A known rating status; anything else (bad data) is "not-rated". @internal */
export function ragStatus(rag: RagResult | RagStatus | null | undefined): RagStatus {
  const raw = typeof rag === "string" ? rag : rag?.status;
  return RAG_ORDER.includes(raw as RagStatus) ? (raw as RagStatus) : "not-rated";
}

/** Options for {@link renderRagTag}. */
export interface RagTagOptions {
  /** Show the rating's reason after the tag (default false). */
  readonly reason?: boolean;
}

/**
 * Renders a rating as a tag: a text label first, then colour (a tint with dark text) and a shape.
 * An unknown status renders as "Not rated".
 *
 * @example
 * renderRagTag("amber").value
 * //=> '<strong class="kpi-rag kpi-rag--amber" part="rag rag-amber"><span class="kpi-rag__shape" aria-hidden="true">▲</span> Amber</strong>'
 */
export function renderRagTag(rag: RagResult | RagStatus, options: RagTagOptions = {}): SafeHtml {
  const status = ragStatus(rag);
  const tag = html`<strong class="kpi-rag kpi-rag--${status}" part="rag rag-${status}"><span class="kpi-rag__shape" aria-hidden="true">${RAG_SHAPE[status]}</span> ${RAG_LABEL[status]}</strong>`;
  if (options.reason && typeof rag === "object" && rag.reason) {
    return html`${tag} <span class="kpi-rag__reason">${rag.reason}</span>`;
  }
  return tag;
}

// Action and trajectory ratings reuse the rating tag's styles: `complete` and `achieved` are shown blue,
// `not-started` like not rated. The label is the plan's own word, always written.
const TAG_CLASS: Readonly<Record<string, "red" | "amber" | "green" | "blue" | "not-rated">> = {
  complete: "blue",
  achieved: "blue",
  red: "red",
  amber: "amber",
  green: "green",
  "not-started": "not-rated",
  "not-rated": "not-rated",
};

/** An improvement-plan rating (an action's or a linked indicator's) as a tag, in the same styles: its label first, then colour and shape. @internal */
export function planTag(status: string, label: string): SafeHtml {
  const cls = TAG_CLASS[status] ?? "not-rated";
  return html`<strong class="kpi-rag kpi-rag--${cls}" part="rag rag-${cls}"><span class="kpi-rag__shape" aria-hidden="true">${RAG_SHAPE[cls]}</span> ${label}</strong>`;
}
