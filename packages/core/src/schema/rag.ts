import * as z from "zod";
import { RAG_ORDER } from "../labels/labels.js";

/**
 * Zod schema for a RAG status: the statuses of {@link RAG_ORDER}, in that order.
 * @example
 * ragStatusSchema.options.includes("blue") //=> true
 */
export const ragStatusSchema = z.enum(RAG_ORDER);

/**
 * Zod schema for a RAG basis.
 * @example
 * ragBasisSchema.safeParse("target").success //=> true
 */
export const ragBasisSchema = z.enum(["target", "benchmark", "quartile", "direction", "none"]);

/**
 * Zod schema for a {@link import("../rag/types.js").RagResult}.
 * @example
 * ragResultSchema.safeParse({ status: "purple", basis: "target", reason: "" }).success //=> false
 */
export const ragResultSchema = z.object({
  status: ragStatusSchema,
  basis: ragBasisSchema,
  reason: z.string(),
  ruleId: z.string().exactOptional(),
});
