import {
  type ActionRatingOptions,
  type AssessedAction,
  type AssessedIndicator,
  type IndicatorDefinition,
  type Observation,
  type Plan,
  type PlanAssessment,
  ratePlan,
  rateTrajectory,
  type TrajectoryIndicator,
  type TrajectoryRating,
  type TrajectoryStatus,
} from "@kpikit/core";
import { getIndicator } from "../catalogue/catalogue.js";
import { loadPublished } from "../published/published-dataset.js";

/** What `assessPlan` rates with. */
export interface AssessPlanOptions extends ActionRatingOptions {
  /** The LA (DfE code) whose bundled published figures rate the linked indicators. */
  readonly area?: string;
  /** Further figures (local, or computed from returns), used before the bundled ones for the same period. */
  readonly observations?: readonly Observation[];
}

function figuresFor(indicatorId: string, options: AssessPlanOptions): readonly Observation[] {
  const own = (options.observations ?? []).filter((o) => o.indicatorId === indicatorId);
  if (options.area === undefined || loadPublished().findMeasure(indicatorId) === undefined) return own;
  const seen = new Set(own.map((o) => o.period.end));
  const published = loadPublished()
    .series(indicatorId, options.area)
    .filter((o) => !seen.has(o.period.end))
    .map((o) => ({ ...o, indicatorId }));
  return [...own, ...published];
}

/**
 * Rates a plan as at a day (`ratePlan`) and each linked indicator against its trajectory (`rateTrajectory`), from
 * the given figures and, with `area`, the LA's bundled published figures: the same observations a scorecard
 * uses. An indicator kpikit does not know is rated not rated, saying so.
 * @example
 * assessPlan({ title: "Plan", themes: [], actions: [{ id: "1", text: "Audit", start: "2023-04-01", due: "2024-03-31", percentComplete: 50, indicators: [{ indicatorId: "re-referrals-12m", target: 15, targetDate: "2025-03-31" }] }] }, { asAt: "2024-01-15", area: "865" }).actions[0]?.indicators[0]?.rating.baseline?.date //=> "2023-03-31"
 */
export function assessPlan(plan: Plan, options: AssessPlanOptions): PlanAssessment {
  const rated = ratePlan(plan, options);
  const counts: Record<TrajectoryStatus, number> = {
    achieved: 0,
    green: 0,
    amber: 0,
    red: 0,
    "not-rated": 0,
  };
  const actions = rated.actions.map((r): AssessedAction => {
    const indicators = (r.action.indicators ?? []).map((link): AssessedIndicator => {
      const def: IndicatorDefinition | undefined = getIndicator(link.indicatorId);
      const start = r.action.start ?? options.asAt;
      const indicator: TrajectoryIndicator = def
        ? { title: def.title, unit: def.unit, polarity: def.polarity, decimals: def.decimals }
        : { title: link.indicatorId, unit: "count", polarity: "no-judgement" };
      const rating: TrajectoryRating = def
        ? rateTrajectory(link, indicator, figuresFor(link.indicatorId, options), {
            start,
            asAt: options.asAt,
          })
        : {
            status: "not-rated",
            reason: `${link.indicatorId} is not an indicator kpikit knows, so it is not rated.`,
          };
      counts[rating.status] += 1;
      return { link, indicator, rating };
    });
    return { ...r, indicators };
  });
  return {
    title: plan.title,
    asAt: options.asAt,
    themes: plan.themes,
    actions,
    summary: { ...rated.summary, indicators: counts },
  };
}
