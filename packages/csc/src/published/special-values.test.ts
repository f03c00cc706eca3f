import { describe, expect, it } from "vitest";
import { readCell } from "./special-values.js";

describe("readCell", () => {
  it("JSDoc examples", () => {
    expect(readCell("22.6")).toEqual({ kind: "number", value: 22.6 });
    const c = readCell("c");
    expect(c.kind === "status" && c.status).toBe("suppressed");
    expect(readCell("1,234")).toEqual({ kind: "number", value: 1234 });
    expect(readCell("abc").kind).toBe("invalid");
  });

  it.each([
    ["c", "suppressed"],
    ["x", "not-available"],
    ["z", "not-applicable"],
    ["u", "low-reliability"],
    ["k", "suppressed"],
    ["low", "suppressed"],
    ["-", "not-available"],
    ["..", "not-available"],
    [":", "not-available"],
    ["[c]", "suppressed"],
    ["NA", "not-available"],
  ])("%s is a status (%s), never a number", (raw, status) => {
    const cell = readCell(raw);
    expect(cell.kind).toBe("status");
    if (cell.kind === "status") expect(cell.status).toBe(status);
  });

  it.each([
    ["0", 0],
    ["-3.5", -3.5],
    [" 17 ", 17],
    ["12.5%", 12.5],
    [".5", 0.5],
    ["1,234,567.5", 1234567.5],
  ])("%s is %d", (raw, value) => expect(readCell(raw)).toEqual({ kind: "number", value }));

  it("treats blank as empty and bad separators as invalid", () => {
    expect(readCell("  ").kind).toBe("empty");
    expect(readCell("1,23").kind).toBe("invalid");
    expect(readCell("12..5").kind).toBe("invalid");
  });
});
