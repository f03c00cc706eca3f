// @kpikit/core/schema: zod schemas for the documents kpikit reads and writes.
// Kept out of the main entry so that browser bundles without validation carry no zod.
export {};
