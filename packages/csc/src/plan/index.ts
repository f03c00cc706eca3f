// plan: public exports of this area (listed on purpose).

export { type AssessPlanOptions, assessPlan } from "./assess-plan.js";
export type { PlanSheetKind } from "./plan-columns.js";
export {
  type PlanCell,
  type PlanReadResult,
  type PlanSheet,
  planSheetKind,
  readPlan,
} from "./read-plan.js";
