import * as z from "zod";
import { periodSchema } from "./period.js";

/**
 * Zod schema for an observation's status.
 * @example
 * observationStatusSchema.safeParse("suppressed").success //=> true
 */
export const observationStatusSchema = z.enum([
  "ok",
  "suppressed",
  "not-available",
  "not-applicable",
  "low-reliability",
]);

/**
 * Zod schema for an area kind.
 * @example
 * areaKindSchema.safeParse("county").success //=> false
 */
export const areaKindSchema = z.enum(["la", "region", "england", "group"]);

/**
 * Zod schema for an {@link import("../observation/types.js").Area}.
 * @example
 * areaSchema.safeParse({ code: "865", name: "Wiltshire", kind: "la" }).success //=> true
 */
export const areaSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  kind: areaKindSchema,
  onsCode: z.string().min(1).exactOptional(),
});

/** True when a status carries a number (`ok`, `low-reliability`). */
const hasValue = (status: z.infer<typeof observationStatusSchema>) =>
  status === "ok" || status === "low-reliability";

/**
 * Zod schema for an {@link import("../observation/types.js").Observation}: `value` is a finite number when
 * the status is `ok` or `low-reliability`, and `null` otherwise.
 * @example
 * observationSchema.safeParse({ indicatorId: "x", area: "865", period: { kind: "calendar-year", year: 2024, start: "2024-01-01", end: "2024-12-31", label: "2024" }, value: 3, status: "suppressed" }).success //=> false
 */
export const observationSchema = z
  .object({
    indicatorId: z.string().min(1),
    area: z.string().min(1),
    period: periodSchema,
    value: z.number().nullable(),
    numerator: z.number().min(0).exactOptional(),
    denominator: z.number().min(0).exactOptional(),
    status: observationStatusSchema,
    source: z.string().exactOptional(),
    note: z.string().exactOptional(),
  })
  .check((ctx) => {
    const o = ctx.value;
    if (!hasValue(o.status) && o.value !== null) {
      ctx.issues.push({
        code: "custom",
        input: o.value,
        path: ["value"],
        message: `A ${o.status} observation has no value (value must be null)`,
      });
    }
    if (hasValue(o.status) && o.value === null) {
      ctx.issues.push({
        code: "custom",
        input: o.value,
        path: ["value"],
        message: `An observation with status ${o.status} needs a number`,
      });
    }
  });
