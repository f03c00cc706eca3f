import { describe, expect, it } from "vitest";
import { readCsvRecords } from "./csv-text.js";

const cells = (text: string) => readCsvRecords(text).records.map((r) => [r.line, ...r.cells]);

describe("readCsvRecords (internal)", () => {
  it.each([
    [
      "a,b\n1,2\n",
      [
        [1, "a", "b"],
        [2, "1", "2"],
      ],
    ],
    [
      "a,b\r\n1,2",
      [
        [1, "a", "b"],
        [2, "1", "2"],
      ],
    ],
    [
      "a,b\r1,2\r",
      [
        [1, "a", "b"],
        [2, "1", "2"],
      ],
    ],
    ['"x, y","say ""hi"""\n', [[1, "x, y", 'say "hi"']]],
    [
      '"multi\nline",2\n3,4\n',
      [
        [1, "multi\nline", "2"],
        [3, "3", "4"],
      ],
    ],
    ["a,,c,\n", [[1, "a", "", "c", ""]]],
    [
      "a,b\n\n\n1,2\n",
      [
        [1, "a", "b"],
        [4, "1", "2"],
      ],
    ],
    ['a, "b"\n', [[1, "a", "b"]]],
    ["a,", [[1, "a", ""]]],
    // Comma-only and space-only lines are not records; the line numbers after them stay true.
    [
      "a,b\n,,\n , \n1,2\n,,",
      [
        [1, "a", "b"],
        [4, "1", "2"],
      ],
    ],
    // Tab-separated: commas inside cells are text.
    [
      "a\tb\n1,5\t2\n",
      [
        [1, "a", "b"],
        [2, "1,5", "2"],
      ],
    ],
  ])("%j", (text, expected) => expect(cells(text)).toEqual(expected));

  it.each([
    ["a,b\n1,2", ","],
    ["a\tb\n1\t2", "\t"],
    ["a;b\n1,5;2", ";"],
    // A title with a comma above a tab-separated table.
    ["Children looked after rate per 10,000\nLA\tname\t2024\t2025\n865\tWiltshire\t45\t46", "\t"],
    ["title only", ","],
  ])("finds the separator of %j: %j", (text, delimiter) =>
    expect(readCsvRecords(text).delimiter).toBe(delimiter),
  );

  it("reports an unterminated quote and keeps going", () => {
    const r = readCsvRecords('a,b\n"open,1\n2,3');
    expect(r.unterminatedQuoteAt).toBe(2);
    expect(r.records[0]?.cells).toEqual(["a", "b"]);
  });
});
