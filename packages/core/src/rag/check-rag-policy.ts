import type { Issue } from "../issue.js";
import type { RagPolicy } from "./policy.js";

type Path = readonly (string | number)[];

const STATUSES = ["green", "amber", "red"];
const RULE_KEYS: Record<string, readonly string[]> = {
  target: ["kind", "id", "tolerance", "blue"],
  benchmark: ["kind", "id", "against", "method", "tolerance", "similar"],
  quartile: ["kind", "id", "bands"],
  direction: ["kind", "id", "improving", "noChange", "worsening"],
  defaults: ["kind"],
};

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const where = (path: Path) => (path.length ? path.join(".") : "the policy");

/**
 * Checks a RAG policy read from JSON or YAML (the `rag` section of a config file) and says exactly
 * what is wrong, with the path of each problem. Unknown keys are errors, so typos do not silently
 * change ratings.
 *
 * @example
 * checkRagPolicy({ defaults: [{ kind: "target", tolerence: { kind: "absolute", value: 2 } }] }).ok //=> false
 * checkRagPolicy({ defaults: [{ kind: "quartile" }] }).ok //=> true
 */
export function checkRagPolicy(
  input: unknown,
):
  | { readonly ok: true; readonly policy: RagPolicy }
  | { readonly ok: false; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const fail = (path: Path, code: string, message: string) =>
    issues.push({ code, path, message: `${where(path)}: ${message}`, severity: "error" });

  const rules = (value: unknown, path: Path, allowDefaults: boolean) => {
    if (!Array.isArray(value)) return fail(path, "invalid-type", "expected a list of rules");
    for (const [i, rule] of value.entries()) checkRule(rule, [...path, i], allowDefaults);
  };
  const tolerance = (t: unknown, path: Path) => {
    if (!isObject(t))
      return fail(
        path,
        "invalid-type",
        'expected { "kind": "absolute", "value": n } or { "kind": "relative", "percent": n }',
      );
    if (t.kind === "absolute") {
      only(t, ["kind", "value"], path);
      if (!nonNegative(t.value)) fail([...path, "value"], "invalid-number", "expected a number of 0 or more");
    } else if (t.kind === "relative") {
      only(t, ["kind", "percent"], path);
      if (!nonNegative(t.percent))
        fail([...path, "percent"], "invalid-number", "expected a percentage of 0 or more");
    } else fail([...path, "kind"], "invalid-value", 'expected "absolute" or "relative"');
  };
  const status = (s: unknown, path: Path) => {
    if (s !== undefined && !STATUSES.includes(s as string))
      fail(path, "invalid-value", 'expected "green", "amber" or "red"');
  };
  const only = (o: Record<string, unknown>, keys: readonly string[], path: Path) => {
    for (const k of Object.keys(o))
      if (!keys.includes(k))
        fail(
          [...path, k],
          "unknown-key",
          `unknown key "${k}" (expected ${keys.map((x) => `"${x}"`).join(", ")})`,
        );
  };
  const checkRule = (rule: unknown, path: Path, allowDefaults: boolean) => {
    if (!isObject(rule)) return fail(path, "invalid-type", "expected a rule object with a kind");
    const kind = rule.kind;
    const keys = typeof kind === "string" && Object.hasOwn(RULE_KEYS, kind) ? RULE_KEYS[kind] : undefined;
    if (!keys)
      return fail(
        [...path, "kind"],
        "invalid-value",
        `unknown rule kind ${JSON.stringify(kind)} (expected target, benchmark, quartile, direction or defaults)`,
      );
    only(rule, keys, path);
    if (rule.id !== undefined && typeof rule.id !== "string")
      fail([...path, "id"], "invalid-type", "expected a string");
    if (rule.tolerance !== undefined) tolerance(rule.tolerance, [...path, "tolerance"]);
    switch (kind) {
      case "defaults":
        if (!allowDefaults)
          fail(path, "invalid-value", '"defaults" can only be used in an indicator\'s rules');
        break;
      case "target":
        if (rule.blue !== undefined && typeof rule.blue !== "boolean")
          fail([...path, "blue"], "invalid-type", "expected true or false");
        break;
      case "benchmark":
        if (!["neighbours", "england", "region"].includes(rule.against as string)) {
          fail([...path, "against"], "invalid-value", 'expected "neighbours", "england" or "region"');
        }
        if (rule.method !== undefined && rule.method !== "threshold" && rule.method !== "significance") {
          fail([...path, "method"], "invalid-value", 'expected "threshold" or "significance"');
        }
        status(rule.similar, [...path, "similar"]);
        break;
      case "quartile":
        if (rule.bands !== undefined) {
          if (!isObject(rule.bands))
            fail([...path, "bands"], "invalid-type", 'expected e.g. { "A": "green", "D": "red" }');
          else {
            only(rule.bands, ["A", "B", "C", "D"], [...path, "bands"]);
            for (const [band, s] of Object.entries(rule.bands)) status(s, [...path, "bands", band]);
          }
        }
        break;
      case "direction":
        for (const k of ["improving", "noChange", "worsening"]) status(rule[k], [...path, k]);
        break;
    }
  };

  if (!isObject(input))
    fail([], "invalid-type", 'expected an object with "defaults" (and optionally "indicators")');
  else {
    only(input, ["defaults", "indicators"], []);
    rules(input.defaults, ["defaults"], false);
    if (input.indicators !== undefined) {
      if (!isObject(input.indicators))
        fail(["indicators"], "invalid-type", "expected indicator ids mapped to lists of rules");
      else for (const [id, list] of Object.entries(input.indicators)) rules(list, ["indicators", id], true);
    }
  }
  return issues.length === 0 ? { ok: true, policy: input as RagPolicy } : { ok: false, issues };
}

function nonNegative(x: unknown): boolean {
  return typeof x === "number" && Number.isFinite(x) && x >= 0;
}
