import { polaritySchema, ragPolicySchema, ragToleranceSchema, unitSchema } from "@kpikit/core/schema";
import * as z from "zod";

const number = z.union([z.number(), z.string().min(1)]);
/** An LA as a name or DfE code; YAML reads `865` as a number, so numbers are accepted and kept as text. */
const laRef = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);

// Tolerances and the RAG policy have core's schemas, so the config reads exactly what core's RagPolicy
// and RagTolerance hold (a tolerance may be written as 2, "2 pts" or "10%").
const tolerance = ragToleranceSchema;

const indicatorEntry = z
  .object({
    id: z.string().min(1).describe("indicator id, LAIT id, title or alias"),
    target: number.optional(),
    stretch: number.optional(),
    tolerance: tolerance.optional(),
    /** Changes this small count as no significant change (2, "2 pts" or "10%"); default by unit. */
    noChangeBand: tolerance.optional(),
    note: z.string().optional(),
  })
  .strict();

/** An indicator in a section: its id alone, or with a target and tolerance. */
export const indicatorRefSchema = z.union([z.string().min(1), indicatorEntry]);

// The same enums as the Scorecard schema, so a config accepts exactly the units and polarities core knows.
const unit = unitSchema;
const polarity = polaritySchema;

/** An indicator the council measures that is not in the catalogue. */
export const localIndicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case, e.g. missing-return-interviews"),
    title: z.string().min(1),
    shortTitle: z.string().min(1).optional(),
    description: z.string().optional(),
    unit,
    polarity,
    polarityReason: z.string().optional(),
    decimals: z.number().int().min(0).max(4).optional(),
    aliases: z.array(z.string()).optional(),
    acronyms: z.array(z.string()).optional(),
    topic: z.string().optional(),
    method: z.string().optional(),
  })
  .strict();

const highPerformers = z.union([
  z.enum(["top-quartile", "best-neighbour", "ofsted-outstanding"]),
  z.array(laRef).min(1),
  z.object({ label: z.string().min(1), las: z.array(laRef).min(1) }).strict(),
]);

/** The `kpikit report` config file (YAML or JSON). Unknown keys are errors. */
export const configSchema = z
  .object({
    title: z.string().min(1).optional(),
    la: laRef.optional(),
    period: z.string().min(1).optional(),
    /** Improvement plan files (CSV or XLSX), relative to the config's folder; `--plan` replaces them. */
    plan: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    sections: z
      .array(z.object({ title: z.string().min(1), indicators: z.array(indicatorRefSchema).min(1) }).strict())
      .optional(),
    indicators: z.array(indicatorRefSchema).optional(),
    targets: z.record(z.string(), number).optional(),
    tolerances: z.record(z.string(), tolerance).optional(),
    /** Per indicator, how big a change must be to count ("2 pts", "5%"); default 1 point for percentages, 2% otherwise. */
    noChangeBands: z.record(z.string(), tolerance).optional(),
    localIndicators: z.array(localIndicatorSchema).optional(),
    comparators: z
      .object({
        neighbourModel: z.union([z.enum(["2025", "2021"]), z.literal(2025), z.literal(2021)]).optional(),
        aggregate: z.enum(["mean", "median"]).optional(),
        highPerformers: highPerformers.optional(),
      })
      .strict()
      .optional(),
    comparison: z
      .object({
        previous: z.enum(["latest-comparable", "baseline", "strict"]).optional(),
        baseline: z.string().min(1).optional(),
        noChangeBand: z.number().nonnegative().optional(),
      })
      .strict()
      .optional(),
    /** Detail sections in the HTML report: `rated` (default), `all` or `none`; `--detail` replaces it. */
    detail: z.enum(["none", "rated", "all"]).optional(),
    // The policy's defaults may be left out: the built-in defaults are used.
    rag: ragPolicySchema.partial({ defaults: true }).optional(),
    suppression: z
      .object({ enabled: z.boolean().optional(), threshold: z.number().int().min(1).max(100).optional() })
      .strict()
      .optional(),
    glossary: z
      .array(
        z
          .object({
            term: z.string().min(1),
            expansion: z.string().min(1),
            description: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** A validated config. */
export type KpikitConfig = z.infer<typeof configSchema>;
/** One indicator reference in a config. */
export type IndicatorRef = z.infer<typeof indicatorRefSchema>;
/** A local indicator definition in a config. */
export type LocalIndicatorConfig = z.infer<typeof localIndicatorSchema>;
