// plan: public exports of this area (listed on purpose).

export {
  type AssessedAction,
  type AssessedIndicator,
  type AssessPlanOptions,
  assessPlan,
  type PlanAssessment,
} from "./assess-plan.js";
export {
  type PlanCell,
  type PlanReadResult,
  type PlanSheet,
  type PlanSheetKind,
  planSheetKind,
  readPlan,
} from "./read-plan.js";
