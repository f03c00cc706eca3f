import { describe, expect, it } from "vitest";
import { type ParsedValue, parseValue } from "./parse-value.js";

describe("parseValue", () => {
  it("JSDoc examples", () => {
    expect(parseValue("19.4%")).toEqual({ kind: "number", value: 19.4, unit: "percent" });
    expect(parseValue("75-77%")).toEqual({ kind: "range", low: 75, high: 77, value: 76, unit: "percent" });
    expect(parseValue("[c]")).toEqual({ kind: "status", status: "suppressed", marker: "[c]" });
  });

  it.each<[string, ParsedValue]>([
    ["19.4%", { kind: "number", value: 19.4, unit: "percent" }],
    ["19.4 %", { kind: "number", value: 19.4, unit: "percent" }],
    ["346 days", { kind: "number", value: 346, unit: "days" }],
    ["1 day", { kind: "number", value: 1, unit: "days" }],
    ["12 weeks", { kind: "number", value: 12, unit: "weeks" }],
    ["23.5 FTE", { kind: "number", value: 23.5, unit: "fte" }],
    ["45.2 per 10,000", { kind: "number", value: 45.2, unit: "rate-per-10k" }],
    ["23", { kind: "number", value: 23 }],
    ["0", { kind: "number", value: 0 }],
    ["1,234", { kind: "number", value: 1234 }],
    ["1,234,567.5", { kind: "number", value: 1234567.5 }],
    ["0.5", { kind: "number", value: 0.5 }],
    [".5", { kind: "number", value: 0.5 }],
    ["+3.9", { kind: "number", value: 3.9 }],
    ["-5", { kind: "number", value: -5 }],
    ["\u22125", { kind: "number", value: -5 }],
    ["\u22123.9%", { kind: "number", value: -3.9, unit: "percent" }],
    ["  42  ", { kind: "number", value: 42 }],
    ["75-77%", { kind: "range", low: 75, high: 77, value: 76, unit: "percent" }],
    ["75%-77%", { kind: "range", low: 75, high: 77, value: 76, unit: "percent" }],
    ["75 \u2013 77%", { kind: "range", low: 75, high: 77, value: 76, unit: "percent" }],
    ["10 to 20 days", { kind: "range", low: 10, high: 20, value: 15, unit: "days" }],
    ["3-4", { kind: "range", low: 3, high: 4, value: 3.5 }],
    ["12.3 [u]", { kind: "number", value: 12.3, status: "low-reliability", marker: "[u]" }],
    ["k", { kind: "status", status: "suppressed", marker: "k", roundsToZero: true }],
    ["low", { kind: "status", status: "suppressed", marker: "low", roundsToZero: true }],
    ["[k]", { kind: "status", status: "suppressed", marker: "[k]", roundsToZero: true }],
    ["[low]", { kind: "status", status: "suppressed", marker: "[low]", roundsToZero: true }],
    ["<5", { kind: "status", status: "suppressed", marker: "<5" }],
    ["< 10", { kind: "status", status: "suppressed", marker: "< 10" }],
    // What a demanding user pastes from a spreadsheet.
    ["1,234.5", { kind: "number", value: 1234.5 }],
    [" 19.4 % ", { kind: "number", value: 19.4, unit: "percent" }],
    ["19.4\u00a0%", { kind: "number", value: 19.4, unit: "percent" }],
    ["0.5 weeks", { kind: "number", value: 0.5, unit: "weeks" }],
    ["3 - 5", { kind: "range", low: 3, high: 5, value: 4 }],
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
  ])("%j", (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });

  it.each([
    ["c", "suppressed"],
    ["[c]", "suppressed"],
    ["C", "suppressed"],
    ["x", "not-available"],
    ["[x]", "not-available"],
    ["z", "not-applicable"],
    ["[z]", "not-applicable"],
    ["u", "low-reliability"],
    ["[u]", "low-reliability"],
    ["-", "not-available"],
    ["\u2013", "not-available"],
    ["..", "not-available"],
    [":", "not-available"],
    ["n/a", "not-applicable"],
    ["N/A", "not-applicable"],
  ])("%j is the status %s, never a number", (text, status) => {
    expect(parseValue(text)).toEqual({ kind: "status", status, marker: text.trim() });
  });

  it.each([
    ["abc", "unrecognised text"],
    ["1,23", "thousands separators"],
    ["12,5", "thousands separators"],
    ["77-75%", "low end of a range is above"],
    ["12 apples", "not a unit"],
    ["%", "unrecognised"],
    ["1.2.3", "unrecognised"],
    ["£1,234", "money is not a unit"],
    ["1,234 GBP", "money is not a unit"],
    ["19.4pp", "percentage points are a change"],
    ["+1.4 pts", "percentage points are a change"],
    ["1 234", "unrecognised"],
    ["1.2e3", "not a unit"],
    ["*", "unrecognised"],
  ])("%j is invalid (%s)", (text, why) => {
    const r = parseValue(text);
    expect(r.kind).toBe("invalid");
    if (r.kind === "invalid") {
      expect(r.message).toContain(why);
      expect(r.message).toContain(`"${text}"`);
    }
  });
});
