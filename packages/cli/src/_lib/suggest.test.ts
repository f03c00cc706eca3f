import { expect, it } from "vitest";
import { closest, editDistance } from "./suggest.js";

it.each([
  ["indicatr", "indicator", 1],
  ["", "abc", 3],
  ["Period", "period", 0],
  ["kitten", "sitting", 3],
])("editDistance(%s, %s) = %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));

it("suggests the closest candidate only when close", () => {
  expect(closest("reprot", ["report", "benchmark"])).toBe("report");
  expect(closest("titel", ["title", "la", "period"])).toBe("title");
  expect(closest("zzzzzzzz", ["report", "benchmark"])).toBeUndefined();
});
