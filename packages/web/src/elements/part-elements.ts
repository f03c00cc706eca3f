import type { Scorecard } from "@kpikit/core";
import { createContext } from "../_lib/context.js";
import { html } from "../html/safe-html.js";
import { detailHtml } from "../render/detail.js";
import { renderNeighbourChart } from "../render/neighbour-chart.js";
import { renderRagTag } from "../render/rag-tag.js";
import { renderTrendChart } from "../render/trend-chart.js";
import { KpiElement } from "./base.js";

/** `<kpi-indicator src="…" indicator="id">`: one indicator's card with its rating, figures and charts. */
export class KpiIndicatorElement extends KpiElement {
  static get observedAttributes(): string[] {
    return ["src", "indicator", "heading-level"];
  }
  protected render(scorecard: Scorecard): void {
    const row = this.row(scorecard);
    if (!row) return;
    const ctx = createContext(
      { idPrefix: `kpi-${row.indicator.id}`, headingLevel: this.headingLevel() },
      scorecard.glossary,
    );
    this.setContent(html`<div class="kpi-card">${detailHtml(row, scorecard, ctx, 0)}</div>`.value);
  }
}

/** `<kpi-trend src="…" indicator="id">`: one indicator's trend chart and its data table. */
export class KpiTrendElement extends KpiElement {
  static get observedAttributes(): string[] {
    return ["src", "indicator"];
  }
  protected render(scorecard: Scorecard): void {
    const row = this.row(scorecard);
    if (row) this.setContent(html`<div class="kpi-card">${renderTrendChart(row)}</div>`.value);
  }
}

/** `<kpi-neighbours src="…" indicator="id">`: one indicator's statistical-neighbour bar chart and table. */
export class KpiNeighboursElement extends KpiElement {
  static get observedAttributes(): string[] {
    return ["src", "indicator"];
  }
  protected render(scorecard: Scorecard): void {
    const row = this.row(scorecard);
    if (row)
      this.setContent(
        html`<div class="kpi-card">${renderNeighbourChart(row, { area: scorecard.area })}</div>`.value,
      );
  }
}

/** `<kpi-rag status="amber" reason="…">` or `<kpi-rag src="…" indicator="id">`: a rating tag. */
export class KpiRagElement extends KpiElement {
  static get observedAttributes(): string[] {
    return ["status", "reason", "src", "indicator"];
  }
  protected render(scorecard: Scorecard): void {
    const row = this.row(scorecard);
    if (row)
      this.setContent(
        html`<span class="kpi-card">${renderRagTag(row.rag, { reason: this.hasAttribute("reason") })}</span>`
          .value,
      );
  }
  protected override renderEmpty(): void {
    const status = this.getAttribute("status");
    if (!status) {
      super.renderEmpty();
      return;
    }
    const reason = this.getAttribute("reason");
    const tag = renderRagTag(status as "red");
    this.setContent(
      html`<span class="kpi-card">${tag}${reason ? html` <span class="kpi-rag__reason">${reason}</span>` : ""}</span>`
        .value,
    );
  }
}
