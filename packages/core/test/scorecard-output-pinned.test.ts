// Pins the exact JSON of two Scorecards, so speed-ups of buildScorecard cannot change a byte of output:
// the 60-row benchmark input (bench/scorecard.bench.mjs, ~93,000 observations) and the example input.
// (Raising schemaVersion to 2, and then adding each neighbour aggregate's `comparison`, changed these hashes and
// nothing else: with `"schemaVersion":1` put back and the comparisons taken out, the JSON hashes as before.)
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scorecardBenchInput } from "../bench/_lib/scorecard-bench-input.mjs";
import { buildScorecard, financialYear, month } from "../src/index.js";
import { exampleInput } from "./scorecard-example.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("buildScorecard output is pinned", () => {
  it("for the 60-row benchmark input", () => {
    const json = JSON.stringify(buildScorecard(scorecardBenchInput({ financialYear, month })));
    expect(json.length).toBe(314983);
    expect(sha256(json)).toBe("4103fa800a5864e25e37b953de1dcb3039d56beba27fc8a384ba74315a9d05c1");
  });

  it("for the example input", () => {
    const json = JSON.stringify(buildScorecard(exampleInput()));
    expect(sha256(json)).toBe("9b46fd889ff7c33cd2c897580c1fcdd53d7be6ee22339904e263a7e70c22b093");
  });
});
