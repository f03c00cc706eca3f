import { describe, expect, it } from "vitest";
import type { Unit } from "../indicator/types.js";
import type { ObservationStatus } from "../observation/types.js";
import { formatChange, formatValue } from "./format-value.js";
import { statusMarker } from "./status-marker.js";

describe("formatValue", () => {
  it("JSDoc examples", () => {
    expect(formatValue(19.44, { unit: "percent" })).toBe("19.4%");
    expect(formatValue(1234, { unit: "count" })).toBe("1,234");
    expect(formatValue(null, { unit: "percent", status: "suppressed" })).toBe("[c]");
  });
  it.each<[number | null, Unit, number | undefined, ObservationStatus | undefined, string]>([
    [19.4, "percent", undefined, undefined, "19.4%"],
    [19.45, "percent", undefined, undefined, "19.5%"],
    [1.005, "ratio", undefined, undefined, "1.01"],
    [2.5, "count", undefined, undefined, "3"],
    [-2.5, "count", undefined, undefined, "\u22123"],
    [-0.04, "percent", undefined, undefined, "0.0%"],
    [346, "days", undefined, undefined, "346 days"],
    [1, "days", undefined, undefined, "1 day"],
    [1, "weeks", undefined, undefined, "1 week"],
    [1234567, "count", undefined, undefined, "1,234,567"],
    [1234.56, "rate-per-10k", undefined, undefined, "1,234.6"],
    [66, "percent", 0, undefined, "66%"],
    [5.3, "percent", 2, undefined, "5.30%"],
    [1e-7, "percent", 1, undefined, "0.0%"],
    [12.34, "percent", 1, "low-reliability", "12.3% [u]"],
    [12, "count", 0, "not-available", "[x]"],
    [null, "count", 0, "not-applicable", "[z]"],
    [null, "count", 0, undefined, "[x]"],
    [null, "count", 0, "low-reliability", "[u]"],
    [Number.NaN, "count", 0, undefined, "[x]"],
  ])("%s %s (decimals %s, status %s) → %s", (value, unit, decimals, status, expected) => {
    const options = {
      unit,
      ...(decimals === undefined ? {} : { decimals }),
      ...(status === undefined ? {} : { status }),
    };
    expect(formatValue(value, options)).toBe(expected);
  });
  it("refuses nonsense decimals", () => {
    expect(() => formatValue(1, { unit: "count", decimals: -1 })).toThrow(/decimals/);
  });
});

describe("formatValue rounds the decimal value half away from zero, however the binary value falls", () => {
  it.each<[number, number, string]>([
    [1.005, 2, "1.01"],
    [2.675, 2, "2.68"],
    [0.125, 2, "0.13"],
    [-0.125, 2, "−0.13"],
    [1234567.5, 0, "1,234,568"],
    [999.95, 1, "1,000.0"],
    [19.44, 1, "19.4"],
    [-0.04, 1, "0.0"],
    [123456789.125, 2, "123,456,789.13"],
  ])("%d to %d decimals is %s", (value, decimals, text) => {
    expect(formatValue(value, { unit: "count", decimals })).toBe(text);
  });
});

describe("formatChange", () => {
  it("JSDoc examples", () => {
    expect(formatChange(3.94, { unit: "percent" })).toBe("+3.9 pts");
    expect(formatChange(-43, { unit: "count" })).toBe("\u221243");
    expect(formatChange(12, { unit: "days" })).toBe("+12 days");
  });
  it.each<[number, Unit, number | undefined, string]>([
    [0, "percent", undefined, "0.0 pts"],
    [-0.04, "percent", undefined, "0.0 pts"],
    [1, "percent", 0, "+1 pt"],
    [-1.25, "percent", 1, "\u22121.3 pts"],
    [1, "days", undefined, "+1 day"],
    [-1, "weeks", undefined, "\u22121 week"],
    [1500, "count", undefined, "+1,500"],
    [2.345, "rate-per-10k", 2, "+2.35"],
  ])("%s %s (decimals %s) → %s", (delta, unit, decimals, expected) => {
    expect(formatChange(delta, decimals === undefined ? { unit } : { unit, decimals })).toBe(expected);
  });
  it("refuses a non-finite change", () => {
    expect(() => formatChange(Number.NaN, { unit: "count" })).toThrow(/finite/);
  });
});

describe("statusMarker", () => {
  it.each<[ObservationStatus, string]>([
    ["suppressed", "[c]"],
    ["not-available", "[x]"],
    ["not-applicable", "[z]"],
    ["low-reliability", "[u]"],
    ["ok", ""],
  ])("%s → %j", (status, marker) => {
    expect(statusMarker(status)).toBe(marker);
  });
});

describe("MINUS and defaultDecimals (JSDoc examples)", () => {
  it("MINUS", async () => {
    const { MINUS } = await import("./format-value.js");
    expect(formatChange(-43, { unit: "count" }) === `${MINUS}43`).toBe(true);
  });
  it.each([
    ["percent", 1],
    ["count", 0],
    ["days", 0],
    ["ratio", 2],
  ] as const)("defaultDecimals(%s) = %i", async (unit, decimals) => {
    const { defaultDecimals } = await import("./format-value.js");
    expect(defaultDecimals(unit)).toBe(decimals);
  });
});
