// @kpikit/core public API. Listed on purpose: anything not exported here is internal.
export type { Issue } from "./issue.js";
export { isKpikitError, kpikitError, type KpikitError } from "./errors.js";
export type * from "./period/types.js";
export type * from "./indicator/types.js";
export type * from "./observation/types.js";
export type * from "./rag/types.js";
export type * from "./scorecard/types.js";
