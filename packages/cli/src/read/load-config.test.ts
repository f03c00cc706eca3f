import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CONFIG_BYTES, parseConfigText } from "./load-config.js";

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

describe("hostile and broken YAML: always issues with a line and column, never a throw", () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
    "f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  ].join("\n");
  const deepBlock = Array.from({ length: 40 }, (_, i) => `${" ".repeat(i)}k:`).join("\n");
  it.each([
    ["an alias bomb", bomb, "config-aliases", 2, 8],
    ["101 aliases", `a: &a 1\nb: [${Array(101).fill("*a").join(",")}]\n`, "config-aliases", 2, 5],
    // The 32nd bracket is the 33rd level (the top mapping is the first).
    ["flow lists 40 deep", `a: ${"[".repeat(40)}${"]".repeat(40)}`, "config-too-deep", 1, 35],
    ["block mappings 40 deep", deepBlock, "config-too-deep", 33, 33],
    ["a duplicate key", "title: a\ntitle: b\n", "config-syntax", 2, 1],
    ["a tab as indentation", "sections:\n\t- title: x\n", "config-syntax", 2, 1],
    ["a NUL byte", "title: a\nx: \u0000\n", "config-not-text", 2, 4],
    ["a zip header", "PK\u0003\u0004\u0014\u0000", "config-not-text", 1, 3],
    ["an unknown alias", "title: *nothing\n", "config-syntax", 1, 8],
    ["two documents", "title: a\n---\ntitle: b\n", "config-syntax", 2, 1],
    ["a bare string", "just words", "bad-config", 1, 1],
  ])("%s", async (_, text, code, row, column) => {
    const r = await parseConfigText(text, "c.yaml");
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code, file: "c.yaml", row, column });
    for (const issue of r.issues) {
      expect(issue.message).not.toMatch(/call stack|resource exhaustion|Excessive/i);
      expect(issue.row).toBeGreaterThanOrEqual(1);
      expect(issue.column).toBeGreaterThanOrEqual(1);
    }
  });

  // So deep that the YAML engine itself runs out of stack: still an issue on the first line, in the project's words.
  it.each([
    ["flow lists", `a: ${"[".repeat(20_000)}${"]".repeat(20_000)}`],
    ["block lists", Array.from({ length: 5000 }, (_, i) => `${" ".repeat(i * 2)}-`).join("\n")],
  ])("%s nested thousands deep", async (_, text) => {
    const r = await parseConfigText(text.slice(0, MAX_CONFIG_BYTES), "c.yaml");
    expect(r.issues[0]).toMatchObject({ code: "config-too-deep", file: "c.yaml" });
    expect(r.issues[0]?.message).toBe("the config nests lists and mappings too deeply (at most 32 levels)");
  });

  it("names the duplicated key", async () => {
    const r = await parseConfigText(
      "title: a\ncomparators:\n  aggregate: mean\n  aggregate: median\n",
      "c.yaml",
    );
    expect(r.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [4, 3, 'the key "aggregate" appears twice in the same mapping; keep one'],
    ]);
  });

  it("reads a config that uses a few aliases", async () => {
    const r = await parseConfigText(
      "rag:\n  defaults: &rules\n    - { kind: target, tolerance: 2 }\n  indicators:\n    s47-to-icpc: *rules\n",
      "c.yaml",
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.config.rag?.indicators?.["s47-to-icpc"]).toEqual(r.config.rag?.defaults);
  });

  it("refuses a config over the size limit before parsing it", async () => {
    const r = await parseConfigText(`title: ${"x".repeat(MAX_CONFIG_BYTES)}\n`, "c.yaml");
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([["config-too-large", 1, 1]]);
  });

  // Any text at all (printable, control characters, YAML punctuation, deep brackets): a result, never a throw,
  // and every issue located.
  it("gives located issues for any text", async () => {
    const yamlish = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "title",
            "sections",
            ":",
            " ",
            "\n",
            "  ",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ",",
            "&a ",
            "*a",
            "\t",
          ),
          fc.constantFrom(
            '"',
            "'",
            "#",
            "|",
            ">",
            "---",
            "!!str ",
            "? ",
            "<<: ",
            "\u0000",
            "\r\n",
            "%YAML 1.2\n",
          ),
          fc.string({ maxLength: 4 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(""));
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        const r = await parseConfigText(text, "c.yaml");
        if (r.ok) return;
        expect(r.issues.length).toBeGreaterThan(0);
        for (const issue of r.issues) {
          expect(issue.file).toBe("c.yaml");
          expect(issue.row).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeDefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});
