import { describe, expect, it } from "vitest";
import type { Polarity, Unit } from "../indicator/types.js";
import { defaultRagPolicy, evaluateRag, type RagContext, type RagPolicy, ragRulesFor } from "./index.js";

const fy2024 = {
  kind: "financial-year",
  startYear: 2024,
  start: "2024-04-01",
  end: "2025-03-31",
  label: "2024/25",
} as const;
const ctx = (
  value: number | null,
  more: Partial<Omit<RagContext, "indicator">> & { polarity?: Polarity; unit?: Unit; decimals?: number } = {},
): RagContext => {
  const { polarity = "lower-is-better", unit = "percent", decimals = 1, ...rest } = more;
  return {
    indicator: { id: "re-referrals-12m", shortTitle: "Re-referrals", polarity, unit, decimals },
    current: { value, status: value === null ? "suppressed" : "ok", period: fy2024 },
    ...rest,
  };
};
const abs = (value: number) => ({ kind: "absolute", value }) as const;
const rel = (percent: number) => ({ kind: "relative", percent }) as const;
const targetOnly: RagPolicy = { defaults: [{ kind: "target" }] };

describe("evaluateRag", () => {
  it("matches the JSDoc example", () => {
    expect(
      evaluateRag(
        {
          indicator: { id: "re-referrals-12m", polarity: "lower-is-better", unit: "percent", decimals: 1 },
          current: { value: 19.4, status: "ok" },
          target: 18,
          tolerance: { kind: "absolute", value: 2 },
        },
        defaultRagPolicy,
      ).reason,
    ).toBe("19.4% is worse than the 18% target by 1.4 percentage points; amber tolerance is 2 points.");
  });

  describe("target rules", () => {
    it.each([
      [
        ctx(19.4, { target: 18, tolerance: abs(2) }),
        "amber",
        "19.4% is worse than the 18% target by 1.4 percentage points; amber tolerance is 2 points.",
      ],
      [
        ctx(20, { target: 18, tolerance: abs(2) }),
        "amber",
        "20.0% is worse than the 18% target by 2 percentage points; amber tolerance is 2 points.",
      ],
      [
        ctx(20.1, { target: 18, tolerance: abs(2) }),
        "red",
        "20.1% is worse than the 18% target by 2.1 percentage points, beyond the amber tolerance of 2 points.",
      ],
      [
        ctx(21.4, { target: 18 }),
        "red",
        "21.4% is worse than the 18% target by 3.4 percentage points; there is no amber tolerance.",
      ],
      [ctx(18, { target: 18, tolerance: abs(2) }), "green", "18.0% meets the 18% target."],
      [ctx(18.04, { target: 18 }), "green", "18.0% meets the 18% target."],
      [
        ctx(16.2, { target: 18, tolerance: abs(2) }),
        "green",
        "16.2% is better than the 18% target by 1.8 percentage points.",
      ],
      [
        ctx(14.5, { target: 18, stretch: 15 }),
        "blue",
        "14.5% beats the 15% stretch target by 0.5 percentage points.",
      ],
      [ctx(15, { target: 18, stretch: 15 }), "blue", "15.0% meets the 15% stretch target."],
      [
        ctx(16, { target: 18, stretch: 15 }),
        "green",
        "16.0% is better than the 18% target by 2 percentage points.",
      ],
      [
        ctx(19.5, { target: 18, tolerance: rel(10) }),
        "amber",
        "19.5% is worse than the 18% target by 1.5 percentage points; amber tolerance is 10% of 18% (1.8 percentage points).",
      ],
      [
        ctx(19.9, { target: 18, tolerance: rel(10) }),
        "red",
        "19.9% is worse than the 18% target by 1.9 percentage points, beyond the amber tolerance of 10% of 18% (1.8 percentage points).",
      ],
      [
        ctx(85, { polarity: "higher-is-better", target: 90, tolerance: abs(5) }),
        "amber",
        "85.0% is worse than the 90% target by 5 percentage points; amber tolerance is 5 points.",
      ],
      [
        ctx(91.25, { polarity: "higher-is-better", decimals: 2, target: 90 }),
        "green",
        "91.25% is better than the 90% target by 1.25 percentage points.",
      ],
      [
        ctx(40, { unit: "days", decimals: 0, target: 35, tolerance: abs(7) }),
        "amber",
        "40 days is worse than the 35 days target by 5 days; amber tolerance is 7 days.",
      ],
      [
        ctx(1234, {
          unit: "count",
          decimals: 0,
          polarity: "higher-is-better",
          target: 1500,
          tolerance: abs(100),
        }),
        "red",
        "1,234 is worse than the 1,500 target by 266, beyond the amber tolerance of 100.",
      ],
      [
        ctx(412.9, { unit: "rate-per-10k", target: 400, tolerance: abs(20) }),
        "amber",
        "412.9 is worse than the 400 target by 12.9 per 10,000; amber tolerance is 20 per 10,000.",
      ],
    ])("%# → %s", (context, status, reason) => {
      const r = evaluateRag(context, targetOnly);
      expect(r).toEqual({ status, basis: "target", reason });
    });

    it("the row tolerance overrides the rule's, and blue can be turned off", () => {
      const policy: RagPolicy = { defaults: [{ kind: "target", tolerance: abs(0.5), blue: false, id: "t" }] };
      expect(evaluateRag(ctx(19.4, { target: 18 }), policy)).toMatchObject({ status: "red", ruleId: "t" });
      expect(evaluateRag(ctx(19.4, { target: 18, tolerance: abs(2) }), policy).status).toBe("amber");
      expect(evaluateRag(ctx(14, { target: 18, stretch: 15 }), policy).status).toBe("green");
    });

    it("gives blue only when the target is met too (a stretch on the wrong side of the target is ignored)", () => {
      expect(evaluateRag(ctx(19, { target: 18, stretch: 20, tolerance: abs(2) }), targetOnly)).toEqual({
        status: "amber",
        basis: "target",
        reason: "19.0% is worse than the 18% target by 1 percentage point; amber tolerance is 2 points.",
      });
    });
  });

  describe("benchmark rules", () => {
    const benchmarks = {
      england: { value: 21.5 },
      region: { value: 17.2, label: "the South West" },
      neighbours: { value: null },
    };
    it.each([
      [
        { kind: "benchmark", against: "england" },
        ctx(19.4, { benchmarks }),
        "green",
        "19.4% is better than England (21.5%) by 2.1 percentage points.",
      ],
      [
        { kind: "benchmark", against: "region", tolerance: abs(3) },
        ctx(19.4, { benchmarks }),
        "amber",
        "19.4% is worse than the South West (17.2%) by 2.2 percentage points; amber tolerance is 3 points.",
      ],
      [
        { kind: "benchmark", against: "region", tolerance: rel(5) },
        ctx(19.4, { benchmarks }),
        "red",
        "19.4% is worse than the South West (17.2%) by 2.2 percentage points, beyond the amber tolerance of 5% of 17.2% (0.86 percentage points).",
      ],
      [
        { kind: "benchmark", against: "england", method: "significance" },
        ctx(19.4, { benchmarks, current: { value: 19.4, status: "ok", lower: 17.1, upper: 21.9 } }),
        "amber",
        "19.4% (95% confidence interval 17.1% to 21.9%) is not significantly different from England (21.5%).",
      ],
      [
        { kind: "benchmark", against: "england", method: "significance", similar: "green" },
        ctx(19.4, { benchmarks, current: { value: 19.4, status: "ok", lower: 17.1, upper: 21.9 } }),
        "green",
        "19.4% (95% confidence interval 17.1% to 21.9%) is not significantly different from England (21.5%).",
      ],
      [
        { kind: "benchmark", against: "england", method: "significance" },
        ctx(19.4, { benchmarks, current: { value: 19.4, status: "ok", lower: 18.1, upper: 20.7 } }),
        "green",
        "19.4% (95% confidence interval 18.1% to 20.7%) is significantly better than England (21.5%).",
      ],
      [
        { kind: "benchmark", against: "region", method: "significance" },
        ctx(19.4, {
          benchmarks,
          current: { value: 19.4, status: "ok", lower: 18.5, upper: 20.3, confidence: 0.998 },
        }),
        "red",
        "19.4% (99.8% confidence interval 18.5% to 20.3%) is significantly worse than the South West (17.2%).",
      ],
    ] as const)("%j → %s", (rule, context, status, reason) => {
      expect(evaluateRag(context, { defaults: [rule] })).toEqual({ status, basis: "benchmark", reason });
    });

    it("falls through when the benchmark or the interval is missing", () => {
      const policy: RagPolicy = {
        defaults: [
          { kind: "benchmark", against: "neighbours" },
          { kind: "benchmark", against: "england", method: "significance" },
        ],
      };
      expect(evaluateRag(ctx(19.4, { benchmarks }), policy)).toEqual({
        status: "not-rated",
        basis: "none",
        reason:
          "Not rated: no rule could rate this (no value for the statistical neighbour average; no confidence interval to compare with England).",
      });
    });
  });

  describe("quartile and direction rules", () => {
    it.each([
      [
        { kind: "quartile" },
        ctx(19.4, { band: "B", rank: 40, rankOf: 152 }),
        "green",
        "quartile",
        "Quartile band B: in the second-best quarter of local authorities nationally (ranked 40 of 152).",
      ],
      [
        { kind: "quartile" },
        ctx(19.4, { band: "C" }),
        "amber",
        "quartile",
        "Quartile band C: in the second-worst quarter of local authorities nationally.",
      ],
      [
        { kind: "quartile" },
        ctx(19.4, { band: "D" }),
        "red",
        "quartile",
        "Quartile band D: in the worst quarter of local authorities nationally.",
      ],
      [
        { kind: "quartile", bands: { B: "amber" } },
        ctx(19.4, { band: "B" }),
        "amber",
        "quartile",
        "Quartile band B: in the second-best quarter of local authorities nationally.",
      ],
      [
        { kind: "direction" },
        ctx(23, { direction: { direction: "improving", reason: "Down from 66 to 23; lower is better" } }),
        "green",
        "direction",
        "Improving: down from 66 to 23; lower is better.",
      ],
      [
        { kind: "direction" },
        ctx(66, { direction: { direction: "worsening", reason: "Up from 23 to 66; lower is better" } }),
        "red",
        "direction",
        "Worsening: up from 23 to 66; lower is better.",
      ],
      [
        { kind: "direction" },
        ctx(34, { direction: { direction: "no-change", reason: "No change: 34% in 2023/24 and 2024/25" } }),
        "amber",
        "direction",
        "No change: 34% in 2023/24 and 2024/25.",
      ],
      [
        { kind: "direction", noChange: "green" },
        ctx(34.5, {
          direction: {
            direction: "no-change",
            reason: "Up from 34.0% to 34.5%, within the no-change band of 1 percentage point",
          },
        }),
        "green",
        "direction",
        "No change: up from 34.0% to 34.5%, within the no-change band of 1 percentage point.",
      ],
    ] as const)("%j → %s", (rule, context, status, basis, reason) => {
      expect(evaluateRag(context, { defaults: [rule] })).toEqual({ status, basis, reason });
    });
  });

  describe("never rated", () => {
    it.each([
      [ctx(null, { target: 18 }), "No value for 2024/25: suppressed [c]."],
      [
        { ...ctx(1, { target: 18 }), current: { value: null, status: "not-available" } } as RagContext,
        "No value: not available [x].",
      ],
      [{ ...ctx(1, { target: 18 }), current: null } as RagContext, "No value: no figure."],
      [ctx(Number.NaN, { target: 18 }), "No value for 2024/25: no figure."],
      [
        ctx(346, { polarity: "no-judgement", target: 300, band: "A" }),
        "Not rated: Re-referrals is not judged (neither higher nor lower is better).",
      ],
      [
        ctx(19.4),
        "Not rated: no rule could rate this (no target; no quartile band; no direction of travel).",
      ],
      [
        ctx(19.4, {
          direction: { direction: "not-comparable", reason: "No value for 2023/24: suppressed [c]" },
        }),
        "Not rated: no rule could rate this (no target; no quartile band; direction of travel not comparable: no value for 2023/24: suppressed [c]).",
      ],
    ])("%# → not-rated", (context, reason) => {
      expect(evaluateRag(context)).toEqual({ status: "not-rated", basis: "none", reason });
    });

    it("rates a low-reliability value that has a number", () => {
      expect(
        evaluateRag({ ...ctx(19.4, { target: 20 }), current: { value: 19.4, status: "low-reliability" } })
          .status,
      ).toBe("green");
    });
    it("says when the policy has no rules", () => {
      expect(evaluateRag(ctx(19.4, { target: 20 }), { defaults: [] }).reason).toBe(
        "Not rated: no rule could rate this (the policy has no rules).",
      );
    });
    it("throws a coded error for an unknown rule kind (a bad config)", () => {
      expect(() => evaluateRag(ctx(19.4), { defaults: [{ kind: "magic" } as never] })).toThrowError(
        /unknown RAG rule kind "magic"/,
      );
    });
  });

  describe("policies", () => {
    const policy: RagPolicy = {
      defaults: [{ kind: "quartile" }],
      indicators: {
        "re-referrals-12m": [{ kind: "target", id: "local-target" }, { kind: "defaults" }],
        "cla-rate": [{ kind: "direction" }],
      },
    };
    it("matches the ragRulesFor JSDoc example and the defaultRagPolicy example", () => {
      expect(
        ragRulesFor(
          { defaults: [{ kind: "quartile" }], indicators: { x: [{ kind: "target" }, { kind: "defaults" }] } },
          "x",
        ).map((r) => r.kind),
      ).toEqual(["target", "quartile"]);
      expect(defaultRagPolicy.defaults.map((r) => r.kind)).toEqual(["target", "quartile", "direction"]);
    });
    it("indicator rules replace the defaults unless they splice them in", () => {
      expect(ragRulesFor(policy, "cla-rate").map((r) => r.kind)).toEqual(["direction"]);
      expect(ragRulesFor(policy, "other").map((r) => r.kind)).toEqual(["quartile"]);
      expect(ragRulesFor(policy, "toString").map((r) => r.kind)).toEqual(["quartile"]);
    });
    it("the first rule that can rate decides; a rule without data falls through", () => {
      expect(evaluateRag(ctx(19.4, { band: "D", target: 20 }), policy)).toEqual({
        status: "green",
        basis: "target",
        reason: "19.4% is better than the 20% target by 0.6 percentage points.",
        ruleId: "local-target",
      });
      expect(evaluateRag(ctx(19.4, { band: "D" }), policy)).toMatchObject({
        status: "red",
        basis: "quartile",
      });
    });
    it("is JSON round-trippable", () => {
      expect(JSON.parse(JSON.stringify(policy))).toEqual(policy);
    });
  });
});
