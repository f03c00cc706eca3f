import { describe, expect, it } from "vitest";
import { expectClose, num, readMethodsCsv } from "../_test/shared-data.js";
import { exactPoissonInterval } from "./exact-poisson-interval.js";
import { rateWithCI } from "./rate-with-ci.js";

const method = (cell: string | undefined) => (cell === "Exact" ? "exact" : cell === "Byars" ? "byar" : null);

describe("rateWithCI (PHEindicatormethods phe_rate)", () => {
  it("matches testdata_Rate (per 100 and per 100,000; 95% and 99.8%)", () => {
    const rows = readMethodsCsv("phe/testdata_Rate__testdata_Rate.csv");
    let checked = 0;
    for (const row of rows) {
      const r = rateWithCI(num(row.Numerator), num(row.Denominator), {
        confidence: [0.95, 0.998],
        multiplier: num(row.multiplier) as number,
      });
      const label = `${row.Area} per ${row.multiplier}`;
      expectClose(r.value, num(row.value), `${label} value`);
      expectClose(r.intervals[0]?.lower, num(row.lower95_0cl), `${label} lower95`);
      expectClose(r.intervals[0]?.upper, num(row.upper95_0cl), `${label} upper95`);
      expectClose(r.intervals[1]?.lower, num(row.lower99_8cl), `${label} lower99.8`);
      expectClose(r.intervals[1]?.upper, num(row.upper99_8cl), `${label} upper99.8`);
      if (num(row.value) !== null) expect(r.method, label).toBe(method(row.method));
      checked++;
    }
    expect(checked).toBe(20);
  });

  it("matches the grouped testdata_Rate_g (per 100,000, 95%)", () => {
    const rows = readMethodsCsv("phe/testdata_Rate__testdata_Rate_g.csv");
    let checked = 0;
    for (const row of rows) {
      const r = rateWithCI(num(row.Numerator), num(row.Denominator));
      expectClose(r.value, num(row.value), `${row.Area} value`);
      expectClose(r.lower, num(row.lowercl), `${row.Area} lower`);
      expectClose(r.upper, num(row.uppercl), `${row.Area} upper`);
      if (num(row.value) !== null) expect(r.method).toBe(method(row.method));
      checked++;
    }
    expect(checked).toBe(12);
  });

  it("matches the generated per 100,000 grid (x = 0..15 and larger, x > n)", () => {
    const rows = readMethodsCsv("phe/generated/phe_rate_grid_per100k.csv");
    let checked = 0;
    for (const row of rows) {
      const r = rateWithCI(num(row.x), num(row.n), { confidence: [0.95, 0.998], multiplier: 1e5 });
      const label = `${row.x}/${row.n}`;
      expect(r.method, label).toBe(method(row.method));
      expectClose(r.value, num(row.value), `${label} value`);
      expectClose(r.intervals[0]?.lower, num(row.lower95_0cl), `${label} lower95`);
      expectClose(r.intervals[0]?.upper, num(row.upper95_0cl), `${label} upper95`);
      expectClose(r.intervals[1]?.lower, num(row.lower99_8cl), `${label} lower99.8`);
      expectClose(r.intervals[1]?.upper, num(row.upper99_8cl), `${label} upper99.8`);
      checked++;
    }
    expect(checked).toBe(29);
  });

  it("matches the generated per 10,000 grid at 95%", () => {
    const rows = readMethodsCsv("phe/generated/phe_rate_grid_per10k_95.csv");
    let checked = 0;
    for (const row of rows) {
      const r = rateWithCI(num(row.x), num(row.n), { multiplier: 1e4 });
      const label = `${row.x}/${row.n}`;
      expect(r.method, label).toBe(method(row.method));
      expectClose(r.value, num(row.value), `${label} value`);
      expectClose(r.lower, num(row.lowercl), `${label} lower`);
      expectClose(r.upper, num(row.uppercl), `${label} upper`);
      checked++;
    }
    expect(checked).toBe(29);
  });

  it("documents its examples", () => {
    const r = rateWithCI(5, 100, { multiplier: 100 });
    expect([r.method, r.value, r.lower, r.upper]).toEqual([
      "exact",
      5,
      1.6234863901184207,
      11.66833207932267,
    ]);
    expect(exactPoissonInterval(5)).toEqual({ lower: 1.6234863901184207, upper: 11.66833207932267 });
  });

  it("switches from exact to Byar at 10 and reports a negative Byar limit", () => {
    expect(rateWithCI(9, 1000).method).toBe("exact");
    expect(rateWithCI(10, 1000).method).toBe("byar");
    expect(rateWithCI(null, 1000)).toMatchObject({ status: "missing", method: null, value: null });
    expect(rateWithCI(5, 0)).toMatchObject({
      status: "invalid",
      reason: "The denominator must be greater than 0 (got 0).",
    });
    expect(rateWithCI(-5, 10).status).toBe("invalid");
  });

  it("handles large counts (exact interval for any x)", () => {
    const ci = exactPoissonInterval(1000);
    // qchisq(0.025, 2000)/2 and qchisq(0.975, 2002)/2 (reference values from SciPy's chi2.ppf).
    expectClose(ci.lower, 938.9730184076952, "lower", 1e-12);
    expectClose(ci.upper, 1063.952136016302, "upper", 1e-12);
  });
});
