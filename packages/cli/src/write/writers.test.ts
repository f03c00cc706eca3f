import { expect, it } from "vitest";
import { textTable } from "../_lib/text-table.js";
import { csvField, csvText } from "./csv.js";
import { numberFormat } from "./xlsx.js";

it("csvField quotes, doubles quotes and defuses formulas", () => {
  expect(csvField('Up from 15% to 18.9%; "lower" is better')).toBe(
    '"Up from 15% to 18.9%; ""lower"" is better"',
  );
  expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  expect(csvField("-3.9 pts")).toBe("-3.9 pts");
  expect(csvField(null)).toBe("");
  expect(csvField(18.9)).toBe("18.9");
  expect(csvText(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
});

it.each([
  ["percent", 1, '0.0"%"'],
  ["percent", 0, '0"%"'],
  ["days", 0, '#,##0" days"'],
  ["count", 0, "#,##0"],
  ["rate-per-10k", 1, "#,##0.0"],
] as const)("numberFormat(%s, %i) = %s", (unit, decimals, format) => {
  expect(numberFormat(unit, decimals)).toBe(format);
});

it("textTable aligns columns and right-aligns numbers", () => {
  expect(textTable(["code", "name"], [["865", "Wiltshire"]])).toBe("code  name\n 865  Wiltshire\n");
  expect(
    textTable(
      ["rank", "name"],
      [
        ["1", "Hampshire"],
        ["10", "Essex"],
      ],
    ),
  ).toBe("rank  name\n   1  Hampshire\n  10  Essex\n");
});
