import type { ScorecardPlan, ScorecardPlanAction, ScorecardPlanIndicator } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { html, type SafeHtml } from "../html/safe-html.js";
import { planTag } from "./rag-tag.js";
import { roadmapHtml } from "./roadmap.js";

function summaryHtml(plan: ScorecardPlan, ctx: RenderContext, offset: number): SafeHtml {
  const s = plan.summary;
  const counts = plan.key.map(
    (k) =>
      html`<li><span class="kpi-count">${s.counts[k.status] ?? 0}</span> ${planTag(k.status, k.label)}</li>`,
  );
  const percent = s.percentComplete === null ? "Not recorded" : `${s.percentComplete}%`;
  return html`<section class="kpi-summary kpi-plan__summary" part="summary" aria-labelledby="${ctx.id("plan", "summary")}">${ctx.heading(offset, "Plan summary", { id: ctx.id("plan", "summary") })}<p>${s.total} ${s.total === 1 ? "action" : "actions"} by rating:</p><ul class="kpi-summary__counts">${counts}</ul><dl class="kpi-facts"><div><dt>Complete overall</dt><dd>${percent}</dd></div><div><dt>Overdue</dt><dd>${s.overdue} ${s.overdue === 1 ? "action" : "actions"}</dd></div><div><dt>Flagged for the committee</dt><dd>${s.flagged} ${s.flagged === 1 ? "action" : "actions"}</dd></div></dl></section>`;
}

function keyHtml(plan: ScorecardPlan, ctx: RenderContext, offset: number): SafeHtml {
  return html`<aside class="kpi-key kpi-plan__key" part="key" aria-labelledby="${ctx.id("plan", "key")}">${ctx.heading(offset, "Key to action ratings", { id: ctx.id("plan", "key") })}<ul class="kpi-key__ratings">${plan.key.map((k) => html`<li>${planTag(k.status, k.label)} ${ctx.text(k.meaning)}</li>`)}</ul></aside>`;
}

function indicatorHtml(i: ScorecardPlanIndicator, ctx: RenderContext): SafeHtml {
  const latest = i.latest
    ? html`latest ${i.latest.display} against a trajectory of ${i.latest.trajectoryDisplay}`
    : "no figure since the start";
  return html`<li><span class="kpi-plan__indicator">${ctx.text(i.title)}</span>: ${latest}; target ${i.targetDisplay} by ${i.targetDateDisplay}. ${planTag(i.rating.status, i.rating.label)} <span class="kpi-reason">${ctx.text(i.rating.reason)}</span></li>`;
}

function actionDetail(a: ScorecardPlanAction, ctx: RenderContext): SafeHtml {
  const parts: SafeHtml[] = [];
  if (a.source || a.status || a.selfAssessed) {
    const bits = [
      a.source ? `Source: ${a.source}` : "",
      a.status ? `Status: ${a.status}` : "",
      a.selfAssessed ? `Self-assessed: ${a.selfAssessed}` : "",
    ].filter(Boolean);
    parts.push(html`<span class="kpi-meta">${ctx.text(bits.join(". "))}</span>`);
  }
  if (a.milestones.length)
    parts.push(
      html`<span class="kpi-plan__label">Milestones</span><ul class="kpi-plan__milestones">${a.milestones.map(
        (m) => {
          const state = m.done ? "done" : m.overdue ? "overdue" : "not done";
          return html`<li class="kpi-milestone kpi-milestone--${m.done ? "done" : m.overdue ? "overdue" : "open"}"><span aria-hidden="true">${m.done ? "\u2713" : m.overdue ? "!" : "\u25CB"}</span> ${ctx.text(m.title)}${m.dueDisplay ? html`, due ${m.dueDisplay}` : ""}: <strong>${state}</strong></li>`;
        },
      )}</ul>`,
    );
  if (a.latestUpdate)
    parts.push(
      html`<p class="kpi-plan__update"><span class="kpi-plan__label">Latest update, ${a.latestUpdate.display}:</span> ${ctx.text(a.latestUpdate.text)}</p>`,
    );
  if (a.evidenceOfImpact)
    parts.push(
      html`<p class="kpi-plan__evidence"><span class="kpi-plan__label">Evidence of impact:</span> ${ctx.text(a.evidenceOfImpact)}</p>`,
    );
  if (a.indicators.length)
    parts.push(
      html`<span class="kpi-plan__label">Linked indicators</span><ul class="kpi-plan__indicators">${a.indicators.map((i) => indicatorHtml(i, ctx))}</ul>`,
    );
  return html`${parts}`;
}

function actionRow(a: ScorecardPlanAction, ctx: RenderContext): SafeHtml {
  const flags = a.flags.length
    ? html`<ul class="kpi-plan__flags">${a.flags.map((f) => html`<li><strong>Flag:</strong> ${ctx.text(f.text)}</li>`)}</ul>`
    : "";
  return html`<tr id="${ctx.id("action", a.id)}"><th scope="row" class="kpi-plan__ref">${a.id}</th><td class="kpi-plan__action"><span class="kpi-plan__text">${ctx.text(a.text)}</span>${actionDetail(a, ctx)}</td><td data-label="Owner">${a.owner ? ctx.text(a.owner) : html`<span class="kpi-muted">Not recorded</span>`}</td><td class="kpi-plan__due" data-label="Due">${a.dueDisplay ?? html`<span class="kpi-muted">No due date</span>`}</td><td class="kpi-num" data-label="Complete">${a.percentDisplay}</td><td class="kpi-col-rating" data-label="Rating">${planTag(a.rating.status, a.rating.label)}<span class="kpi-reason">${ctx.text(a.rating.reason)}</span>${flags}</td></tr>`;
}

function actionsTable(
  caption: string,
  actions: readonly ScorecardPlanAction[],
  ctx: RenderContext,
): SafeHtml {
  return html`<div class="kpi-scroll" part="scroll" role="region" aria-label="${caption} (table scrolls sideways)" tabindex="0"><table class="kpi-table kpi-table--plan" part="table"><caption><span class="kpi-caption">${caption}</span></caption><thead><tr><th scope="col">Ref</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col" class="kpi-num">Complete (%)</th><th scope="col">Rating</th></tr></thead><tbody>${actions.map((a) => actionRow(a, ctx))}</tbody></table></div>`;
}

function actionsHtml(plan: ScorecardPlan, ctx: RenderContext, offset: number): SafeHtml {
  const heading = ctx.heading(offset, "Actions", { id: ctx.id("plan", "actions") });
  const intro = html`<p>Overdue actions first.</p>`;
  let tables: SafeHtml[];
  if (plan.themes.length) {
    const placed = new Set<string>();
    tables = plan.themes.map((t) => {
      const refs = new Set(t.actions);
      const actions = plan.actions.filter((a) => refs.has(a.id) && !placed.has(a.id));
      for (const a of actions) placed.add(a.id);
      return actions.length ? actionsTable(`Theme: ${t.title}`, actions, ctx) : html``;
    });
    const rest = plan.actions.filter((a) => !placed.has(a.id));
    if (rest.length) tables.push(actionsTable("Actions without a theme", rest, ctx));
  } else tables = [actionsTable("Actions", plan.actions, ctx)];
  return html`<section class="kpi-plan__actions" aria-labelledby="${ctx.id("plan", "actions")}">${heading}${intro}${tables}</section>`;
}

/** The plan section, its parts a heading level below `offset`. @internal */
export function planHtml(plan: ScorecardPlan, ctx: RenderContext, offset = 1): SafeHtml {
  const heading = ctx.heading(offset, html`${ctx.text(plan.title)}, as at ${plan.asAtDisplay}`, {
    id: ctx.id("plan"),
  });
  return html`<section class="kpi-plan" part="plan" aria-labelledby="${ctx.id("plan")}">${heading}${summaryHtml(plan, ctx, offset + 1)}${keyHtml(plan, ctx, offset + 1)}${roadmapHtml(plan, ctx, offset + 1)}${actionsHtml(plan, ctx, offset + 1)}</section>`;
}

/**
 * Renders a Scorecard's improvement plan: a summary (counts by rating, percent complete, overdue and
 * flagged), the key to the ratings, the roadmap with its table, and the actions (overdue first, grouped by
 * theme) with their rating, reason, flags, milestones, latest update, evidence of impact and linked
 * indicators. Lays out what the plan section holds; computes nothing.
 *
 * @example
 * const plan = { title: "Improvement plan", asAt: "2019-11-25", asAtDisplay: "25 November 2019", summary: { total: 0, counts: {}, percentComplete: null, overdue: 0, flagged: 0 }, themes: [], actions: [], timeline: null, key: [] };
 * renderPlan(plan).value.includes("Improvement plan, as at 25 November 2019") //=> true
 */
export function renderPlan(plan: ScorecardPlan, options: RenderOptions = {}): SafeHtml {
  return planHtml(plan, createContext(options), 0);
}
