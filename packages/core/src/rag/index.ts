// rag: public exports of this area (listed on purpose).
export {
  defaultRagPolicy,
  ragRulesFor,
  type BenchmarkRule,
  type DefaultsRule,
  type DirectionRule,
  type QuartileRule,
  type RagPolicy,
  type RagRule,
  type RagTolerance,
  type RatedStatus,
  type TargetRule,
} from "./policy.js";
export type { RagBenchmark, RagContext } from "./rag-context.js";
export { evaluateRag } from "./evaluate-rag.js";
export { checkRagPolicy } from "./check-rag-policy.js";
