import type { ScorecardPlan } from "@kpikit/core";
import { csvText } from "./csv.js";
import { flagsText, indicatorsText, milestonesText } from "./plan-fields.js";

/** CSV columns of the plan beside `kpikit report --format csv` (`<name>-plan.csv`), one line per action. */
export const PLAN_CSV_HEADER = [
  "action_ref",
  "theme",
  "action",
  "source",
  "owner",
  "start",
  "due",
  "status",
  "percent_complete",
  "rating",
  "reason",
  "days_overdue",
  "flags",
  "self_assessed",
  "milestones",
  "latest_update_date",
  "latest_update",
  "evidence_of_impact",
  "linked_indicators",
] as const;

/** The Scorecard's plan as CSV: one line per action, overdue first, as the Scorecard orders them. */
export function scorecardPlanCsv(plan: ScorecardPlan): string {
  return csvText(
    PLAN_CSV_HEADER,
    plan.actions.map((a) => [
      a.id,
      a.theme ?? "",
      a.text,
      a.source ?? "",
      a.owner ?? "",
      a.start ?? "",
      a.due ?? "",
      a.status ?? "",
      a.percentComplete ?? null,
      a.rating.label,
      a.rating.reason,
      a.rating.daysOverdue ?? null,
      flagsText(a),
      a.selfAssessed ?? "",
      milestonesText(a),
      a.latestUpdate?.date ?? "",
      a.latestUpdate?.text ?? "",
      a.evidenceOfImpact ?? "",
      indicatorsText(a),
    ]),
  );
}
