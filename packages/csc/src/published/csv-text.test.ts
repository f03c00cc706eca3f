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
  ])("%j", (text, expected) => expect(cells(text)).toEqual(expected));

  it("reports an unterminated quote and keeps going", () => {
    const r = readCsvRecords('a,b\n"open,1\n2,3');
    expect(r.unterminatedQuoteAt).toBe(2);
    expect(r.records[0]?.cells).toEqual(["a", "b"]);
  });
});
