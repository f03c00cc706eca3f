import type { ScorecardPlan } from "@kpikit/core";
import { formatDate } from "@kpikit/core";
import { createContext, type RenderContext, type RenderOptions } from "../_lib/context.js";
import { PALETTE } from "../_lib/labels.js";
import { html, type SafeHtml } from "../html/safe-html.js";

// Layout only: an ISO date's place on the axis. Every date shown is the plan section's own display string,
// except the span's two ends and the plan's day, written by core's formatDate.
function day(iso: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

const c = (n: number) => Math.round(n * 10) / 10;
const WIDTH = 340;
const ROW = 24;
const TOP = 30;
/** About 7 units per character at font-size 12 (bold refs run a little wider than the charts' labels). */
const CHAR = 7.4;

/**
 * The roadmap's takeaway in one sentence: how many actions over what span, and how many are overdue.
 *
 * @example
 * const plan = { actions: [{ id: "1.1" }, { id: "2.1" }, { id: "2.2" }], summary: { overdue: 1 }, timeline: { start: "2019-04-01", end: "2020-03-31" } };
 * roadmapTakeaway(plan) //=> "3 actions from 1 Apr 2019 to 31 Mar 2020; 1 overdue"
 */
export function roadmapTakeaway(plan: ScorecardPlan): string {
  const n = plan.actions.length;
  const count = `${n} ${n === 1 ? "action" : "actions"}`;
  const span = plan.timeline
    ? ` from ${formatDate(plan.timeline.start, "short")} to ${formatDate(plan.timeline.end, "short")}`
    : "";
  return `${count}${span}; ${plan.summary.overdue} overdue`;
}

function svg(plan: ScorecardPlan): SafeHtml | null {
  const t = plan.timeline;
  const t0 = day(t?.start);
  const t1 = day(t?.end);
  if (!t || t0 === null || t1 === null || !plan.actions.length) return null;
  const left = Math.max(...plan.actions.map((a) => a.id.length), 3) * CHAR + 10;
  const right = 10;
  const plotW = WIDTH - left - right;
  const x = (d: number) => left + (t1 === t0 ? plotW / 2 : ((d - t0) / (t1 - t0)) * plotW);
  const height = TOP + plan.actions.length * ROW + 24;
  const rows = plan.actions.map((a, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const s = day(a.start);
    const d = day(a.due);
    const overdue = a.rating.daysOverdue !== undefined && a.rating.daysOverdue > 0;
    const fill = overdue ? PALETTE.orange : PALETTE.darkBlue;
    const label = html`<text x="${left - 8}" y="${y}" dy="0.35em" text-anchor="end" font-weight="700">${a.id}</text>`;
    let mark: SafeHtml | string = "";
    if (s !== null && d !== null)
      mark = html`<rect x="${c(x(s))}" y="${y - 5}" width="${c(Math.max(2, x(d) - x(s)))}" height="10" fill="${fill}"/>`;
    else if (d !== null)
      mark = html`<path d="M${c(x(d))} ${y - 7}L${c(x(d)) + 7} ${y}L${c(x(d))} ${y + 7}L${c(x(d)) - 7} ${y}Z" fill="${fill}"/>`;
    else mark = html`<text x="${left + 4}" y="${y}" dy="0.35em" fill="#505a5f">no dates</text>`;
    const milestones = a.milestones.map((m) => {
      const md = day(m.due);
      if (md === null) return "";
      // A white ring keeps the marker visible on a bar of either colour: hollow when done, filled when not.
      return html`<circle cx="${c(x(md))}" cy="${y}" r="5" fill="${m.done ? "#fff" : PALETTE.turquoise}" stroke="${m.done ? PALETTE.darkGrey : "#fff"}" stroke-width="1.5"/>`;
    });
    const rule = html`<line x1="${left}" x2="${WIDTH - right}" y1="${y + ROW / 2}" y2="${y + ROW / 2}" stroke="#e5e6e7"/>`;
    return html`<g>${rule}${label}${mark}${milestones}</g>`;
  });
  const today = day(plan.asAt);
  const bottom = TOP + plan.actions.length * ROW;
  let todayMark: SafeHtml | string = "";
  if (today !== null) {
    const tx = c(x(today));
    const text = `Today ${formatDate(plan.asAt, "short")}`;
    // The label runs away from the nearer edge so that it is never cut off.
    const anchor = tx + text.length * 3.3 > WIDTH ? "end" : tx - text.length * 3.3 < 0 ? "start" : "middle";
    todayMark = html`<line x1="${tx}" x2="${tx}" y1="${TOP - 10}" y2="${bottom}" stroke="${PALETTE.darkPink}" stroke-width="2" stroke-dasharray="4 3"/><text x="${tx}" y="${TOP - 14}" text-anchor="${anchor}" fill="${PALETTE.darkPink}" font-weight="700">${text}</text>`;
  }
  const axis = html`<line x1="${left}" x2="${WIDTH - right}" y1="${bottom}" y2="${bottom}" stroke="#0b0c0c"/><text x="${left}" y="${bottom + 16}">${formatDate(t.start, "short")}</text><text x="${WIDTH - right}" y="${bottom + 16}" text-anchor="end">${formatDate(t.end, "short")}</text>`;
  return html`<svg class="kpi-chart kpi-chart--roadmap" role="img" aria-label="${roadmapTakeaway(plan)}" viewBox="0 0 ${WIDTH} ${height}" font-size="12" fill="currentColor" focusable="false">${rows}${todayMark}${axis}</svg>`;
}

const LEGEND = html`<ul class="kpi-legend" aria-hidden="true"><li><svg width="24" height="10"><rect width="24" height="10" fill="${PALETTE.darkBlue}"/></svg> Start to due</li><li><svg width="24" height="10"><rect width="24" height="10" fill="${PALETTE.orange}"/></svg> Overdue</li><li><svg width="14" height="14"><path d="M7 0L14 7L7 14L0 7Z" fill="${PALETTE.darkBlue}"/></svg> Due date (no start)</li><li><svg width="12" height="12"><circle cx="6" cy="6" r="4.5" fill="#fff" stroke="${PALETTE.darkGrey}" stroke-width="1.5"/></svg> Milestone done</li><li><svg width="12" height="12"><circle cx="6" cy="6" r="5" fill="${PALETTE.turquoise}"/></svg> Milestone not done</li></ul>`;

function tableHtml(plan: ScorecardPlan, ctx: RenderContext): SafeHtml {
  const caption = "Roadmap: each action's dates and milestones";
  return html`<details class="kpi-data"><summary>Show the roadmap as a table</summary><div class="kpi-scroll" part="scroll" role="region" aria-label="${caption} (table scrolls sideways)" tabindex="0"><table class="kpi-table kpi-table--data kpi-table--roadmap"><caption><span class="kpi-caption">${caption}</span></caption><thead><tr><th scope="col">Ref</th><th scope="col">Start</th><th scope="col">Due</th><th scope="col">Rating</th><th scope="col">Milestones</th></tr></thead><tbody>${plan.actions.map((a) => html`<tr><th scope="row">${a.id}</th><td>${a.startDisplay ?? "Not recorded"}</td><td>${a.dueDisplay ?? "Not recorded"}${(a.rating.daysOverdue ?? 0) > 0 ? html`<br><strong>Overdue</strong>` : ""}</td><td>${a.rating.label}</td><td>${a.milestones.length ? a.milestones.map((m, i) => html`${i ? "; " : ""}${ctx.text(m.title)}${m.dueDisplay ? ` (${m.dueDisplay})` : ""}: ${m.done ? "done" : m.overdue ? "overdue" : "not done"}`) : "None"}</td></tr>`)}</tbody></table></div></details>`;
}

/** The roadmap figure. @internal */
export function roadmapHtml(plan: ScorecardPlan, ctx: RenderContext, offset: number): SafeHtml {
  const chart = svg(plan);
  const heading = ctx.heading(offset, "Roadmap", { id: ctx.id("plan", "roadmap") });
  const body = chart ? html`${chart}${LEGEND}` : html`<p class="kpi-empty">No action has a date to draw.</p>`;
  return html`<section class="kpi-plan__roadmap" aria-labelledby="${ctx.id("plan", "roadmap")}">${heading}<figure class="kpi-figure kpi-figure--roadmap" part="chart">${body}${tableHtml(plan, ctx)}</figure></section>`;
}

/**
 * Renders a plan's roadmap: each action as a bar from its start to its due date (a diamond at the due date
 * when it has no start), milestones as circles and the plan's day as a labelled line, as an SVG whose
 * accessible name states the takeaway, with the same data as a table.
 *
 * @example
 * const plan = { title: "Plan", asAt: "2019-11-25", asAtDisplay: "25 November 2019", summary: { total: 1, counts: {}, percentComplete: null, overdue: 0, flagged: 0 }, themes: [], timeline: { start: "2019-04-01", end: "2020-03-31" }, key: [], actions: [{ id: "1.1", text: "Panel", due: "2020-03-31", dueDisplay: "31 Mar 2020", percentDisplay: "Not recorded", rating: { status: "not-rated", label: "Not rated", reason: "No percent complete." }, flags: [], milestones: [], indicators: [] }] };
 * renderRoadmap(plan).value.includes('aria-label="1 action from 1 Apr 2019 to 31 Mar 2020; 0 overdue"') //=> true
 */
export function renderRoadmap(plan: ScorecardPlan, options: RenderOptions = {}): SafeHtml {
  return roadmapHtml(plan, createContext(options), 0);
}
