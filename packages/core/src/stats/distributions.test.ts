import { describe, expect, it } from "vitest";
import { expectClose } from "../_test/shared-data.js";
import {
  chiSquareQuantile,
  gammaQuantile,
  normalCdf,
  normalQuantile,
  studentTQuantile,
} from "./distributions.js";

// Reference values: R's qnorm/qt/qchisq, cross-checked with SciPy (norm.ppf, t.ppf, chi2.ppf, gamma.ppf).
describe("distributions", () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
    [0.025, -1.959963984540054],
    [1e-10, -6.361340902404056],
    [0.5, 0],
    [0.6, 0.2533471031357997],
  ])("normalQuantile(%s)", (p, z) => expectClose(normalQuantile(p), z, `qnorm(${p})`, 1e-14));

  it("normalCdf inverts normalQuantile", () => {
    expectClose(normalCdf(1.959963984540054), 0.975, "pnorm", 1e-15);
    expectClose(normalCdf(-6.361340902404056), 1e-10, "pnorm tail", 1e-13);
  });

  it.each([
    [0.975, 7, 2.364624251592785],
    [0.999, 1, 318.30883898555],
    [0.999, 4, 7.173182219782],
    [0.975, 100, 1.983971518523552],
    [0.975, 1000, 1.9623390808264083],
    [0.999, 3.5, 8.315567604516115],
    [0.9995, 2, 31.599054576445365],
    [0.001, 4, -7.173182219782],
  ])("studentTQuantile(%s, %s)", (p, df, t) =>
    expectClose(studentTQuantile(p, df), t, `qt(${p}, ${df})`, 1e-12),
  );

  it.each([
    [0.975, 2, 7.377758908227871],
    [0.998, 1, 9.549535706083237],
    [0.999, 1, 10.827566170662733],
    [0.025, 2000, 2 * 938.9730184076952],
    [0.001, 0.5, 1.3499395786230753e-12],
  ])("chiSquareQuantile(%s, %s)", (p, df, x) =>
    expectClose(chiSquareQuantile(p, df), x, `qchisq(${p}, ${df})`, 1e-12),
  );

  it.each([
    [0.975, 1, 3.6888794541139354],
    [0.3, 0.2, 0.0015877907243441144],
    [0.999, 250.5, 302.2718285672158],
  ])("gammaQuantile(%s, %s)", (p, shape, x) =>
    expectClose(gammaQuantile(p, shape), x, `qgamma(${p}, ${shape})`, 1e-12),
  );

  it("documents its examples", () => {
    expect(normalCdf(1.959963984540054).toFixed(15)).toBe("0.975000000000000");
    expect(normalQuantile(0.975).toFixed(14)).toBe("1.95996398454005");
    expect(studentTQuantile(0.975, 7).toFixed(14)).toBe("2.36462425159278");
    expect(chiSquareQuantile(0.975, 2).toFixed(14)).toBe("7.37775890822787");
    expect(gammaQuantile(0.975, 1).toFixed(14)).toBe("3.68887945411394");
  });

  it("throws for probabilities outside [0, 1] and handles the ends", () => {
    expect(() => normalQuantile(1.5)).toThrow(/probability/);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(gammaQuantile(0.5, 0)).toBe(0);
    // p ≈ x^a / Γ(a + 1) puts this quantile near 1e-600, which underflows to 0 (SciPy and R agree).
    expect(gammaQuantile(1e-6, 0.01)).toBe(0);
    expect(() => studentTQuantile(0.5, 0)).toThrow(/degrees of freedom/);
  });
});
