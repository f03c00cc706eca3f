import { describe, expect, it } from "vitest";
import { parseConfigText } from "./load-config.js";

describe("parseConfigText", () => {
  it("reads a full YAML config", async () => {
    const r = await parseConfigText(
      [
        "title: Children's services performance",
        "sections:",
        "  - title: Front door",
        "    indicators:",
        "      - re-referrals-12m",
        "      - { id: assessments-45-days, target: 85%, tolerance: 5 }",
        "comparators:",
        "  neighbourModel: 2025",
        "  aggregate: median",
        "  highPerformers: [Leeds, 873]",
        "comparison: { previous: baseline, baseline: 2018/19 }",
        "glossary:",
        "  - { term: FACT, expansion: Families and Children Transformation }",
      ].join("\n"),
      "c.yaml",
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.config.sections?.[0]?.indicators[1]).toEqual({
        id: "assessments-45-days",
        target: "85%",
        tolerance: { kind: "absolute", value: 5 },
      });
      expect(r.config.comparators?.highPerformers).toEqual(["Leeds", "873"]);
      expect(r.config.comparison).toEqual({ previous: "baseline", baseline: "2018/19" });
    }
  });

  it("reports an unknown key with a suggestion, line and column", async () => {
    const r = await parseConfigText("title: x\ncomparators:\n  neighbourModle: 2021\n", "c.yaml");
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "unknown-key",
        file: "c.yaml",
        row: 3,
        column: 3,
        message: 'unknown key "neighbourModle"; did you mean "neighbourModel"?',
      }),
    ]);
  });

  it("reads JSON with positions too", async () => {
    const r = await parseConfigText('{\n  "title": "x",\n  "titel": "y"\n}\n', "c.json");
    expect(r.issues[0]).toMatchObject({
      code: "unknown-key",
      row: 3,
      column: 3,
      message: 'unknown key "titel"; did you mean "title"?',
    });
  });

  it("reports wrong values and syntax errors with their line", async () => {
    const bad = await parseConfigText("comparators:\n  aggregate: average\n", "c.yaml");
    expect(bad.issues[0]).toMatchObject({
      code: "bad-config",
      row: 2,
      column: 14,
      path: ["comparators", "aggregate"],
    });
    const syntax = await parseConfigText("title: [unclosed\n", "c.yaml");
    expect(syntax.issues[0]).toMatchObject({ code: "config-syntax", file: "c.yaml" });
    const empty = await parseConfigText("", "c.yaml");
    expect(empty.issues[0]).toMatchObject({ code: "empty-config", row: 1 });
  });
});

describe("rag policy and tolerances", () => {
  it("reads RAG rules and tolerances as core's shapes", async () => {
    const r = await parseConfigText(
      "tolerances: { re-referrals-12m: 10%, agency-sw-count: 2 pts }\nrag:\n  defaults:\n    - { kind: target, tolerance: 2 }\n    - { kind: benchmark, against: england }\n  indicators:\n    s47-to-icpc: [{ kind: defaults }]\n",
      "c.yaml",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.tolerances).toEqual({
      "re-referrals-12m": { kind: "relative", percent: 10 },
      "agency-sw-count": { kind: "absolute", value: 2 },
    });
    expect(r.config.rag?.defaults).toEqual([
      { kind: "target", tolerance: { kind: "absolute", value: 2 } },
      { kind: "benchmark", against: "england" },
    ]);
  });
  it("suggests keys inside a rule", async () => {
    const r = await parseConfigText(
      "rag:\n  defaults:\n    - { kind: benchmark, againts: england }\n",
      "c.yaml",
    );
    expect(r.issues.map((i) => i.message)).toContain('unknown key "againts"; did you mean "against"?');
  });
});
