import type { RagStatus, Scorecard } from "@kpikit/core";
import { RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { createContext, type RenderContext } from "../_lib/context.js";
import { filterRows, type SortKey, type SortState, sortRows } from "../_lib/rows.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { detailChartsHtml, detailHtml } from "../render/detail.js";
import { glossaryHtml } from "../render/glossary.js";
import { indicatorTable } from "../render/indicator-table.js";
import { keyHtml } from "../render/key.js";
import { headerHtml } from "../render/scorecard.js";
import { dataQualityHtml, sourcesHtml } from "../render/sources.js";
import { summaryHtml } from "../render/summary.js";
import { KpiElement } from "./base.js";

/**
 * Above this many rows the detail sections' charts are drawn only when their "Show the charts" disclosure is
 * opened: a 100-row scorecard otherwise builds some 300 SVG charts and data tables up front.
 */
export const LAZY_CHARTS_AFTER = 12;

const SORT_LABEL: Readonly<Record<SortKey, string>> = {
  indicator: "indicator",
  value: "latest value",
  change: "change",
  neighbours: "neighbour average",
  england: "England",
  rank: "national rank",
  rating: "rating",
};

function sortWords(state: SortState): string {
  if (state.key === "rating")
    return state.direction === "ascending" ? "most severe first" : "least severe first";
  if (state.key === "indicator") return state.direction === "ascending" ? "A to Z" : "Z to A";
  if (state.key === "rank") return state.direction === "ascending" ? "best rank first" : "worst rank first";
  return state.direction === "ascending" ? "smallest first" : "largest first";
}

/**
 * `<kpi-scorecard src="scorecard.json">`: the whole scorecard with a sortable, filterable indicator table.
 * Children are fallback content, shown until the element runs (and again if the scorecard cannot load).
 */
export class KpiScorecardElement extends KpiElement {
  static get observedAttributes(): string[] {
    return ["src", "heading-level", "details", "id-prefix"];
  }

  #sort: SortState | null = null;
  #ratings: RagStatus[] = [];
  #section = "";
  #listening = false;
  #ctx: RenderContext | null = null;

  /** The current sort, or null for the scorecard's own order. */
  get sort(): SortState | null {
    return this.#sort;
  }

  protected render(scorecard: Scorecard): void {
    this.#listen();
    const headingLevel = this.headingLevel();
    const ctx = createContext(
      { idPrefix: this.getAttribute("id-prefix") ?? "kpi", headingLevel },
      scorecard.glossary,
    );
    this.#ctx = ctx;
    const details = this.getAttribute("details") !== "false";
    const lazy = scorecard.rows.length > LAZY_CHARTS_AFTER;
    const sections = [...new Set(scorecard.rows.map((r) => r.section).filter((s): s is string => !!s))];
    if (!sections.includes(this.#section)) this.#section = "";
    const ratingOptions = RAG_ORDER.filter((s) => scorecard.rows.some((r) => r.rag.status === s));
    const controls = html`<div class="kpi-controls" part="controls"><div><label for="${ctx.id("filter-rating")}">Show ratings</label><select id="${ctx.id("filter-rating")}" data-kpi-filter="rating"><option value="">All ratings</option>${ratingOptions.map((s) => html`<option value="${s}"${this.#ratings.length === 1 && this.#ratings[0] === s ? " selected" : ""}>${RAG_LABEL[s]} only</option>`)}<option value="red,amber"${this.#ratings.join(",") === "red,amber" ? " selected" : ""}>Red and amber</option></select></div>${sections.length > 1 ? html`<div><label for="${ctx.id("filter-section")}">Show section</label><select id="${ctx.id("filter-section")}" data-kpi-filter="section"><option value="">All sections</option>${sections.map((s) => html`<option value="${s}"${s === this.#section ? " selected" : ""}>${s}</option>`)}</select></div>` : ""}</div>`;
    const markup = html`<article class="kpi-scorecard" aria-labelledby="${ctx.id("title")}">${headerHtml(scorecard, ctx)}${summaryHtml(scorecard, ctx)}<section class="kpi-indicators" aria-labelledby="${ctx.id("indicators")}">${ctx.heading(1, "Indicators", { id: ctx.id("indicators") })}${keyHtml(scorecard, { ...ctx, heading: (o, c, a) => ctx.heading(o + 1, c, a ?? {}) })}${controls}<p class="kpi-visually-hidden" role="status" aria-live="polite" data-kpi-live></p><div data-kpi-table>${this.#tableHtml(scorecard, ctx)}</div></section>${details ? html`<section class="kpi-details" aria-labelledby="${ctx.id("details")}">${ctx.heading(1, "Indicator details", { id: ctx.id("details") })}${scorecard.rows.map((r) => detailHtml(r, scorecard, ctx, 2, lazy))}</section>` : ""}${glossaryHtml(scorecard.glossary, ctx)}${sourcesHtml(scorecard, ctx)}${dataQualityHtml(scorecard, ctx)}</article>`;
    this.setContent(markup.value);
  }

  #renderTable(scorecard: Scorecard): void {
    const holder = this.root.querySelector("[data-kpi-table]");
    const ctx = this.#ctx;
    if (!holder || !ctx) return;
    // A fresh context: the re-rendered table marks acronyms again, as the first place they are read.
    const fresh = createContext(
      { idPrefix: ctx.idPrefix, headingLevel: ctx.headingLevel as 1 | 2 | 3 | 4 },
      scorecard.glossary,
    );
    holder.innerHTML = this.#tableHtml(scorecard, fresh).value;
  }

  #tableHtml(scorecard: Scorecard, ctx: RenderContext): SafeHtml {
    let rows = filterRows(scorecard.rows, { ratings: this.#ratings, section: this.#section });
    if (this.#sort) rows = sortRows(rows, this.#sort);
    const details = this.getAttribute("details") !== "false";
    return indicatorTable(scorecard, ctx, {
      rows,
      sortable: true,
      detailLinks: details,
      ...(this.#sort ? { sort: this.#sort } : {}),
    });
  }

  #announce(text: string): void {
    const live = this.root.querySelector("[data-kpi-live]");
    if (live) live.textContent = text;
  }

  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    this.root.addEventListener("click", (event) => {
      const target = event.target as Element | null;
      const button = target?.closest?.("button[data-kpi-sort]");
      if (button) {
        this.sortBy(button.getAttribute("data-kpi-sort") as SortKey);
        return;
      }
      // Fragment links inside a shadow root do not scroll by themselves.
      const link = target?.closest?.('a[href^="#"]');
      if (link) {
        const id = decodeURIComponent((link.getAttribute("href") ?? "").slice(1));
        const dest = this.root.getElementById(id);
        if (dest) {
          event.preventDefault();
          const heading = dest.querySelector<HTMLElement>(".kpi-h") ?? (dest as HTMLElement);
          heading.setAttribute("tabindex", "-1");
          heading.scrollIntoView({ block: "start" });
          heading.focus({ preventScroll: true });
        }
      }
    });
    // "toggle" does not bubble: listen in the capture phase to draw a section's charts when it is opened.
    this.root.addEventListener(
      "toggle",
      (event) => {
        const box = event.target as HTMLDetailsElement | null;
        const id = box?.getAttribute?.("data-kpi-charts");
        const holder = box?.querySelector(".kpi-charts");
        const data = this.data;
        if (!box?.open || id === null || id === undefined || !holder || holder.childElementCount || !data)
          return;
        const row = data.rows.find((r) => r.indicator.id === id);
        if (row) holder.innerHTML = detailChartsHtml(row, data).value;
      },
      true,
    );
    this.root.addEventListener("change", (event) => {
      const select = event.target as HTMLSelectElement | null;
      const kind = select?.getAttribute?.("data-kpi-filter");
      if (!select || !kind || !this.data) return;
      if (kind === "rating") this.#ratings = select.value ? (select.value.split(",") as RagStatus[]) : [];
      else this.#section = select.value;
      this.#renderTable(this.data);
      const n = this.root.querySelectorAll("tr[data-kpi-id]").length;
      this.#announce(`Showing ${n} indicator${n === 1 ? "" : "s"}.`);
    });
  }

  /** Sorts the table by a column; the same column again reverses the order. */
  sortBy(key: SortKey, direction?: "ascending" | "descending"): void {
    const data = this.data;
    if (!data) return;
    const dir =
      direction ??
      (this.#sort?.key === key && this.#sort.direction === "ascending" ? "descending" : "ascending");
    this.#sort = { key, direction: dir };
    this.#renderTable(data);
    this.#announce(`Table sorted by ${SORT_LABEL[key]}, ${sortWords(this.#sort)}.`);
    this.root.querySelector<HTMLButtonElement>(`button[data-kpi-sort="${key}"]`)?.focus();
  }
}
