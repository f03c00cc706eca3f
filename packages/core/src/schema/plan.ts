import * as z from "zod";
import { ACTION_RATING_LABEL, TRAJECTORY_LABEL } from "../labels/labels.js";
import type { ActionRatingStatus, TrajectoryStatus } from "../plan/types.js";

const actionRatingStatusSchema = z.enum(
  Object.keys(ACTION_RATING_LABEL) as [ActionRatingStatus, ...ActionRatingStatus[]],
);
const trajectoryStatusSchema = z.enum(
  Object.keys(TRAJECTORY_LABEL) as [TrajectoryStatus, ...TrajectoryStatus[]],
);
const day = z.iso.date();
const count = z.number().int().min(0);

const planIndicatorSchema = z.object({
  indicatorId: z.string(),
  title: z.string(),
  target: z.number(),
  targetDisplay: z.string(),
  targetDate: day,
  targetDateDisplay: z.string(),
  rating: z.object({ status: trajectoryStatusSchema, label: z.string(), reason: z.string() }),
  baseline: z.object({ value: z.number(), display: z.string(), date: day }).exactOptional(),
  latest: z
    .object({
      value: z.number(),
      display: z.string(),
      date: day,
      trajectory: z.number(),
      trajectoryDisplay: z.string(),
    })
    .exactOptional(),
  projectedDate: day.nullable().exactOptional(),
});

const planActionSchema = z.object({
  id: z.string(),
  theme: z.string().exactOptional(),
  source: z.string().exactOptional(),
  text: z.string(),
  owner: z.string().exactOptional(),
  start: day.exactOptional(),
  startDisplay: z.string().exactOptional(),
  due: day.exactOptional(),
  dueDisplay: z.string().exactOptional(),
  status: z.string().exactOptional(),
  percentComplete: z.number().min(0).max(100).exactOptional(),
  percentDisplay: z.string(),
  rating: z.object({
    status: actionRatingStatusSchema,
    label: z.string(),
    reason: z.string(),
    daysOverdue: count.exactOptional(),
  }),
  flags: z.array(z.object({ kind: z.enum(["self-assessment", "stale", "no-evidence"]), text: z.string() })),
  selfAssessed: z.string().exactOptional(),
  milestones: z.array(
    z.object({
      title: z.string(),
      due: day.exactOptional(),
      dueDisplay: z.string().exactOptional(),
      done: z.boolean(),
      overdue: z.boolean(),
    }),
  ),
  latestUpdate: z.object({ date: day, display: z.string(), text: z.string() }).exactOptional(),
  evidenceOfImpact: z.string().exactOptional(),
  indicators: z.array(planIndicatorSchema),
});

/** The plan section of a Scorecard (see `ScorecardPlan`). */
export const scorecardPlanSchema = z.object({
  title: z.string(),
  asAt: day,
  asAtDisplay: z.string(),
  summary: z.object({
    total: count,
    counts: z.record(actionRatingStatusSchema, count),
    percentComplete: z.number().min(0).max(100).nullable(),
    overdue: count,
    flagged: count,
    indicators: z.record(trajectoryStatusSchema, count),
  }),
  themes: z.array(z.object({ title: z.string(), actions: z.array(z.string()) })),
  actions: z.array(planActionSchema),
  timeline: z.object({ start: day, end: day }).nullable(),
  key: z.array(z.object({ status: actionRatingStatusSchema, label: z.string(), meaning: z.string() })),
});
