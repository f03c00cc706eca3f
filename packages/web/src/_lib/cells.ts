import type { Direction, ScorecardRow } from "@kpikit/core";
import { DIRECTION_LABEL, GSS_SHORTHAND } from "@kpikit/core";
import { html, type SafeHtml } from "../html/safe-html.js";
import { renderChangeTag } from "../render/rag-tag.js";
import { isNum } from "./compare.js";

const MARKER = /^\[[cxzu]\]$/;

/** A display string; a bare GSS marker gets an `<abbr>` saying what it means. */
export function displayValue(display: string | undefined | null): SafeHtml {
  const text = String(display ?? "");
  if (MARKER.test(text)) {
    const meaning = GSS_SHORTHAND.find((s) => s.marker === text)?.meaning ?? "";
    return html`<abbr class="kpi-marker" title="${meaning}">${text}</abbr>`;
  }
  return html`${text}`;
}

const ARROW = { up: "\u2191", down: "\u2193", flat: "\u2192" } as const;

/**
 * The change cell: an arrow (hidden from screen readers) and the change in words, then the change's rating as a
 * tag with its reason (`short`: without the movement, for a table that shows both figures; `full` also carries the
 * short one, which print shows instead), or, for a Scorecard without one, the direction of travel.
 */
export function changeCell(row: ScorecardRow, reason: "full" | "short" | "none" = "full"): SafeHtml {
  if (row.changeRating) {
    const ch = row.change;
    const way =
      !ch || !isNum(ch.absolute) ? null : ch.absolute > 0 ? "up" : ch.absolute < 0 ? "down" : "flat";
    const amount =
      way === null
        ? ""
        : html`<span class="kpi-change"><span class="kpi-arrow" aria-hidden="true">${ARROW[way]}</span> ${way === "up" ? "Up" : way === "down" ? "Down" : "No change"}${way === "flat" ? "" : ` ${ch!.display.replace(/^[+\u2212-]/, "")}`}</span><br>`;
    return html`${amount}${renderChangeTag(row.changeRating)}${reason === "none" ? "" : reason === "short" ? html`<span class="kpi-reason">${row.changeRating.why ?? row.changeRating.reason}</span>` : html`<span class="kpi-reason kpi-reason--full">${row.changeRating.reason}</span>${row.changeRating.why && row.changeRating.why !== row.changeRating.reason ? html`<span class="kpi-reason kpi-reason--short">${row.changeRating.why}</span>` : ""}`}`;
  }
  // "Not comparable" misleads when there is simply nothing to compare with: say that instead.
  const noPrevious =
    row.direction === "not-comparable" && isNum(row.current?.value) && !isNum(row.previous?.value);
  const dir = noPrevious
    ? "No previous figure"
    : (DIRECTION_LABEL[row.direction as Direction] ?? "Not comparable");
  const ch = row.change;
  if (!ch || !isNum(ch.absolute)) {
    return html`<span class="kpi-change"><span class="kpi-dir kpi-dir--${row.direction}">${dir}</span></span>`;
  }
  const way = ch.absolute > 0 ? "up" : ch.absolute < 0 ? "down" : "flat";
  const words = way === "up" ? "Up" : way === "down" ? "Down" : "No change";
  const amount = way === "flat" ? "" : ` ${ch.display.replace(/^[+\u2212-]/, "")}`;
  return html`<span class="kpi-change"><span class="kpi-arrow" aria-hidden="true">${ARROW[way]}</span> ${words}${amount}<br><span class="kpi-dir kpi-dir--${row.direction}">${dir}</span></span>`;
}
