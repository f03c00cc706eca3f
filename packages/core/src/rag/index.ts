// rag: public exports of this area (listed on purpose).

export { evaluateRag } from "./evaluate-rag.js";
export {
  type BenchmarkRule,
  type DefaultsRule,
  type DirectionRule,
  defaultRagPolicy,
  type QuartileRule,
  type RagPolicy,
  type RagRule,
  type RagTolerance,
  type RatedStatus,
  ragRulesFor,
  type TargetRule,
} from "./policy.js";
export type { RagBenchmark, RagContext } from "./rag-context.js";
