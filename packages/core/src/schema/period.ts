import * as z from "zod";

/**
 * An ISO calendar date `YYYY-MM-DD` that exists (no 30 February).
 * @example
 * isoDateSchema.safeParse("2025-02-30").success //=> false
 */
export const isoDateSchema = z.iso.date();

const base = {
  start: isoDateSchema,
  end: isoDateSchema,
  label: z.string().min(1),
};
const year = z.number().int().min(1900).max(2200);

/**
 * Zod schema for a {@link import("../period/types.js").Period}: a discriminated union on `kind` with ISO dates
 * and `start <= end`.
 * @example
 * periodSchema.safeParse({ kind: "calendar-year", year: 2024, start: "2024-01-01", end: "2024-12-31", label: "2024" }).success //=> true
 */
export const periodSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("financial-year"),
      ...base,
      startYear: year,
      census: z.enum(["cin", "cla"]).exactOptional(),
    }),
    z.object({
      kind: z.literal("financial-quarter"),
      ...base,
      startYear: year,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
    z.object({ kind: z.literal("month"), ...base, year, month: z.number().int().min(1).max(12) }),
    z.object({
      kind: z.literal("snapshot"),
      ...base,
      date: isoDateSchema,
      census: z.enum(["cin", "cla"]).exactOptional(),
    }),
    z.object({ kind: z.literal("calendar-year"), ...base, year }),
    z.object({ kind: z.literal("academic-year"), ...base, startYear: year }),
    z.object({ kind: z.literal("rolling"), ...base, months: z.number().int().min(1) }),
    z.object({
      kind: z.literal("multi-year"),
      ...base,
      startYear: year,
      years: z.number().int().min(1),
      yearType: z.enum(["financial", "calendar", "academic"]),
    }),
    z.object({ kind: z.literal("year-to-date"), ...base, startYear: year }),
  ])
  .refine((p) => p.start <= p.end, {
    message: "The period's start date is after its end date",
    path: ["end"],
  });

/**
 * The period kinds, as a zod enum.
 * @example
 * periodKindSchema.options.length //=> 9
 */
export const periodKindSchema = z.enum([
  "financial-year",
  "financial-quarter",
  "month",
  "snapshot",
  "calendar-year",
  "academic-year",
  "rolling",
  "multi-year",
  "year-to-date",
]);
