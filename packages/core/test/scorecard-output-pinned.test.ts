// Pins the exact JSON of two Scorecards, so speed-ups of buildScorecard cannot change a byte of output:
// the 60-row benchmark input (bench/scorecard.bench.mjs, ~93,000 observations) and the example input.
// (Raising schemaVersion to 2, and then adding each neighbour aggregate's `comparison`, changed these hashes and
// nothing else: with `"schemaVersion":1` put back and the comparisons taken out, the JSON hashes as before.
// Each row's changeRating and smallNumbers then changed them again, with the direction rule and the summary's
// improving/worsening now seeing the change's rating: in the example, only missing from care's rating and the
// summary's counts and biggest movers differ once those two fields are taken out. The key's rules in policy order
// (keyRules) and the example glossary's LAIT and SSDA903 entries changed them once more. Ranking like for like
// changed the 60-row hash: the 12 rows whose current figure is for Mar 2025 and whose benchmarks are for 2024/25
// are now ranked and banded with the LA's own 2024/25 figure, not the month's. A count's England and region
// being totals, not benchmarks, changed the 60-row hash again: only the 15 count rows' england and region
// (value null, status not-applicable, display [z]) differ; their ratings and every other field are as before.)
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scorecardBenchInput } from "../bench/_lib/scorecard-bench-input.mjs";
import { buildScorecard, financialYear, month } from "../src/index.js";
import { exampleInput } from "./scorecard-example.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("buildScorecard output is pinned", () => {
  it("for the 60-row benchmark input", () => {
    const json = JSON.stringify(buildScorecard(scorecardBenchInput({ financialYear, month })));
    expect(json.length).toBe(331748);
    expect(sha256(json)).toBe("59dcecc420f25de93a580e0e05eb9f3a0a23e122c1870629ccec8610942df0a6");
  });

  it("for the example input", () => {
    const json = JSON.stringify(buildScorecard(exampleInput()));
    expect(sha256(json)).toBe("19ee548df32e3338ad1f9f783b193e2650f1c43e93d29bedab33fe50c7252b5b");
  });
});
