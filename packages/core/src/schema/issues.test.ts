import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { zodIssuesToIssues } from "./issues.js";
import { parseScorecard } from "./parse-scorecard.js";
import { periodSchema } from "./period.js";

describe("zodIssuesToIssues", () => {
  it("JSDoc example", () => {
    expect(
      zodIssuesToIssues(
        [
          {
            code: "invalid_type",
            expected: "string",
            path: ["title"],
            message: "Invalid input: expected string, received number",
            input: 3,
          },
        ],
        "a.json",
      )[0]?.message,
    ).toBe("title: Invalid input: expected string, received number");
  });

  it("maps a ZodError with code, path, file and a located message", () => {
    const r = periodSchema.safeParse({
      kind: "month",
      year: 2020,
      month: 13,
      start: "2020-08-01",
      end: "2020-08-31",
      label: "x",
    });
    expect(r.success).toBe(false);
    const issues = zodIssuesToIssues(r.error!, "local.json");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "schema-too-big",
      path: ["month"],
      file: "local.json",
      severity: "error",
    });
    expect(issues[0]?.message.startsWith("month: ")).toBe(true);
  });

  it("writes array indexes in brackets and leaves file off when not given", () => {
    const issues = zodIssuesToIssues([
      { code: "custom", path: ["rows", 3, "rag", "status"], message: "bad", input: 1 },
    ]);
    expect(issues[0]).toEqual({
      code: "schema-custom",
      path: ["rows", 3, "rag", "status"],
      message: "rows[3].rag.status: bad",
      severity: "error",
    });
    expect("file" in issues[0]!).toBe(false);
  });
});

describe("parseScorecard", () => {
  it("JSDoc example", () => {
    expect(parseScorecard({ schemaVersion: 3 }).ok).toBe(false);
  });
  it("reads a schemaVersion 1 document (before improvement plans) as version 2, the same document without a plan", () => {
    const v2 = JSON.parse(
      readFileSync(new URL("../../test/fixtures/scorecard-example.json", import.meta.url), "utf8"),
    );
    const r = parseScorecard({ ...v2, schemaVersion: 1 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scorecard.schemaVersion).toBe(2);
      expect(r.scorecard.rows.length).toBe(v2.rows.length);
      expect("plan" in r.scorecard).toBe(false);
    }
  });
  it("names the unsupported schema version", () => {
    const r = parseScorecard({ schemaVersion: 3 }, "s.json");
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: "unsupported-schema-version",
        path: ["schemaVersion"],
        message:
          "This is a Scorecard of schemaVersion 3; this version of kpikit reads schemaVersion 2 (and 1)",
        severity: "error",
        file: "s.json",
      },
    ]);
  });
  it.each([null, 3, "x", []])("rejects %j without throwing", (value) => {
    const r = parseScorecard(value);
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.issues.length).toBeGreaterThan(0);
  });
});
