// plan: public exports of this area (listed on purpose).

export { parseActionStatus } from "./action-status.js";
export { type PlanDateResult, parsePlanDate } from "./plan-date.js";
export { rateAction } from "./rate-action.js";
export { compareActionIds, type RatedPlan, ratePlan } from "./rate-plan.js";
export { rateTrajectory } from "./rate-trajectory.js";
