import { describe, expect, it } from "vitest";
import { expectClose, num, readMethodsCsv } from "../_test/shared-data.js";
import { proportionWithCI } from "./proportion-with-ci.js";

describe("proportionWithCI (PHEindicatormethods phe_proportion)", () => {
  it("matches testdata_Prop at 95% and 99.8% with multipliers 1 and 100", () => {
    const rows = readMethodsCsv("phe/testdata_Proportion__testdata_Prop.csv");
    let checked = 0;
    for (const row of rows) {
      const result = proportionWithCI(num(row.Numerator), num(row.Denominator), {
        confidence: [0.95, 0.998],
        multiplier: num(row.multiplier) as number,
      });
      const label = `${row.Area} x${row.multiplier}`;
      expectClose(result.value, num(row.value), `${label} value`);
      expectClose(result.intervals[0]?.lower, num(row.lower95_0cl), `${label} lower95`);
      expectClose(result.intervals[0]?.upper, num(row.upper95_0cl), `${label} upper95`);
      expectClose(result.intervals[1]?.lower, num(row.lower99_8cl), `${label} lower99.8`);
      expectClose(result.intervals[1]?.upper, num(row.upper99_8cl), `${label} upper99.8`);
      expect(result.status).toBe(num(row.value) === null ? "missing" : "ok");
      checked++;
    }
    expect(checked).toBe(19);
  });

  it("matches the grouped testdata_Prop_g at 95%", () => {
    const rows = readMethodsCsv("phe/testdata_Proportion__testdata_Prop_g.csv");
    let checked = 0;
    for (const row of rows) {
      const result = proportionWithCI(num(row.Numerator), num(row.Denominator), {
        multiplier: num(row.multiplier) as number,
      });
      expectClose(result.value, num(row.value), `${row.Area} value`);
      expectClose(result.lower, num(row.lowercl), `${row.Area} lower`);
      expectClose(result.upper, num(row.uppercl), `${row.Area} upper`);
      checked++;
    }
    expect(checked).toBe(11);
  });

  it("matches the generated percentage grid (x = 0, x = n, n = 1, n = 5)", () => {
    const rows = readMethodsCsv("phe/generated/phe_proportion_grid_pct.csv");
    let checked = 0;
    for (const row of rows) {
      const result = proportionWithCI(num(row.x), num(row.n), { confidence: [0.95, 0.998], multiplier: 100 });
      const label = `${row.x}/${row.n}`;
      expect(result.method).toBe("wilson");
      expectClose(result.value, num(row.value), `${label} value`);
      expectClose(result.intervals[0]?.lower, num(row.lower95_0cl), `${label} lower95`);
      expectClose(result.intervals[0]?.upper, num(row.upper95_0cl), `${label} upper95`);
      expectClose(result.intervals[1]?.lower, num(row.lower99_8cl), `${label} lower99.8`);
      expectClose(result.intervals[1]?.upper, num(row.upper99_8cl), `${label} upper99.8`);
      checked++;
    }
    expect(checked).toBe(28);
  });

  it("documents its example", () => {
    const p = proportionWithCI(65, 100, { multiplier: 100 });
    expect([p.value, p.lower, p.upper]).toEqual([65, 55.25444329688797, 73.63575175690247]);
    expect(p.confidence).toBe(0.95);
  });

  it("gives explicit states for bad data instead of throwing", () => {
    expect(proportionWithCI(null, 100)).toMatchObject({
      status: "missing",
      value: null,
      lower: null,
      reason: "The numerator is missing.",
    });
    expect(proportionWithCI(12, 10)).toMatchObject({
      status: "invalid",
      value: null,
      reason: "The numerator (12) is greater than the denominator (10).",
    });
    expect(proportionWithCI(-1, 10).status).toBe("invalid");
    expect(proportionWithCI(0, 0).status).toBe("invalid");
    expect(proportionWithCI(Number.NaN, 10).status).toBe("missing");
  });

  it("throws on a misused confidence level", () => {
    expect(() => proportionWithCI(1, 10, { confidence: 95 })).toThrow(/between 0 and 1/);
    expect(() => proportionWithCI(1, 10, { confidence: [] })).toThrow(/at least one/);
  });
});
