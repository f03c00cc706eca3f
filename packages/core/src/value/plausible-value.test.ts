import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Unit } from "../indicator/types.js";
import { implausibleValue } from "./plausible-value.js";

describe("implausibleValue", () => {
  it.each<[number | null, Unit, number | undefined, number | undefined, string | undefined]>([
    [19.4, "percent", undefined, undefined, undefined],
    [100, "percent", undefined, undefined, undefined],
    [0, "percent", undefined, undefined, undefined],
    [100.1, "percent", undefined, undefined, "above 100"],
    [-0.5, "percent", undefined, undefined, "below 0"],
    [-1, "count", undefined, undefined, "negative count"],
    [0, "count", undefined, undefined, undefined],
    [-4, "days", undefined, undefined, "negative"],
    [346, "days", undefined, undefined, undefined],
    [1e32, "count", undefined, undefined, "too large"],
    [1e32, "score", undefined, undefined, "too large"],
    [-3, "score", undefined, undefined, undefined],
    [Number.NaN, "count", undefined, undefined, "not a number"],
    [null, "percent", undefined, undefined, undefined],
    [50, "percent", 12, 10, "larger than its denominator"],
    [50, "percent", 5, 10, undefined],
    [12, "rate-per-10k", 120, 100, undefined],
    [50, "percent", -1, 10, "negative"],
    [50, "percent", 1.5, 10, "whole number"],
    [null, "percent", 11, 10, "larger than its denominator"],
  ])("%s %s (%s/%s) → %s", (value, unit, numerator, denominator, expected) => {
    const why = implausibleValue({
      value,
      unit,
      ...(numerator === undefined ? {} : { numerator }),
      ...(denominator === undefined ? {} : { denominator }),
    });
    if (expected === undefined) expect(why).toBeUndefined();
    else expect(why).toContain(expected);
  });

  it("accepts every percentage from 0 to 100 and refuses every one outside", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (v) => {
        const why = implausibleValue({ value: v, unit: "percent" });
        expect(why === undefined).toBe(v >= 0 && v <= 100);
      }),
    );
  });
});
