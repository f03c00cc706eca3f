import { describe, expect, it } from "vitest";
import { expectClose, num, readMethodsCsv } from "../_test/shared-data.js";
import { isKpikitError } from "../errors.js";
import { byarInterval } from "./byar-interval.js";
import { wilsonInterval } from "./wilson-interval.js";

const level = (cell: string): number => ({ "95%": 0.95, "99.8%": 0.998 })[cell] ?? Number.NaN;

describe("wilsonInterval and byarInterval (PHEindicatormethods testdata_B_W)", () => {
  const rows = readMethodsCsv("phe/testdata_Byars_Wilson__testdata_B_W.csv");

  it("matches every row to 1e-9", () => {
    let checked = 0;
    for (const [i, row] of rows.entries()) {
      const x = num(row.x) as number;
      const confidence = level(row.confidence as string);
      const label = `row ${i + 1} ${row.method} x=${row.x} ${row.confidence}`;
      if (row.method === "Wilson") {
        const ci = wilsonInterval(x, num(row.n) as number, confidence);
        expectClose(ci.lower, num(row.lowercl), `${label} lower`);
        expectClose(ci.upper, num(row.uppercl), `${label} upper`);
      } else {
        const ci = byarInterval(x, confidence);
        expectClose(ci.lower, num(row.lowercl), `${label} lower`);
        expectClose(ci.upper, num(row.uppercl), `${label} upper`);
      }
      checked++;
    }
    expect(checked).toBe(13);
  });

  it("documents its examples", () => {
    expect(wilsonInterval(65, 100)).toEqual({ lower: 0.5525444329688797, upper: 0.7363575175690247 });
    expect(byarInterval(65)).toEqual({ lower: 50.16318771045943, upper: 82.84913854593984 });
  });

  it("gives a null Byar lower limit when the approximation is negative", () => {
    expect(byarInterval(1, 0.998).lower).toBeNull();
    expect(byarInterval(0).lower).toBe(0);
  });

  it.each([
    [-1, 10],
    [11, 10],
    [1, 0],
    [Number.NaN, 10],
  ])("throws invalid-count for %s / %s", (x, n) => {
    try {
      wilsonInterval(x, n);
      expect.fail("no throw");
    } catch (error) {
      expect(isKpikitError(error) && error.code).toBe("invalid-count");
    }
  });

  it("rejects a confidence level outside (0, 1)", () => {
    expect(() => wilsonInterval(1, 10, 95)).toThrow(/fraction/);
  });
});
