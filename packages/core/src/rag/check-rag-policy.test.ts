import { describe, expect, it } from "vitest";
import { checkRagPolicy, defaultRagPolicy } from "./index.js";

describe("checkRagPolicy", () => {
  it("matches the JSDoc examples", () => {
    expect(
      checkRagPolicy({ defaults: [{ kind: "target", tolerence: { kind: "absolute", value: 2 } }] }).ok,
    ).toBe(false);
    expect(checkRagPolicy({ defaults: [{ kind: "quartile" }] }).ok).toBe(true);
  });
  it("accepts the default policy and a full policy", () => {
    expect(checkRagPolicy(defaultRagPolicy)).toEqual({ ok: true, policy: defaultRagPolicy });
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
    expect(checkRagPolicy(full).ok).toBe(true);
  });
  it.each([
    [null, [""], 'the policy: expected an object with "defaults" (and optionally "indicators")'],
    [{}, ["defaults"], "defaults: expected a list of rules"],
    [{ defaults: [], extra: 1 }, ["extra"], 'extra: unknown key "extra" (expected "defaults", "indicators")'],
    [
      { defaults: [{ kind: "magic" }] },
      ["defaults", 0, "kind"],
      'defaults.0.kind: unknown rule kind "magic" (expected target, benchmark, quartile, direction or defaults)',
    ],
    [
      { defaults: [{ kind: "defaults" }] },
      ["defaults", 0],
      'defaults.0: "defaults" can only be used in an indicator\'s rules',
    ],
    [
      { defaults: [{ kind: "target", tolerance: { kind: "absolute", value: -1 } }] },
      ["defaults", 0, "tolerance", "value"],
      "defaults.0.tolerance.value: expected a number of 0 or more",
    ],
    [
      { defaults: [{ kind: "target", tolerance: { kind: "points", value: 2 } }] },
      ["defaults", 0, "tolerance", "kind"],
      'defaults.0.tolerance.kind: expected "absolute" or "relative"',
    ],
    [
      { defaults: [{ kind: "benchmark", against: "wales" }] },
      ["defaults", 0, "against"],
      'defaults.0.against: expected "neighbours", "england" or "region"',
    ],
    [
      { defaults: [{ kind: "quartile", bands: { E: "green" } }] },
      ["defaults", 0, "bands", "E"],
      'defaults.0.bands.E: unknown key "E" (expected "A", "B", "C", "D")',
    ],
    [
      { defaults: [{ kind: "direction", improving: "blue" }] },
      ["defaults", 0, "improving"],
      'defaults.0.improving: expected "green", "amber" or "red"',
    ],
    [{ defaults: [], indicators: { x: {} } }, ["indicators", "x"], "indicators.x: expected a list of rules"],
  ])("%j → an issue at %j", (input, path, message) => {
    const r = checkRagPolicy(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues[0];
    expect(issue?.path).toEqual(path[0] === "" ? [] : path);
    expect(issue?.message).toBe(message);
  });
});
