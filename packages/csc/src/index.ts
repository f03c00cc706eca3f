// @kpikit/csc public API: children's social care catalogue, reference data, published benchmarks,
// returns parsers and measures. Isomorphic: no node:* imports.
export const CSC_PACKAGE = "@kpikit/csc";
