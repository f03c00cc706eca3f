import { rateAction } from "./rate-action.js";
import type {
  ActionRatingOptions,
  ActionRatingStatus,
  Plan,
  RatedAction,
  RatedPlanSummary,
} from "./types.js";

/** A plan rated as at a day: every action (overdue first, most overdue first, then by id) and the totals. */
export interface RatedPlan {
  readonly asAt: string;
  readonly actions: readonly RatedAction[];
  readonly summary: RatedPlanSummary;
}

/**
 * Orders hierarchical action ids numerically: `1.2` before `1.10`, `2` after `1.9`.
 * @example
 * ["1.10", "2", "1.2"].sort(compareActionIds) //=> ["1.2", "1.10", "2"]
 */
export function compareActionIds(a: string, b: string): number {
  const pa = a.split(/[.\s]+/);
  const pb = b.split(/[.\s]+/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Rates every action of a plan as at a day (see `rateAction`) and sums them up.
 * @example
 * ratePlan({ title: "Plan", themes: [], actions: [{ id: "1", text: "Audit", status: "complete" as const }] }, { asAt: "2020-01-01" }).summary.counts.complete //=> 1
 */
export function ratePlan(plan: Plan, options: ActionRatingOptions): RatedPlan {
  const rated = plan.actions.map((action) => ({ action, rating: rateAction(action, options) }));
  rated.sort(
    (a, b) =>
      (b.rating.daysOverdue ?? 0) - (a.rating.daysOverdue ?? 0) || compareActionIds(a.action.id, b.action.id),
  );
  const counts: Record<ActionRatingStatus, number> = {
    complete: 0,
    "not-started": 0,
    red: 0,
    amber: 0,
    green: 0,
    "not-rated": 0,
  };
  const percents: number[] = [];
  for (const { action, rating } of rated) {
    counts[rating.status] += 1;
    if (action.status === "ceased" || action.status === "deferred") continue;
    if (action.status === "complete") percents.push(100);
    else if (action.percentComplete !== undefined) percents.push(action.percentComplete);
  }
  return {
    asAt: options.asAt,
    actions: rated,
    summary: {
      counts,
      percentComplete:
        percents.length === 0
          ? null
          : Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10,
      overdue: rated.filter((r) => r.rating.daysOverdue !== undefined).length,
      flagged: rated.filter((r) => r.rating.flags.length > 0).length,
    },
  };
}
