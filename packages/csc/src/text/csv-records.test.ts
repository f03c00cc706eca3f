import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CSV_SYNTAX_CODE,
  type CsvRecord,
  CsvRecordStream,
  type CsvStreamOptions,
  type ReadCsvOptions,
  readCsvRecords,
  sniffDelimiter,
} from "./csv-records.js";

const cells = (text: string) => readCsvRecords(text).records.map((r) => [r.line, ...r.cells]);

describe("readCsvRecords", () => {
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
    // Spaces around fields are trimmed; inside quotes they are kept.
    [' a , " b " ,c \n', [[1, "a", " b ", "c"]]],
    // A quoted line break in a CRLF file: the next record's line is still true.
    [
      '"multi\r\nline",2\r\n\r\n3,4\r\n',
      [
        [1, "multi\r\nline", "2"],
        [4, "3", "4"],
      ],
    ],
    // A quote inside an unquoted field is text.
    ['a "b" c,d\n', [[1, 'a "b" c', "d"]]],
    ["a,", [[1, "a", ""]]],
    // Comma-only and space-only lines are not records; the line numbers after them stay true.
    [
      "a,b\n,,\n , \n1,2\n,,",
      [
        [1, "a", "b"],
        [4, "1", "2"],
      ],
    ],
    // Line ends mixed from record to record: a CRLF header above LF rows, a lone CR, each ends its record.
    [
      "a,b\r\n1,2\n3,4\r\n5,6\n",
      [
        [1, "a", "b"],
        [2, "1", "2"],
        [3, "3", "4"],
        [4, "5", "6"],
      ],
    ],
    [
      "a,b\n1,2\r\n3,4\r5,6",
      [
        [1, "a", "b"],
        [2, "1", "2"],
        [3, "3", "4"],
        [4, "5", "6"],
      ],
    ],
    // A quoted line break keeps its own ending, whatever the records around it use.
    [
      'a,b\r\n"x\ny",2\n3,"p\r\nq"\r\n5,6\n',
      [
        [1, "a", "b"],
        [2, "x\ny", "2"],
        [4, "3", "p\r\nq"],
        [6, "5", "6"],
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
    // Separators inside quotes do not count.
    ['indicator;note\nx;"a, b, c, d"', ";"],
    ['a,b\n"1;2;3",4', ","],
  ])("finds the separator of %j: %j", (text, delimiter) =>
    expect(readCsvRecords(text).delimiter).toBe(delimiter),
  );

  it("reports an unterminated quote and keeps going", () => {
    const r = readCsvRecords('a,b\n"open,1\n2,3');
    expect(r.unterminatedQuoteAt).toBe(2);
    expect(r.issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      [CSV_SYNTAX_CODE, "error", 2, 1],
    ]);
    expect(r.records[0]?.cells).toEqual(["a", "b"]);
    expect(r.records[1]).toEqual({ line: 2, cells: ["open,1\n2,3"] });
  });

  it("splits on the separator it is given", () => {
    expect(readCsvRecords("a;b,c", { delimiter: "," }).records[0]?.cells).toEqual(["a;b", "c"]);
  });

  it("sniffDelimiter matches readCsvRecords", () => {
    expect(sniffDelimiter("a\tb\n1\t2")).toBe(readCsvRecords("a\tb\n1\t2").delimiter);
  });

  it.each([
    [
      'a,b\n1,"x"y\n2,3',
      [
        ["a", "b"],
        ["1", '"x"y'],
        ["2", "3"],
      ],
      [["text-after-quote", "warning", 2, 2]],
    ],
    ['"a" b,c', [['"a" b', "c"]], [["text-after-quote", "warning", 1, 1]]],
    // Both at once: text after a quote, then a quote never closed.
    [
      'a\n"x"y\n"open',
      [["a"], ['"x"y'], ["open"]],
      [
        ["text-after-quote", "warning", 2, 1],
        [CSV_SYNTAX_CODE, "error", 3, 1],
      ],
    ],
  ])("reads %j on, with its issues", (text, records, issues) => {
    const r = readCsvRecords(text);
    expect(r.records.map((x) => x.cells)).toEqual(records);
    expect(r.issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual(issues);
  });

  // Any text at all: records and issues, never a throw; every record on a real line, in order.
  it("never throws, whatever the text", () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom('"', ",", "\n", "\r", "\r\n", " ", "\t", ";", '""', "x", "1"),
          fc.string({ maxLength: 3 }),
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const r = readCsvRecords(t);
        const lines = t.split(/\r\n|\n|\r/).length;
        const starts = r.records.map((x) => x.line);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        for (const s of starts) expect(s).toBeLessThanOrEqual(lines);
        for (const i of r.issues)
          expect([i.row, i.column].every((n) => typeof n === "number" && n >= 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("reports nothing for a well-formed file", () => {
    expect(readCsvRecords('a,b\n"x",2\n').issues).toEqual([]);
  });

  // Any table, written with any mix of line ends (and quoted cells holding line breaks and separators), reads
  // back as the same records on the same lines: no row is lost or merged into another.
  it("reads every record back, whatever line end each one uses", () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z0-9 ]{0,6}$/).map((s) => s.trim()),
      fc.constantFrom('x"y', "p\nq", "p\r\nq", "a,b", "r\rs"),
    );
    const eol = fc.constantFrom("\n", "\r\n", "\r");
    const table = fc.array(fc.tuple(fc.array(cell, { minLength: 2, maxLength: 4 }), eol), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(table, (rows) => {
        const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
        const kept = rows.filter(([cells]) => cells.some((c) => c.trim() !== ""));
        const text = rows.map(([cells, end]) => `${cells.map(quote).join(",")}${end}`).join("");
        let line = 1;
        const expected: [number, string[]][] = [];
        for (const [cells] of rows) {
          if (cells.some((c) => c.trim() !== "")) expected.push([line, cells]);
          line +=
            1 +
            cells
              .join("")
              .replace(/\r\n/g, "\n")
              .replace(/[^\r\n]/g, "").length;
        }
        const read = readCsvRecords(text, { delimiter: "," });
        expect(read.records.length).toBe(kept.length);
        expect(read.records.map((r) => [r.line, r.cells])).toEqual(expected);
        expect(read.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("CsvRecordStream", () => {
  /** The text read piece by piece, cut at `cuts`: its records, separator, open quote and issue rows. */
  const streamed = (text: string, cuts: readonly number[], options: CsvStreamOptions = {}) => {
    const records: CsvRecord[] = [];
    let runs = 0;
    const stream = new CsvRecordStream((rs) => {
      runs++;
      for (const r of rs) records.push(r);
    }, options);
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      stream.push(text.slice(at, Math.max(at, cut)));
      at = Math.max(at, cut);
    }
    stream.push(text.slice(at));
    const end = stream.end();
    return { records, runs, end };
  };
  const trimmed = (records: readonly CsvRecord[]) =>
    records.map((r) => [r.line, ...r.cells.map((c) => c.trim())]);

  it("gives the whole-text reader's records, however the text is cut", () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "",
        "1",
        " a ",
        "x y",
        "01/04/2024",
        '"q"',
        '"a, b"',
        '"two\nlines"',
        '"say ""hi"""',
        '"cr\r\nlf"',
      ),
      fc.constantFrom('a"b', '"open', '"x" y', "é"),
    );
    const line = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(","));
    const text = fc
      .tuple(
        fc.array(line, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom("\n", "\r\n", "\r", "\n\n")),
      )
      .map(([lines, ends]) => lines.map((l, i) => l + (ends[i % Math.max(1, ends.length)] ?? "\n")).join(""));
    fc.assert(
      // With the separator given, records go as their lines arrive (else after the first 4,096 characters).
      fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (t, cuts, given) => {
        const options: ReadCsvOptions = given ? { delimiter: "," } : {};
        const whole = readCsvRecords(t, options);
        const s = streamed(
          t,
          cuts.map((c) => c % (t.length + 1)),
          options,
        );
        expect(trimmed(s.records)).toEqual(trimmed(whole.records));
        expect([s.end.delimiter, s.end.unterminatedQuoteAt]).toEqual([
          whole.delimiter,
          whole.unterminatedQuoteAt,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, string, number]>([
    ["plain lines", "a,b\n1,2\n3,4\n", 3],
    ["fields quoted whole, across pieces", 'a,b\n"1, 2","x\ny"\n3,4\n', 3],
    ["a quote inside a field (the lines before it, then the rest whole)", 'a,b\n1,x"y\n3,4\n', 2],
  ])("hands on records as their lines arrive: %s", (_name, text, runs) => {
    // Cut at every character: each line end that surely ends a record lets its records go.
    const s = streamed(
      text,
      Array.from({ length: text.length }, (_, i) => i),
      { delimiter: "," },
    );
    expect(s.runs).toBe(runs);
    expect(trimmed(s.records)).toEqual(trimmed(readCsvRecords(text).records));
  });

  it.each<[string, string, number]>([
    ["a record with no line end", `a,b\n1,2\n${"x".repeat(5000)}`, 3],
    ["a quote never closed", `a,b\n1,2\n3,"open${",y".repeat(3000)}`, 3],
    ["the rest read whole after a stray quote", `a,b\n1,x"y\n${"3,4\n".repeat(2000)}`, 2],
  ])("stops at a record past maxRecordChars, handing on nothing from it: %s", (_name, text, line) => {
    const s = streamed(
      text,
      Array.from({ length: 100 }, (_, i) => i * 97),
      { delimiter: ",", maxRecordChars: 1000 },
    );
    expect(s.end.overflowAt).toBe(line);
    expect(s.records.map((r) => r.line)).toEqual(Array.from({ length: line - 1 }, (_, i) => i + 1));
  });

  it("reads records under maxRecordChars as if there were no bound", () => {
    const text = `a,b\n${`${"x".repeat(900)},1\n`.repeat(50)}`;
    const s = streamed(
      text,
      Array.from({ length: 500 }, (_, i) => i * 97),
      { maxRecordChars: 1000 },
    );
    expect(s.end.overflowAt).toBeUndefined();
    expect(s.records.length).toBe(51);
  });

  it("sniffs the separator from the first 4,096 characters, as the whole-text reader", () => {
    const text = `${"a;b;c\n".repeat(1000)}1,2,3\n`;
    const s = streamed(
      text,
      Array.from({ length: 50 }, (_, i) => i * 150),
    );
    expect(s.end.delimiter).toBe(";");
    expect(s.records.length).toBe(1001);
    expect(s.records.at(-1)).toEqual({ line: 1001, cells: ["1,2,3"] });
  });
});
