// docs/rag-rules.md is a guide for analysts: its JSON must be valid policies and its reasons real output.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Polarity, Unit } from "../indicator/types.js";
import { parseRagPolicy } from "../schema/rag-policy.js";
import { defaultRagPolicy, evaluateRag, type RagContext, type RagPolicy } from "./index.js";

const doc = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), "../../../../docs/rag-rules.md"),
  "utf8",
);
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
  (m) => JSON.parse(m[1] as string) as Record<string, unknown>,
);

const period = {
  kind: "financial-year",
  startYear: 2024,
  start: "2024-04-01",
  end: "2025-03-31",
  label: "2024/25",
} as const;
const row = (
  value: number | null,
  more: Partial<RagContext> = {},
  polarity: Polarity = "lower-is-better",
  unit: Unit = "percent",
  decimals = 1,
): RagContext => ({
  indicator: { id: "re-referrals-12m", shortTitle: "CIN rate", polarity, unit, decimals },
  current: { value, status: value === null ? "suppressed" : "ok", period },
  ...more,
});
const policyAt = (i: number) => jsonBlocks[i] as unknown as RagPolicy;
const ruleAt = (i: number) => ({ defaults: [jsonBlocks[i]] }) as unknown as RagPolicy;

describe("docs/rag-rules.md", () => {
  it("has JSON examples, each a valid policy or rule", () => {
    expect(jsonBlocks.length).toBeGreaterThanOrEqual(8);
    for (const block of jsonBlocks) {
      const policy = "defaults" in block ? block : { defaults: [block] };
      expect(parseRagPolicy(policy)).toMatchObject({ ok: true });
    }
    expect(policyAt(0)).toEqual(defaultRagPolicy);
  });

  const abs2 = { defaults: [{ kind: "target", tolerance: { kind: "absolute", value: 2 } }] } as RagPolicy;
  it.each<[string, RagContext, RagPolicy]>([
    ["suppressed", row(null, { target: 18 }), defaultRagPolicy],
    ["no-judgement", row(346, { band: "A" }, "no-judgement", "rate-per-10k"), defaultRagPolicy],
    ["nothing applies", row(19.4), defaultRagPolicy],
    ["target green", row(16.2, { target: 18 }), policyAt(1)],
    ["target meets", row(18, { target: 18 }), policyAt(1)],
    ["target amber", row(19.4, { target: 18 }), policyAt(1)],
    ["target red", row(21.4, { target: 18 }), policyAt(1)],
    ["target red, no tolerance", row(21.4, { target: 18 }), { defaults: [{ kind: "target" }] }],
    ["relative amber", row(83.5, { target: 90 }, "higher-is-better"), ruleAt(2)],
    ["relative red", row(79.9, { target: 90 }, "higher-is-better"), ruleAt(2)],
    ["stretch", row(14.5, { target: 18, stretch: 15 }), abs2],
    ["neighbours amber", row(19.4, { benchmarks: { neighbours: { value: 18.7 } } }), policyAt(3)],
    ["neighbours red", row(19.4, { benchmarks: { neighbours: { value: 17.1 } } }), policyAt(3)],
    ["neighbours missing", row(19.4, { benchmarks: { neighbours: { value: null } } }), policyAt(3)],
    [
      "significance similar",
      {
        ...row(19.4, { benchmarks: { england: { value: 21.5 } } }),
        current: { value: 19.4, status: "ok", lower: 17.1, upper: 21.9 },
      },
      policyAt(4),
    ],
    [
      "significance better",
      {
        ...row(19.4, { benchmarks: { england: { value: 21.5 } } }),
        current: { value: 19.4, status: "ok", lower: 18.1, upper: 20.7 },
      },
      policyAt(4),
    ],
    ["band B", row(82.7, { band: "B", rank: 73, rankOf: 151 }, "higher-is-better"), policyAt(5)],
    ["band D", row(69.3, { band: "D", rank: 142, rankOf: 151 }, "higher-is-better"), policyAt(5)],
    [
      "improving",
      row(
        23,
        { direction: { direction: "improving", reason: "Down from 66 to 23; lower is better" } },
        "lower-is-better",
        "count",
        0,
      ),
      policyAt(6),
    ],
    [
      "no change",
      row(34, { direction: { direction: "no-change", reason: "No change: 34.0% in 2023/24 and 2024/25" } }),
      policyAt(6),
    ],
    ["per indicator, target", row(19.4, { target: 18, band: "D" }), policyAt(7)],
    ["per indicator, defaults", row(19.4, { band: "D", rank: 140, rankOf: 152 }), policyAt(7)],
  ])("the reason shown for %s is what evaluateRag says", (_name, context, policy) => {
    const result = evaluateRag(context, policy);
    const reason = result.reason.replace(/\.$/, "");
    expect(doc.replace(/\s+/g, " ")).toContain(reason);
    // In a table, the rating in the same row must be the one evaluateRag gives (cells may be padded).
    const tableRow = doc
      .split("\n")
      .map((line) => line.replace(/ {2,}/g, " "))
      .find((line) => line.startsWith("|") && line.includes(reason));
    if (tableRow)
      expect(tableRow).toContain(`| ${result.status === "not-rated" ? "not rated" : result.status} |`);
  });

  it("shows parseRagPolicy's real messages", () => {
    const r = parseRagPolicy({
      defaults: [
        { kind: "target", tolerence: { kind: "absolute", value: 2 } },
        { kind: "benchmark", against: "wales" },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const issue of r.issues) expect(doc).toContain(issue.message);
  });

  it("names the deciding rule", () => {
    expect(evaluateRag(row(19.4, { target: 18 }), policyAt(7)).ruleId).toBe("plan-target");
  });
});
