import * as z from "zod";
import { periodKindSchema } from "./period.js";

/**
 * Zod schema for an indicator's unit.
 * @example
 * unitSchema.safeParse("percent").success //=> true
 */
export const unitSchema = z.enum([
  "percent",
  "rate-per-10k",
  "rate-per-100k",
  "count",
  "days",
  "weeks",
  "fte",
  "ratio",
  "score",
]);

/**
 * Zod schema for an indicator's polarity.
 * @example
 * polaritySchema.options //=> ["higher-is-better", "lower-is-better", "no-judgement"]
 */
export const polaritySchema = z.enum(["higher-is-better", "lower-is-better", "no-judgement"]);

/**
 * Zod schema for an indicator's source.
 * @example
 * indicatorSourceSchema.safeParse("ssda903").success //=> true
 */
export const indicatorSourceSchema = z.enum([
  "cin-census",
  "ssda903",
  "csww",
  "school-census",
  "local",
  "ofsted",
  "other",
]);

/**
 * A stable kebab-case id such as `re-referrals-12m`.
 * @example
 * indicatorIdSchema.safeParse("re-referrals-12m").success //=> true
 */
export const indicatorIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "Indicator ids are kebab-case: lower-case letters, digits and hyphens",
});

/**
 * Zod schema for an {@link import("../indicator/types.js").IndicatorDefinition}.
 * @example
 * indicatorDefinitionSchema.safeParse({ id: "Re referrals" }).success //=> false
 */
export const indicatorDefinitionSchema = z.object({
  id: indicatorIdSchema,
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  description: z.string(),
  unit: unitSchema,
  polarity: polaritySchema,
  polarityReason: z.string().exactOptional(),
  decimals: z.number().int().min(0).max(10),
  periodType: periodKindSchema,
  source: indicatorSourceSchema,
  lait: z.string().min(1).exactOptional(),
  aliases: z.array(z.string()),
  acronyms: z.array(z.string()),
  method: z.string(),
  topic: z.string().exactOptional(),
  noQuartile: z.boolean().exactOptional(),
});
