import type { ChangeRating, ChangeStatus, RagResult, RagStatus } from "@kpikit/core";
import { CHANGE_LABEL, CHANGE_ORDER, RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { CHANGE_SHAPE, RAG_SHAPE } from "../_lib/labels.js";
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

/** A known change status; anything else (bad data) is "not-judged". @internal */
export function changeStatus(rating: ChangeRating | ChangeStatus | null | undefined): ChangeStatus {
  const raw = typeof rating === "string" ? rating : rating?.status;
  return CHANGE_ORDER.includes(raw as ChangeStatus) ? (raw as ChangeStatus) : "not-judged";
}

/**
 * Renders a change's rating as a tag, outlined so that it does not read as a red/amber/green rating: the label
 * first, then an arrow-like shape. An unknown status renders as "Not judged".
 *
 * @example
 * renderChangeTag("no-significant-change").value
 * //=> '<strong class="kpi-ctag kpi-ctag--no-significant-change" part="change change-no-significant-change"><span class="kpi-ctag__shape" aria-hidden="true">=</span> No significant change</strong>'
 */
export function renderChangeTag(rating: ChangeRating | ChangeStatus): SafeHtml {
  const status = changeStatus(rating);
  return html`<strong class="kpi-ctag kpi-ctag--${status}" part="change change-${status}"><span class="kpi-ctag__shape" aria-hidden="true">${CHANGE_SHAPE[status]}</span> ${CHANGE_LABEL[status]}</strong>`;
}
