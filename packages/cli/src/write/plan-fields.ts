import type { ScorecardPlan, ScorecardPlanAction } from "@kpikit/core";

/** An action's flags in words, joined. */
export const flagsText = (a: ScorecardPlanAction): string => a.flags.map((f) => f.text).join("; ");

/** A milestone's state in words: done, overdue or not done. */
export const milestoneState = (m: ScorecardPlanAction["milestones"][number]): string =>
  m.done ? "Done" : m.overdue ? "Overdue" : "Not done";

/** An action's milestones on one line: `Ten posts filled (31 Jan 2020, done)`. */
export const milestonesText = (a: ScorecardPlanAction): string =>
  a.milestones
    .map((m) => `${m.title} (${m.dueDisplay ? `${m.dueDisplay}, ` : ""}${milestoneState(m).toLowerCase()})`)
    .join("; ");

/** An action's linked indicators on one line: `Re-referrals: Amber`. */
export const indicatorsText = (a: ScorecardPlanAction): string =>
  a.indicators.map((i) => `${i.title}: ${i.rating.label}`).join("; ");

/** The plan's totals in one sentence, from the Scorecard (nothing recomputed). */
export function planSummaryText(plan: ScorecardPlan): string {
  const parts = plan.key
    .filter((k) => plan.summary.counts[k.status] > 0)
    .map((k) => `${plan.summary.counts[k.status]} ${k.label.toLowerCase()}`);
  const pct =
    plan.summary.percentComplete === null ? "" : `; ${plan.summary.percentComplete}% complete on average`;
  return `${plan.summary.total} actions as at ${plan.asAtDisplay}: ${parts.join(", ") || "none"}${pct}; ${plan.summary.overdue} overdue, ${plan.summary.flagged} flagged.`;
}
