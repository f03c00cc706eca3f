// Fingertips computes quartile and quintile bounds with Excel PERCENTILE, which is R's type 7: the same
// quantiles as LAIT. Every bounds row, and every quartile-category row with enough values, of
// data/methods/fingertips/fingertips_quantile_category_cases.csv. (Quintile categories are a
// Fingertips display kpikit does not offer; "0 when there are too few values" is a Fingertips rule — LAIT,
// which kpikit follows, bands any number of values.)
import { describe, expect, it } from "vitest";
import { expectClose, readMethodsCsv } from "../_test/shared-data.js";
import { quantileType7, quartileBand, quartileCuts } from "./index.js";

const rows = readMethodsCsv("fingertips/fingertips_quantile_category_cases.csv");
const valuesOf = (spec: string): number[] => {
  const range = /^(\d+)\.\.(\d+)$/.exec(spec);
  if (range)
    return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i);
  return spec.split(";").map(Number);
};

describe("Fingertips quantile bounds (Excel PERCENTILE = type 7)", () => {
  it("has the fixture rows", () => expect(rows.length).toBe(18));

  const bounds = rows.filter((r) => r.kind?.endsWith("_bounds"));
  it("covers the quartile and quintile bounds rows", () => expect(bounds.length).toBe(2));
  it.each(bounds.map((r) => [r.kind, r] as const))("%s", (_kind, r) => {
    const sorted = valuesOf(r.values ?? "");
    const expected = (r.expected ?? "").split(";").map(Number);
    const k = expected.length - 1;
    for (const [i, e] of expected.entries())
      expectClose(quantileType7(sorted, i / k), e, `${r.kind} bound ${i}`);
    if (k === 4) expect([...quartileCuts(sorted)]).toEqual(expected);
  });

  const categories = rows.filter((r) => r.kind === "quartile_category" && /^\d+$/.test(r.expected ?? ""));
  it("covers the quartile category rows with enough values", () => expect(categories.length).toBe(2));
  it.each(categories.map((r) => [r.value, r.expected, r] as const))(
    "value %s is Fingertips quartile %s (1 = lowest), LAIT band A–D from the low end",
    (_v, _e, r) => {
      const cuts = quartileCuts(valuesOf(r.values ?? ""));
      // With lower-is-better, band A is the lowest quarter: Fingertips quartile 1 ↔ A … 4 ↔ D.
      const band = quartileBand(Number(r.value), cuts, "lower-is-better");
      expect(band).toBe("ABCD"[Number(r.expected) - 1]);
    },
  );
});
