// Pins the exact JSON of two Scorecards, so speed-ups of buildScorecard cannot change a byte of output:
// the 60-row benchmark input (bench/scorecard.bench.mjs, ~93,000 observations) and the example input.
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
    expect(sha256(json)).toBe("3d5989f66665e27cc01c0f54b71888671bdbae657617d0d3027d7bfdb9df80e1");
  });

  it("for the example input", () => {
    const json = JSON.stringify(buildScorecard(exampleInput()));
    expect(sha256(json)).toBe("258c6010ca3032abebaa87c2cecd24b85e6b9909e61dbefef8f2453d851ca7b8");
  });
});
