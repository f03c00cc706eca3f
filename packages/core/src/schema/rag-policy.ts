import * as z from "zod";
import type { Issue } from "../issue.js";
import type { RagPolicy, RagTolerance } from "../rag/policy.js";
import { zodIssuesToIssues } from "./issues.js";

// One schema for a RAG policy as it is written in a file (the `rag` section of the CLI config, or a
// policy on its own). Unknown keys are errors, so a typo cannot silently change ratings, and every
// message says what was expected.

const quoted = (words: readonly string[]) => {
  const q = words.map((w) => `"${w}"`);
  return q.length < 2 ? q.join("") : `${q.slice(0, -1).join(", ")} or ${q.at(-1)}`;
};

/** A strict object whose unknown-key message lists the keys it allows. */
function strict<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown key${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => `"${k}"`).join(", ")} (expected ${keys.map((k) => `"${k}"`).join(", ")})`
        : issue.code === "invalid_type"
          ? `expected ${what}`
          : undefined,
  });
}

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected ${quoted(values)}` });

const atLeastZero = (what: string) =>
  z
    .number({ error: `expected ${what} of 0 or more` })
    .nonnegative({ error: `expected ${what} of 0 or more` });

const TOLERANCE_FORMS =
  '2, "2 pts", "10%", { "kind": "absolute", "value": 2 } or { "kind": "relative", "percent": 10 }';

/**
 * Zod schema for a RAG tolerance. A file may write it as core's {@link RagTolerance} object or as a
 * shorthand: a number or `"2 pts"` is absolute (in the indicator's unit), `"10%"` is relative.
 * Either way it parses to the object.
 * @example
 * ragToleranceSchema.parse("10%") //=> { kind: "relative", percent: 10 }
 * ragToleranceSchema.parse(2) //=> { kind: "absolute", value: 2 }
 * ragToleranceSchema.parse({ kind: "absolute", value: 2 }) //=> { kind: "absolute", value: 2 }
 */
export const ragToleranceSchema = z.union(
  [
    z.discriminatedUnion("kind", [
      strict({ kind: z.literal("absolute"), value: atLeastZero("a number") }, "a tolerance"),
      strict({ kind: z.literal("relative"), percent: atLeastZero("a percentage") }, "a tolerance"),
    ]),
    atLeastZero("a number").transform((value): RagTolerance => ({ kind: "absolute", value })),
    z
      .string()
      .regex(/^\s*\d+(\.\d+)?\s*(%|pts?|points?|percent|days?)?\s*$/i, {
        error: `write a tolerance as ${TOLERANCE_FORMS}`,
      })
      .transform((text): RagTolerance => {
        const n = Number.parseFloat(text);
        return /%|percent/i.test(text) ? { kind: "relative", percent: n } : { kind: "absolute", value: n };
      }),
  ],
  { error: `expected a tolerance: ${TOLERANCE_FORMS}` },
);

const rated = oneOf(["green", "amber", "red"]);
const id = z.string({ error: "expected a string" }).min(1, { error: "expected a rule name" }).exactOptional();
const RULE_KINDS = ["target", "benchmark", "quartile", "direction"] as const;

const rules = {
  target: strict(
    {
      kind: z.literal("target"),
      id,
      tolerance: ragToleranceSchema.exactOptional(),
      blue: z.boolean({ error: "expected true or false" }).exactOptional(),
    },
    "a rule object with a kind",
  ),
  benchmark: strict(
    {
      kind: z.literal("benchmark"),
      id,
      against: oneOf(["neighbours", "england", "region"]),
      method: oneOf(["threshold", "significance"]).exactOptional(),
      tolerance: ragToleranceSchema.exactOptional(),
      similar: rated.exactOptional(),
    },
    "a rule object with a kind",
  ),
  quartile: strict(
    {
      kind: z.literal("quartile"),
      id,
      bands: strict(
        {
          A: rated.exactOptional(),
          B: rated.exactOptional(),
          C: rated.exactOptional(),
          D: rated.exactOptional(),
        },
        'bands, e.g. { "A": "green", "D": "red" }',
      ).exactOptional(),
    },
    "a rule object with a kind",
  ),
  direction: strict(
    {
      kind: z.literal("direction"),
      id,
      improving: rated.exactOptional(),
      noChange: rated.exactOptional(),
      worsening: rated.exactOptional(),
    },
    "a rule object with a kind",
  ),
  defaults: strict({ kind: z.literal("defaults") }, "a rule object with a kind"),
};

/** The message for a rule whose kind is missing or unknown (or that is not an object). */
function ruleError(allowDefaults: boolean) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === "invalid_type") return "expected a rule object with a kind";
    if (issue.code !== "invalid_union") return undefined;
    const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
    if (kind === "defaults" && !allowDefaults) return '"defaults" can only be used in an indicator\'s rules';
    const kinds = allowDefaults ? [...RULE_KINDS, "defaults"] : RULE_KINDS;
    const expected = `${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`;
    return kind === undefined
      ? `a rule needs a kind (expected ${expected})`
      : `unknown rule kind ${JSON.stringify(kind)} (expected ${expected})`;
  };
}

/**
 * Zod schema for one rule of a policy's `defaults` (a {@link import("../rag/policy.js").RagRule} other than
 * `{ "kind": "defaults" }`, which only an indicator's list may hold).
 * @example
 * ragRuleSchema.safeParse({ kind: "benchmark", against: "wales" }).success //=> false
 */
export const ragRuleSchema = z.discriminatedUnion(
  "kind",
  [rules.target, rules.benchmark, rules.quartile, rules.direction],
  { error: ruleError(false) },
);

/**
 * Zod schema for one rule of an indicator's list: any rule, or `{ "kind": "defaults" }` to fall back to
 * the policy's defaults at that point.
 * @example
 * indicatorRagRuleSchema.safeParse({ kind: "defaults" }).success //=> true
 */
export const indicatorRagRuleSchema = z.discriminatedUnion(
  "kind",
  [rules.target, rules.benchmark, rules.quartile, rules.direction, rules.defaults],
  { error: ruleError(true) },
);

const ruleList = <T extends z.ZodType>(rule: T) =>
  z.array(rule, { error: "expected a list of rules" }).min(1, { error: "expected at least one rule" });

/**
 * Zod schema for a {@link RagPolicy}: ordered `defaults` and, optionally, `indicators` (an indicator id
 * mapped to its own rules). Each list has at least one rule; tolerances may be written as shorthand
 * (see {@link ragToleranceSchema}). The CLI config's `rag` section is this schema with `defaults`
 * optional.
 * @example
 * ragPolicySchema.safeParse({ defaults: [{ kind: "quartile" }] }).success //=> true
 */
export const ragPolicySchema = strict(
  {
    defaults: ruleList(ragRuleSchema),
    indicators: z
      .record(z.string(), ruleList(indicatorRagRuleSchema), {
        error: "expected indicator ids mapped to lists of rules",
      })
      .exactOptional(),
  },
  'an object with "defaults" (and optionally "indicators")',
);

// The schema's output is a RagPolicy (checked here, so the two cannot drift apart).
const _output: (x: z.output<typeof ragPolicySchema>) => RagPolicy = (x) => x;
void _output;

/**
 * Checks a RAG policy read from JSON or YAML and says exactly what is wrong: one {@link Issue} per
 * problem, its `path` the location in the policy and its message naming it (`defaults[0].tolerence:
 * unknown key …`). An unknown key's path ends with the key.
 * @example
 * parseRagPolicy({ defaults: [{ kind: "quartile" }] }).ok //=> true
 * parseRagPolicy({ defaults: [{ kind: "target", tolerence: 2 }] }).issues?.[0]?.message //=> 'defaults[0].tolerence: unknown key "tolerence" (expected "kind", "id", "tolerance", "blue")'
 */
export function parseRagPolicy(
  input: unknown,
):
  | { readonly ok: true; readonly policy: RagPolicy; readonly issues?: undefined }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const parsed = ragPolicySchema.safeParse(input);
  if (parsed.success) return { ok: true, policy: parsed.data };
  // One issue per unknown key, located at the key itself.
  const split = parsed.error.issues.flatMap((issue): z.core.$ZodIssue[] =>
    issue.code === "unrecognized_keys" && issue.keys.length > 1
      ? issue.keys.map((key) => ({
          ...issue,
          keys: [key],
          message: issue.message.replace(/^unknown keys .*? \(/, `unknown key "${key}" (`),
        }))
      : [issue],
  );
  const located = split.map((issue) =>
    issue.code === "unrecognized_keys" ? { ...issue, path: [...issue.path, ...issue.keys] } : issue,
  );
  return {
    ok: false,
    issues: zodIssuesToIssues(located).map((issue, i) => ({
      ...issue,
      code: located[i]?.code === "unrecognized_keys" ? "unknown-key" : issue.code,
      message: issue.path?.length ? issue.message : `the policy: ${issue.message}`,
    })),
  };
}
