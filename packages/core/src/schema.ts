// @kpikit/core/schema: zod schemas for the documents kpikit reads and writes.
// Kept out of the main entry so that browser bundles without validation carry no zod.
export {
  indicatorDefinitionSchema,
  indicatorIdSchema,
  indicatorSourceSchema,
  polaritySchema,
  unitSchema,
} from "./schema/indicator.js";
export { type ZodIssueSource, zodIssuesToIssues } from "./schema/issues.js";
export {
  areaKindSchema,
  areaSchema,
  observationSchema,
  observationStatusSchema,
} from "./schema/observation.js";
export { type ParseScorecardResult, parseScorecard } from "./schema/parse-scorecard.js";
export { isoDateSchema, periodKindSchema, periodSchema } from "./schema/period.js";
export { ragBasisSchema, ragResultSchema, ragStatusSchema } from "./schema/rag.js";
export {
  indicatorRagRuleSchema,
  parseRagPolicy,
  ragPolicySchema,
  ragRuleSchema,
  ragToleranceSchema,
} from "./schema/rag-policy.js";
export {
  aggregateMethodSchema,
  changeStatusSchema,
  directionSchema,
  glossaryEntrySchema,
  quartileBandSchema,
  scorecardRowSchema,
  scorecardSchema,
  spcAssuranceSchema,
  spcVariationSchema,
} from "./schema/scorecard.js";
