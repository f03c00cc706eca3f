// @kpikit/core public API. Each area lists its own exports in its index.ts; anything not exported
// there is internal. The main entry never imports zod (schemas live in @kpikit/core/schema).

export * from "./benchmark/index.js";
export type * from "./benchmark/types.js";
export * from "./calendar/index.js";
export * from "./direction/index.js";
export type * from "./direction/types.js";
export { isKpikitError, type KpikitError, kpikitError } from "./errors.js";
export * from "./glossary/index.js";
export type * from "./glossary/types.js";
export type * from "./indicator/types.js";
export type { Issue } from "./issue.js";
export * from "./labels/index.js";
export type * from "./observation/types.js";
export * from "./period/index.js";
export type * from "./period/types.js";
export * from "./plan/index.js";
export type * from "./plan/types.js";
export * from "./rag/index.js";
export type * from "./rag/types.js";
export * from "./scorecard/index.js";
export type * from "./scorecard/types.js";
export * from "./spc/index.js";
export type * from "./spc/types.js";
export * from "./stats/index.js";
export * from "./suppress/index.js";
export * from "./trend/index.js";
export * from "./value/index.js";
