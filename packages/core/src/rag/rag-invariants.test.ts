// Two promises of the RAG rules, checked over every rule kind and option rather than by example: a
// no-judgement indicator is never red or green (nor blue), and a missing or suppressed value is not-rated
// with a reason that says so.
import { describe, expect, it } from "vitest";
import type { QuartileBand } from "../benchmark/types.js";
import type { Direction } from "../direction/types.js";
import type { ObservationStatus } from "../observation/types.js";
import { evaluateRag, type RagContext, type RagPolicy, type RagRule } from "./index.js";

const statuses = ["green", "amber", "red"] as const;
const rules: RagRule[] = [
  { kind: "target" },
  { kind: "target", blue: true, tolerance: { kind: "absolute", value: 2 } },
  { kind: "target", tolerance: { kind: "relative", percent: 10 } },
  ...(["neighbours", "england", "region"] as const).flatMap((against) =>
    (["threshold", "significance"] as const).flatMap((method) =>
      statuses.map((similar) => ({ kind: "benchmark", against, method, similar }) as const),
    ),
  ),
  { kind: "quartile" },
  { kind: "quartile", bands: { A: "green", B: "green", C: "red", D: "red" } },
  { kind: "direction" },
  { kind: "direction", improving: "green", noChange: "green", worsening: "red" },
];
const bands: (QuartileBand | null)[] = ["A", "B", "C", "D", null];
const directions: Direction[] = ["improving", "worsening", "no-change", "not-judged", "not-comparable"];
const benchmark = (value: number) => ({ value, lower: value - 1, upper: value + 1 });

function contexts(
  value: number | null,
  status: ObservationStatus,
  polarity: RagContext["indicator"]["polarity"],
) {
  const out: RagContext[] = [];
  for (const band of bands)
    for (const direction of directions)
      for (const [target, bench] of [
        [18, 17],
        [25, 30],
        [5, 50],
      ] as const)
        out.push({
          indicator: { id: "cin-rate", shortTitle: "CIN rate", polarity, unit: "percent", decimals: 1 },
          current: {
            value,
            status,
            lower: value === null ? null : value - 0.5,
            upper: value === null ? null : value + 0.5,
          },
          target,
          stretch: target - 3,
          benchmarks: {
            england: benchmark(bench),
            region: benchmark(bench + 1),
            neighbours: benchmark(bench - 1),
          },
          band,
          rank: 10,
          rankOf: 152,
          direction: { direction, reason: `Direction: ${direction}` },
        });
  return out;
}

describe("RAG invariants over every rule kind", () => {
  const policies: RagPolicy[] = [...rules.map((r) => ({ defaults: [r] })), { defaults: rules }];

  it("has every rule kind and option under test", () => {
    expect(new Set(rules.map((r) => r.kind))).toEqual(
      new Set(["target", "benchmark", "quartile", "direction"]),
    );
    expect(policies.length).toBe(rules.length + 1);
  });

  it.each(policies.map((p, i) => [i, p] as const))(
    "policy %i: a no-judgement indicator is never red, green or blue",
    (_i, policy) => {
      const seen = new Set<string>();
      for (const context of contexts(19.4, "ok", "no-judgement")) {
        const r = evaluateRag(context, policy);
        seen.add(r.status);
        expect(["red", "green", "blue"]).not.toContain(r.status);
        expect(r.reason.length).toBeGreaterThan(10);
      }
      expect(seen.size).toBeGreaterThan(0);
    },
  );

  it.each(policies.map((p, i) => [i, p] as const))(
    "policy %i: the same contexts do rate a judged indicator",
    (_i, policy) => {
      const rated = contexts(19.4, "ok", "lower-is-better").map((c) => evaluateRag(c, policy).status);
      expect(rated.some((s) => s === "red" || s === "amber" || s === "green" || s === "blue")).toBe(true);
    },
  );

  it.each<[ObservationStatus, string]>([
    ["suppressed", "suppressed [c]"],
    ["not-available", "not available [x]"],
    ["not-applicable", "[z]"],
    ["ok", "No value"],
  ])("a missing value (status %s) is not-rated under every policy, with a reason", (status, words) => {
    for (const policy of policies)
      for (const polarity of ["higher-is-better", "lower-is-better", "no-judgement"] as const)
        for (const context of contexts(null, status, polarity)) {
          const r = evaluateRag(context, policy);
          expect(r.status).toBe("not-rated");
          expect(r.reason).toContain(polarity === "no-judgement" ? "" : words);
        }
  });
});
