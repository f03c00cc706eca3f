import { describe, expect, it } from "vitest";
import { defaultRagPolicy } from "../rag/index.js";
import { parseRagPolicy, ragToleranceSchema } from "./rag-policy.js";

describe("parseRagPolicy", () => {
  it("accepts the default policy and a full policy", () => {
    expect(parseRagPolicy(defaultRagPolicy)).toEqual({ ok: true, policy: defaultRagPolicy });
    const full = {
      defaults: [
        { kind: "target", id: "t", tolerance: { kind: "relative", percent: 10 }, blue: false },
        { kind: "benchmark", against: "england", method: "significance", similar: "amber" },
        { kind: "quartile", bands: { A: "green", B: "green", C: "amber", D: "red" } },
        { kind: "direction", improving: "green", noChange: "amber", worsening: "red" },
      ],
      indicators: {
        "re-referrals-12m": [
          { kind: "benchmark", against: "neighbours", tolerance: { kind: "absolute", value: 2 } },
          { kind: "defaults" },
        ],
      },
    };
    expect(parseRagPolicy(full)).toEqual({ ok: true, policy: full });
  });

  it("reads shorthand tolerances as core's objects", () => {
    const r = parseRagPolicy({
      defaults: [{ kind: "target", tolerance: 2 }],
      indicators: { x: [{ kind: "benchmark", against: "region", tolerance: "10%" }] },
    });
    expect(r.ok && r.policy).toEqual({
      defaults: [{ kind: "target", tolerance: { kind: "absolute", value: 2 } }],
      indicators: {
        x: [{ kind: "benchmark", against: "region", tolerance: { kind: "relative", percent: 10 } }],
      },
    });
  });

  it.each([
    [null, [], 'the policy: expected an object with "defaults" (and optionally "indicators")'],
    [{}, ["defaults"], "defaults: expected a list of rules"],
    [{ defaults: [] }, ["defaults"], "defaults: expected at least one rule"],
    [
      { defaults: [{ kind: "quartile" }], extra: 1 },
      ["extra"],
      'extra: unknown key "extra" (expected "defaults", "indicators")',
    ],
    [
      { defaults: [{ kind: "target", tolerence: { kind: "absolute", value: 2 } }] },
      ["defaults", 0, "tolerence"],
      'defaults[0].tolerence: unknown key "tolerence" (expected "kind", "id", "tolerance", "blue")',
    ],
    [
      { defaults: [{ kind: "magic" }] },
      ["defaults", 0, "kind"],
      'defaults[0].kind: unknown rule kind "magic" (expected target, benchmark, quartile or direction)',
    ],
    [
      { defaults: [{}] },
      ["defaults", 0, "kind"],
      "defaults[0].kind: a rule needs a kind (expected target, benchmark, quartile or direction)",
    ],
    [["x"], [], 'the policy: expected an object with "defaults" (and optionally "indicators")'],
    [{ defaults: ["x"] }, ["defaults", 0], "defaults[0]: expected a rule object with a kind"],
    [
      { defaults: [{ kind: "defaults" }] },
      ["defaults", 0, "kind"],
      'defaults[0].kind: "defaults" can only be used in an indicator\'s rules',
    ],
    [
      { defaults: [{ kind: "target", tolerance: { kind: "absolute", value: -1 } }] },
      ["defaults", 0, "tolerance", "value"],
      "defaults[0].tolerance.value: expected a number of 0 or more",
    ],
    [
      { defaults: [{ kind: "target", tolerance: { kind: "relative", percent: -5 } }] },
      ["defaults", 0, "tolerance", "percent"],
      "defaults[0].tolerance.percent: expected a percentage of 0 or more",
    ],
    [
      { defaults: [{ kind: "target", tolerance: { kind: "relative", percent: "ten" } }] },
      ["defaults", 0, "tolerance"],
      'defaults[0].tolerance: expected a tolerance: 2, "2 pts", "10%", { "kind": "absolute", "value": 2 } or { "kind": "relative", "percent": 10 }',
    ],
    [
      { defaults: [{ kind: "target", tolerance: { kind: "points", value: 2 } }] },
      ["defaults", 0, "tolerance"],
      'defaults[0].tolerance: expected a tolerance: 2, "2 pts", "10%", { "kind": "absolute", "value": 2 } or { "kind": "relative", "percent": 10 }',
    ],
    [
      { defaults: [{ kind: "target", blue: "yes" }] },
      ["defaults", 0, "blue"],
      "defaults[0].blue: expected true or false",
    ],
    [{ defaults: [{ kind: "target", id: 3 }] }, ["defaults", 0, "id"], "defaults[0].id: expected a string"],
    [
      { defaults: [{ kind: "benchmark", against: "wales" }] },
      ["defaults", 0, "against"],
      'defaults[0].against: expected "neighbours", "england" or "region"',
    ],
    [
      { defaults: [{ kind: "benchmark", against: "england", method: "magic" }] },
      ["defaults", 0, "method"],
      'defaults[0].method: expected "threshold" or "significance"',
    ],
    [
      { defaults: [{ kind: "quartile", bands: { E: "green" } }] },
      ["defaults", 0, "bands", "E"],
      'defaults[0].bands.E: unknown key "E" (expected "A", "B", "C", "D")',
    ],
    [
      { defaults: [{ kind: "direction", improving: "blue" }] },
      ["defaults", 0, "improving"],
      'defaults[0].improving: expected "green", "amber" or "red"',
    ],
    [
      { defaults: [{ kind: "quartile" }], indicators: { x: {} } },
      ["indicators", "x"],
      "indicators.x: expected a list of rules",
    ],
    [
      { defaults: [{ kind: "quartile" }], indicators: [] },
      ["indicators"],
      "indicators: expected indicator ids mapped to lists of rules",
    ],
  ])("%j → an issue at %j", (input, path, message) => {
    const r = parseRagPolicy(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.path).toEqual(path);
    expect(r.issues[0]?.message).toBe(message);
  });

  it("reports every problem, one issue per unknown key, each at the key", () => {
    const r = parseRagPolicy({
      defaults: [
        { kind: "target", tolerence: 1, blu: true },
        { kind: "benchmark", against: "wales" },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown-key", ["defaults", 0, "tolerence"]],
      ["unknown-key", ["defaults", 0, "blu"]],
      ["schema-invalid-value", ["defaults", 1, "against"]],
    ]);
    expect(r.issues[1]?.message).toBe(
      'defaults[0].blu: unknown key "blu" (expected "kind", "id", "tolerance", "blue")',
    );
  });
});

describe("ragToleranceSchema", () => {
  it.each([
    [2, { kind: "absolute", value: 2 }],
    ["2 pts", { kind: "absolute", value: 2 }],
    ["1.5 points", { kind: "absolute", value: 1.5 }],
    ["3 days", { kind: "absolute", value: 3 }],
    ["10%", { kind: "relative", percent: 10 }],
    ["10 percent", { kind: "relative", percent: 10 }],
    [
      { kind: "relative", percent: 5 },
      { kind: "relative", percent: 5 },
    ],
  ])("%j → %j", (input, tolerance) => {
    expect(ragToleranceSchema.parse(input)).toEqual(tolerance);
  });
  it.each([[-1], ["ten"], ["-2 pts"], [{ kind: "absolute" }], [{ kind: "absolute", value: 2, percent: 3 }]])(
    "rejects %j",
    (input) => {
      expect(ragToleranceSchema.safeParse(input).success).toBe(false);
    },
  );
});
