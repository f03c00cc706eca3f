// Fingertips' single-value target comparison (value against a goal; meeting it counts as better) is kpikit's
// target rule with no tolerance: every SingleValueTarget(value) row of
// data/methods/fingertips/fingertips_target_cases.csv. Fingertips' CI-based and range targets
// (amber for a value between two limits, or a CI containing the goal) are not kpikit rules; a tolerance band
// plays that part (docs/rag-rules.md).
import { describe, expect, it } from "vitest";
import { readMethodsCsv } from "../_test/shared-data.js";
import { evaluateRag } from "./index.js";

const rows = readMethodsCsv("fingertips/fingertips_target_cases.csv");
const single = rows.filter((r) => r.method === "SingleValueTarget(value)");

describe("Fingertips single-value targets", () => {
  it("has the fixture rows", () => {
    expect(rows.length).toBe(22);
    expect(single.length).toBe(6);
  });
  it.each(single.map((r) => [r.value, r.polarity_id, r.lower_limit, r.rag, r] as const))(
    "value %s (polarity %s) against target %s is %s",
    (_v, _p, _t, _rag, r) => {
      const polarity = r.polarity_id === "1" ? "higher-is-better" : "lower-is-better";
      const result = evaluateRag(
        {
          indicator: { id: "x", polarity, unit: "count", decimals: 0 },
          current: { value: Number(r.value), status: "ok" },
          target: Number(r.lower_limit),
        },
        { defaults: [{ kind: "target" }] },
      );
      expect(result.status).toBe((r.rag ?? "").toLowerCase());
      expect(result.basis).toBe("target");
    },
  );
});
