// @kpikit/csc public API: children's social care catalogue, glossary, reference data, published
// benchmarks, returns parsers and measures. Isomorphic: no node:* imports.

export * from "./benchmark/index.js";
export * from "./catalogue/index.js";
export * from "./glossary/index.js";
export * from "./local/index.js";
export * from "./plan/index.js";
export * from "./published/index.js";
export * from "./reference/index.js";
export * from "./report/index.js";
export * from "./returns/index.js";
export * from "./synth/index.js";
export * from "./text/index.js";
