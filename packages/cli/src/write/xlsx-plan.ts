import type { ActionRatingStatus, RagStatus, ScorecardPlan, TrajectoryStatus } from "@kpikit/core";
import { flagsText, milestoneState } from "./plan-fields.js";
import type { Cell, Fill } from "./xlsx-cell.js";

const ACTION_FILL: Readonly<Record<ActionRatingStatus, RagStatus>> = {
  complete: "blue",
  "not-started": "not-rated",
  red: "red",
  amber: "amber",
  green: "green",
  "not-rated": "not-rated",
};
const TRAJECTORY_FILL: Readonly<Record<TrajectoryStatus, RagStatus>> = {
  achieved: "blue",
  green: "green",
  amber: "amber",
  red: "red",
  "not-rated": "not-rated",
};

const text = (value: string | undefined, wrap = false): Cell =>
  value === undefined || value === "" ? null : { value, type: String, ...(wrap ? { wrap } : {}) };
const num = (value: number | undefined): Cell => (value === undefined ? null : { value, type: Number });
const head = (value: string): Cell => ({
  value,
  type: String,
  fontWeight: "bold",
  backgroundColor: "#DDDDDD",
});

/**
 * The plan's sheets for the report workbook: Improvement plan (one row per action, overdue first, the rating
 * filled and in words), Plan milestones and Plan indicators. `fill` gives each rating's tint.
 */
export function planSheets(plan: ScorecardPlan, fill: Readonly<Record<RagStatus, Fill>>) {
  const rated = (label: string, status: RagStatus): Cell => ({
    value: label,
    type: String,
    fontWeight: "bold",
    ...fill[status],
  });
  const actions: Cell[][] = [
    [
      "Action ref",
      "Action",
      "Theme",
      "Source",
      "Owner",
      "Start",
      "Due",
      "Status",
      "% complete",
      "Rating",
      "Why this rating",
      "Days overdue",
      "Flags",
      "Self-assessed",
      "Latest update",
      "Update date",
      "Evidence of impact",
    ].map(head),
    ...plan.actions.map((a) => [
      text(a.id),
      text(a.text, true),
      text(a.theme),
      text(a.source),
      text(a.owner),
      text(a.start),
      text(a.due),
      text(a.status),
      num(a.percentComplete),
      rated(a.rating.label, ACTION_FILL[a.rating.status]),
      text(a.rating.reason, true),
      num(a.rating.daysOverdue),
      text(flagsText(a), true),
      text(a.selfAssessed),
      text(a.latestUpdate?.text, true),
      text(a.latestUpdate?.date),
      text(a.evidenceOfImpact, true),
    ]),
  ];
  const milestones: Cell[][] = [
    ["Action ref", "Milestone", "Due", "State"].map(head),
    ...plan.actions.flatMap((a) =>
      a.milestones.map((m) => [text(a.id), text(m.title, true), text(m.due), text(milestoneState(m))]),
    ),
  ];
  const indicators: Cell[][] = [
    [
      "Action ref",
      "Indicator",
      "Baseline",
      "Baseline date",
      "Target",
      "Target date",
      "Latest",
      "Latest date",
      "Trajectory",
      "Rating",
      "Why this rating",
    ].map(head),
    ...plan.actions.flatMap((a) =>
      a.indicators.map((i) => [
        text(a.id),
        text(i.title, true),
        text(i.baseline?.display),
        text(i.baseline?.date),
        text(i.targetDisplay),
        text(i.targetDate),
        text(i.latest?.display),
        text(i.latest?.date),
        text(i.latest?.trajectoryDisplay),
        rated(i.rating.label, TRAJECTORY_FILL[i.rating.status]),
        text(i.rating.reason, true),
      ]),
    ),
  ];
  const widths = (ws: number[]) => ws.map((width) => ({ width }));
  return [
    {
      data: actions as never,
      sheet: "Improvement plan",
      stickyRowsCount: 1,
      columns: widths([10, 50, 24, 18, 22, 11, 11, 12, 10, 12, 60, 8, 40, 12, 50, 11, 40]),
    },
    {
      data: milestones as never,
      sheet: "Plan milestones",
      stickyRowsCount: 1,
      columns: widths([10, 50, 11, 10]),
    },
    {
      data: indicators as never,
      sheet: "Plan indicators",
      stickyRowsCount: 1,
      columns: widths([10, 40, 10, 11, 10, 11, 10, 11, 10, 12, 70]),
    },
  ];
}
