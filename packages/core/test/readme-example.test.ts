// The README's example, run as written (numbers and wording must stay true). The catalogue is in
// @kpikit/csc; this test reads it through the workspace alias (core itself does not depend on csc).
import { getIndicator } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { buildScorecard, financialYear } from "../src/index.js";
import { parseScorecard } from "../src/schema.js";

describe("README example", () => {
  it("prints what the README says", () => {
    const figure = (area: string, year: number, value: number) =>
      ({ indicatorId: "re-referrals-12m", area, period: financialYear(year), value, status: "ok" }) as const;

    const scorecard = buildScorecard({
      area: { code: "865", name: "Wiltshire", kind: "la" },
      generated: "2025-07-15",
      definitions: [getIndicator("re-referrals-12m")!],
      observations: [figure("865", 2023, 15), figure("865", 2024, 18.9), figure("E92000001", 2024, 21.4)],
      rows: [{ indicatorId: "re-referrals-12m", target: 18, tolerance: { kind: "absolute", value: 2 } }],
      comparators: { neighbours: [] },
    });
    const row = scorecard.rows[0]!;
    expect([row.current?.display, row.change?.display, row.direction]).toEqual([
      "18.9%",
      "+3.9 pts",
      "worsening",
    ]);
    expect(row.rag.reason).toBe(
      "18.9% is worse than the 18% target by 0.9 percentage points; amber tolerance is 2 points.",
    );
    expect(row.benchmarks.england?.display).toBe("21.4%");
    expect(parseScorecard(JSON.parse(JSON.stringify(scorecard))).ok).toBe(true);
  });
});
