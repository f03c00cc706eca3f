import type { Scorecard } from "@kpikit/core";
import { createContext } from "../_lib/context.js";
import { html } from "../html/safe-html.js";
import { planHtml } from "../render/plan.js";
import { KpiElement } from "./base.js";

/** `<kpi-plan src="…">`: a scorecard's improvement plan (summary, key, roadmap and actions). */
export class KpiPlanElement extends KpiElement {
  static get observedAttributes(): string[] {
    return ["src", "heading-level", "id-prefix"];
  }
  protected render(scorecard: Scorecard): void {
    if (!scorecard.plan) {
      this.fail("The scorecard has no improvement plan.");
      return;
    }
    const ctx = createContext(
      { idPrefix: this.getAttribute("id-prefix") ?? "kpi", headingLevel: this.headingLevel() },
      scorecard.glossary,
    );
    this.setContent(html`<div class="kpi-card">${planHtml(scorecard.plan, ctx, 0)}</div>`.value);
  }
}
