import type { ScorecardRow } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { filterRows, sortRows } from "../src/_lib/rows.js";
import { exampleScorecard } from "./fixtures/example-scorecard.js";

const ids = (rows: readonly ScorecardRow[]) => rows.map((r) => r.indicator.id);

describe("sortRows", () => {
  it("sorts ratings by severity: red, amber, green, blue, not rated (ties keep their order)", () => {
    const sorted = sortRows(exampleScorecard.rows, { key: "rating", direction: "ascending" });
    expect(sorted.map((r) => r.rag.status)).toEqual([
      "red",
      "amber",
      "green",
      "green",
      "blue",
      "not-rated",
      "not-rated",
    ]);
    expect(ids(sorted).slice(2, 4)).toEqual(["assessments-45-days", "agency-social-workers"]);
    const desc = sortRows(exampleScorecard.rows, { key: "rating", direction: "descending" });
    expect(desc[0]?.rag.status).toBe("not-rated");
    expect(desc[desc.length - 1]?.rag.status).toBe("red");
  });
  it("puts rows without a value last in both directions", () => {
    const asc = sortRows(exampleScorecard.rows, { key: "value", direction: "ascending" });
    const desc = sortRows(exampleScorecard.rows, { key: "value", direction: "descending" });
    expect(asc[asc.length - 1]?.indicator.id).toBe("care-leavers-accommodation");
    expect(desc[desc.length - 1]?.indicator.id).toBe("care-leavers-accommodation");
    expect(asc[0]?.indicator.id).toBe("re-referrals-12m"); // 18.9 is the smallest value
    expect(desc[0]?.indicator.id).toBe("icpc-15-days"); // 95
  });
  it("sorts by indicator title and by rank", () => {
    expect(ids(sortRows(exampleScorecard.rows, { key: "indicator", direction: "ascending" }))[0]).toBe(
      "agency-social-workers",
    );
    expect(ids(sortRows(exampleScorecard.rows, { key: "rank", direction: "ascending" })).slice(0, 4)).toEqual(
      ["re-referrals-12m", "assessments-45-days", "s47-to-icpc", "cla-placed-20-miles"],
    );
  });
});

describe("filterRows", () => {
  it("keeps the chosen ratings and section", () => {
    expect(ids(filterRows(exampleScorecard.rows, { ratings: ["red", "amber"] }))).toEqual([
      "re-referrals-12m",
      "cla-placed-20-miles",
    ]);
    expect(ids(filterRows(exampleScorecard.rows, { section: "Child protection" }))).toEqual([
      "icpc-15-days",
      "s47-to-icpc",
    ]);
    expect(filterRows(exampleScorecard.rows, { ratings: [], section: "" })).toHaveLength(7);
  });
});
