// Pins the exact JSON of two Scorecards, so speed-ups of buildScorecard cannot change a byte of output:
// the 60-row benchmark input (bench/scorecard.bench.mjs, ~93,000 observations) and the example input.
// (Raising schemaVersion to 2, and then adding each neighbour aggregate's `comparison`, changed these hashes and
// nothing else: with `"schemaVersion":1` put back and the comparisons taken out, the JSON hashes as before.
// Each row's changeRating and smallNumbers then changed them again, with the direction rule and the summary's
// improving/worsening now seeing the change's rating: in the example, only missing from care's rating and the
// summary's counts and biggest movers differ once those two fields are taken out.)
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scorecardBenchInput } from "../bench/_lib/scorecard-bench-input.mjs";
import { buildScorecard, financialYear, month } from "../src/index.js";
import { exampleInput } from "./scorecard-example.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("buildScorecard output is pinned", () => {
  it("for the 60-row benchmark input", () => {
    const json = JSON.stringify(buildScorecard(scorecardBenchInput({ financialYear, month })));
    expect(json.length).toBe(325891);
    expect(sha256(json)).toBe("1956f69c8874445864e6e1b04298649c45a01b8eb1a61d6d1dcaec0aceac31fb");
  });

  it("for the example input", () => {
    const json = JSON.stringify(buildScorecard(exampleInput()));
    expect(sha256(json)).toBe("e10ac2c8ffccf42b1324075b3948834cdbf35551c23b7ec14b6967f27cc14eb4");
  });
});
