// plan: public exports of this area (listed on purpose).

export { type PlanCell, type PlanReadResult, type PlanSheet, readPlan } from "./read-plan.js";
