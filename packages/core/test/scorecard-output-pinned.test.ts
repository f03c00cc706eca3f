// Pins the exact JSON of two Scorecards, so speed-ups of buildScorecard cannot change a byte of output:
// the 60-row benchmark input (bench/scorecard.bench.mjs, ~93,000 observations) and the example input.
// (Raising schemaVersion to 2 changed these two hashes and nothing else: with `"schemaVersion":1` put back, the
// JSON hashes as before.)
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scorecardBenchInput } from "../bench/_lib/scorecard-bench-input.mjs";
import { buildScorecard, financialYear, month } from "../src/index.js";
import { exampleInput } from "./scorecard-example.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("buildScorecard output is pinned", () => {
  it("for the 60-row benchmark input", () => {
    const json = JSON.stringify(buildScorecard(scorecardBenchInput({ financialYear, month })));
    expect(json.length).toBe(313392);
    expect(sha256(json)).toBe("33aa036845f0d1719f7c592cdab8c8c6edc657958d490e9fe3a995f1af6e91d3");
  });

  it("for the example input", () => {
    const json = JSON.stringify(buildScorecard(exampleInput()));
    expect(sha256(json)).toBe("615e2c723127d49c63a8cf93a1e118c0f4d40ed8b48e7039fce1490bb06b5917");
  });
});
