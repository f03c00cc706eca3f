import type { ScorecardPlan } from "@kpikit/core";
import { markdownCell as cell } from "./markdown-text.js";
import { flagsText, milestoneState, planSummaryText } from "./plan-fields.js";

/** The plan section of the Markdown report: totals, actions (overdue first), milestones, linked indicators, key. */
export function planMarkdown(plan: ScorecardPlan): string[] {
  const out: string[] = [`## Improvement plan: ${cell(plan.title)}`, "", cell(planSummaryText(plan)), ""];
  out.push("| Ref | Action | Theme | Owner | Due | Complete | Rating | Why | Flags |");
  out.push("|---|---|---|---|---|--:|---|---|---|");
  for (const a of plan.actions)
    out.push(
      `| ${cell(a.id)} | ${cell(a.text)} | ${cell(a.theme ?? "")} | ${cell(a.owner ?? "")} | ${cell(a.dueDisplay ?? "")} | ${cell(a.percentDisplay)} | **${cell(a.rating.label)}** | ${cell(a.rating.reason)} | ${cell(flagsText(a))} |`,
    );
  out.push("");
  const milestones = plan.actions.flatMap((a) => a.milestones.map((m) => ({ a, m })));
  if (milestones.length > 0) {
    out.push("### Milestones", "", "| Ref | Milestone | Due | State |", "|---|---|---|---|");
    for (const { a, m } of milestones)
      out.push(`| ${cell(a.id)} | ${cell(m.title)} | ${cell(m.dueDisplay ?? "")} | ${milestoneState(m)} |`);
    out.push("");
  }
  const indicators = plan.actions.flatMap((a) => a.indicators.map((i) => ({ a, i })));
  if (indicators.length > 0) {
    out.push(
      "### Linked indicators against their trajectories",
      "",
      "| Ref | Indicator | Target | Latest | Trajectory | Rating | Why |",
      "|---|---|--:|--:|--:|---|---|",
    );
    for (const { a, i } of indicators)
      out.push(
        `| ${cell(a.id)} | ${cell(i.title)} | ${cell(`${i.targetDisplay} by ${i.targetDateDisplay}`)} | ${cell(i.latest?.display ?? "")} | ${cell(i.latest?.trajectoryDisplay ?? "")} | **${cell(i.rating.label)}** | ${cell(i.rating.reason)} |`,
      );
    out.push("");
  }
  out.push("### Plan key", "");
  for (const k of plan.key) out.push(`- **${k.label}**: ${k.meaning}`);
  out.push("");
  return out;
}
