import * as z from "zod";
import type { Scorecard } from "../scorecard/types.js";
import { indicatorDefinitionSchema } from "./indicator.js";
import { areaSchema, observationStatusSchema } from "./observation.js";
import { periodSchema } from "./period.js";
import { scorecardPlanSchema } from "./plan.js";
import { ragResultSchema, ragStatusSchema } from "./rag.js";

const scorecardValueSchema = z.object({
  period: periodSchema,
  value: z.number().nullable(),
  status: observationStatusSchema,
  numerator: z.number().exactOptional(),
  denominator: z.number().exactOptional(),
  display: z.string(),
  source: z.string().exactOptional(),
  note: z.string().exactOptional(),
  range: z.object({ low: z.number(), high: z.number() }).exactOptional(),
});

const scorecardChangeSchema = z.object({
  absolute: z.number(),
  relative: z.number().nullable(),
  display: z.string(),
});

const benchmarkValueSchema = z.object({
  area: areaSchema,
  value: z.number().nullable(),
  status: observationStatusSchema,
  display: z.string(),
  period: periodSchema.exactOptional(),
});

/**
 * Zod schema for a comparator aggregate method.
 * @example
 * aggregateMethodSchema.options //=> ["mean", "median", "pooled"]
 */
export const aggregateMethodSchema = z.enum(["mean", "median", "pooled"]);

/**
 * Zod schema for a change's rating.
 * @example
 * changeStatusSchema.options //=> ["improving", "no-significant-change", "worsening", "not-judged"]
 */
export const changeStatusSchema = z.enum(["improving", "no-significant-change", "worsening", "not-judged"]);

const changeRatingSchema = z.object({
  status: changeStatusSchema,
  label: z.string(),
  reason: z.string(),
  rule: z.enum(["band", "significance", "no-judgement", "no-comparison"]),
  why: z.string().exactOptional(),
});

/**
 * Zod schema for a LAIT quartile band.
 * @example
 * quartileBandSchema.safeParse("E").success //=> false
 */
export const quartileBandSchema = z.enum(["A", "B", "C", "D"]);

/**
 * Zod schema for a direction of travel.
 * @example
 * directionSchema.safeParse("worse").success //=> false
 */
export const directionSchema = z.enum([
  "improving",
  "worsening",
  "no-change",
  "not-judged",
  "not-comparable",
]);

const neighbourBenchmarkSchema = z.object({
  value: z.number().nullable(),
  display: z.string(),
  method: aggregateMethodSchema,
  count: z.number().int().min(0),
  of: z.number().int().min(0),
  model: z.string().exactOptional(),
  comparison: z
    .enum(["better than", "worse than", "the same as", "higher than", "lower than"])
    .exactOptional(),
  members: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      value: z.number().nullable(),
      status: observationStatusSchema,
      display: z.string(),
    }),
  ),
});

const benchmarksSchema = z.object({
  england: benchmarkValueSchema.nullable(),
  region: benchmarkValueSchema.nullable(),
  neighbours: neighbourBenchmarkSchema.nullable(),
  topQuartile: z.object({ value: z.number(), display: z.string() }).nullable(),
  bestNeighbour: benchmarkValueSchema.nullable(),
  highPerformers: z
    .object({
      label: z.string(),
      value: z.number().nullable(),
      display: z.string(),
      count: z.number().int().min(0),
    })
    .nullable(),
  rank: z.number().int().min(1).nullable(),
  rankOf: z.number().int().min(0).nullable(),
  band: quartileBandSchema.nullable(),
  period: periodSchema.exactOptional(),
});

const targetSchema = z.object({
  value: z.number(),
  display: z.string(),
  stretch: z.number().exactOptional(),
  source: z.string().exactOptional(),
});

const trendPointSchema = z.object({
  period: periodSchema,
  value: z.number().nullable(),
  status: observationStatusSchema,
  display: z.string(),
  origin: z.enum(["local", "published"]).exactOptional(),
  inYear: z.literal(true).exactOptional(),
  note: z.string().exactOptional(),
  source: z.string().exactOptional(),
});

/**
 * Zod schema for an XmR variation icon.
 * @example
 * spcVariationSchema.safeParse("common_cause").success //=> true
 */
export const spcVariationSchema = z.enum([
  "common_cause",
  "special_cause_improvement",
  "special_cause_concern",
  "special_cause_neutral_high",
  "special_cause_neutral_low",
]);

/**
 * Zod schema for an XmR assurance icon.
 * @example
 * spcAssuranceSchema.safeParse("blank").success //=> true
 */
export const spcAssuranceSchema = z.enum(["consistent_pass", "consistent_fail", "inconsistent", "blank"]);

const spcSchema = z.object({
  mean: z.number(),
  lpl: z.number(),
  upl: z.number(),
  n: z.number().int().min(0),
  variation: spcVariationSchema,
  assurance: spcAssuranceSchema,
  points: z.array(z.object({ label: z.string(), value: z.number(), pointType: spcVariationSchema })),
  summary: z.string(),
});

const recentTrendSchema = z.object({
  trend: z.enum(["increasing", "decreasing", "no-significant-change", "cannot-be-calculated"]),
  judgement: z.enum([
    "improving",
    "worsening",
    "no-significant-change",
    "not-judged",
    "cannot-be-calculated",
  ]),
  summary: z.string(),
});

const rowIndicatorSchema = indicatorDefinitionSchema
  .pick({
    id: true,
    title: true,
    shortTitle: true,
    description: true,
    unit: true,
    polarity: true,
    decimals: true,
  })
  .extend({ lait: z.string().exactOptional() });

/**
 * Zod schema for one row of a Scorecard.
 * @example
 * scorecardRowSchema.safeParse({}).success //=> false
 */
export const scorecardRowSchema = z.object({
  indicator: rowIndicatorSchema,
  section: z.string().exactOptional(),
  current: scorecardValueSchema.nullable(),
  previous: scorecardValueSchema.nullable(),
  change: scorecardChangeSchema.nullable(),
  direction: directionSchema,
  directionReason: z.string(),
  trend: z.array(trendPointSchema),
  recentTrend: recentTrendSchema.nullable().exactOptional(),
  spc: spcSchema.nullable(),
  benchmarks: benchmarksSchema,
  target: targetSchema.nullable(),
  rag: ragResultSchema,
  changeRating: changeRatingSchema.exactOptional(),
  smallNumbers: z.object({ reason: z.string() }).exactOptional(),
  note: z.string().exactOptional(),
});

/**
 * Zod schema for a glossary entry.
 * @example
 * glossaryEntrySchema.safeParse({ term: "ICPC", expansion: "initial child protection conference" }).success //=> true
 */
export const glossaryEntrySchema = z.object({
  term: z.string().min(1),
  expansion: z.string().min(1),
  description: z.string().exactOptional(),
});

/**
 * Zod schema for the Scorecard document, `schemaVersion: 2`: the contract between computation and every
 * renderer. Unknown keys are dropped, so documents with later additive fields still parse. (Version 2 added
 * the optional `plan`; `parseScorecard` reads a version-1 document as version 2.)
 * @example
 * scorecardSchema.safeParse({ schemaVersion: 3 }).success //=> false
 */
export const scorecardSchema = z
  .object({
    schemaVersion: z.literal(2),
    title: z.string(),
    area: areaSchema,
    period: periodSchema.nullable(),
    generated: z.iso.date(),

    comparators: z.object({
      neighbourModel: z.string().exactOptional(),
      neighbours: z.array(areaSchema),
      aggregate: aggregateMethodSchema,
      region: areaSchema.exactOptional(),
      highPerformers: z.string().exactOptional(),
    }),
    sections: z.array(z.string()).exactOptional(),
    rows: z.array(scorecardRowSchema),
    summary: z.object({
      counts: z.record(ragStatusSchema, z.number().int().min(0)),
      improving: z.number().int().min(0),
      worsening: z.number().int().min(0),
      biggestImprovements: z.array(z.string()),
      biggestDeteriorations: z.array(z.string()),
    }),
    glossary: z.array(glossaryEntrySchema),
    key: z.array(z.object({ status: ragStatusSchema, label: z.string(), meaning: z.string() })),
    keyRules: z
      .array(
        z.object({
          kind: z.enum(["target", "benchmark", "quartile", "direction"]),
          title: z.string(),
          entries: z.array(z.object({ status: ragStatusSchema, label: z.string(), meaning: z.string() })),
        }),
      )
      .exactOptional(),
    provenance: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(["published", "local", "return", "config", "reference"]),
        date: z.string().exactOptional(),
        description: z.string().exactOptional(),
      }),
    ),
    dataQuality: z.array(
      z.object({
        code: z.string(),
        message: z.string(),
        indicatorId: z.string().exactOptional(),
        source: z.string().exactOptional(),
        row: z.number().int().exactOptional(),
      }),
    ),
    plan: scorecardPlanSchema.exactOptional(),
  })
  .meta({
    title: "kpikit Scorecard",
    description:
      "A children's safeguarding performance scorecard (kpikit Scorecard document, schemaVersion 2).",
  });

// Compile-time guard: the schema and the `Scorecard` type describe the same document. If either changes
// without the other, the build fails here. (Zod infers mutable arrays; the types are readonly.)
type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Inferred = DeepReadonly<z.infer<typeof scorecardSchema>>;
type Assert<T extends true> = T;
type _ScorecardSchemaMatchesType = Assert<
  [Inferred] extends [Scorecard] ? ([Scorecard] extends [Inferred] ? true : false) : false
>;
