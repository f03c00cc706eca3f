import {
  financialQuarter,
  financialYear,
  month,
  type Observation,
  type ObservationStatus,
  type Period,
  snapshot,
} from "@kpikit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue, findIndicator } from "../catalogue/index.js";
import {
  computedFigureRows,
  type LocalFigureRow,
  localFigureCells,
  localFiguresCsv,
} from "./local-figures-csv.js";
import { localTableFromBytes } from "./local-table-text.js";
import { readLocalFigures } from "./read-local-figures.js";

/** What kpikit's writer wrote, read back with kpikit's reader (as `kpikit report --local` reads it). */
function readBack(csv: string) {
  const t = localTableFromBytes(new TextEncoder().encode(csv), "local-figures.csv");
  if (!t.ok) throw new Error(t.issues.map((i) => i.message).join("; "));
  return readLocalFigures(t.table, { findIndicator });
}

const periods = fc.oneof(
  fc.integer({ min: 2010, max: 2030 }).map((y) => financialYear(y)),
  fc
    .tuple(fc.integer({ min: 2010, max: 2030 }), fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>)
    .map(([y, q]) => financialQuarter(y, q)),
  fc
    .tuple(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => month(y, m)),
  fc.integer({ min: 2010, max: 2030 }).map((y) => snapshot(`${y}-03-31`)),
);

// Notes as a council or kpikit writes them: commas, quotes, line breaks, separators, a formula's first character.
const noteChars = fc.constantFrom(..."ab Z9,;\"'\n\t=+-@%()[]c.½é");
const notes = fc
  .string({ unit: noteChars, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s !== "");

const indicators = catalogue.filter((i) => i.unit === "percent" || i.unit === "count" || i.unit === "days");
const figureRows: fc.Arbitrary<LocalFigureRow> = fc
  .record({
    indicator: fc.constantFrom(...indicators),
    period: periods,
    numbers: fc.integer({ min: 0, max: 400 }).chain((den) =>
      fc.record({
        numerator: fc.option(fc.oneof(fc.integer({ min: 0, max: den }), fc.constant("withheld" as const)), {
          nil: undefined,
        }),
        denominator: fc.option(fc.oneof(fc.constant(den), fc.constant("withheld" as const)), {
          nil: undefined,
        }),
      }),
    ),
    target: fc.option(
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
      { nil: undefined },
    ),
    note: fc.option(notes, { nil: undefined }),
    kind: fc.constantFrom("number", "range", "marker"),
    status: fc.constantFrom<ObservationStatus>(
      "ok",
      "low-reliability",
      "suppressed",
      "not-available",
      "not-applicable",
    ),
    seed: fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })),
  })
  .map(({ indicator, period, numbers, target, note, kind, status, seed }): LocalFigureRow => {
    const top = indicator.unit === "percent" ? 100 : 5000;
    const [a, b] = seed.map((n) => Math.round((n / 10_000) * top * 100) / 100) as [number, number];
    const base = {
      indicatorId: indicator.id,
      period,
      unit: indicator.unit,
      ...(numbers.numerator === undefined ? {} : { numerator: numbers.numerator }),
      ...(numbers.denominator === undefined ? {} : { denominator: numbers.denominator }),
      ...(target === undefined ? {} : { target }),
      ...(note === undefined ? {} : { note }),
    };
    if (kind === "marker") return { ...base, value: null, status };
    if (kind === "range" && a !== b)
      return {
        ...base,
        value: (Math.min(a, b) + Math.max(a, b)) / 2,
        status: "ok",
        range: { low: Math.min(a, b), high: Math.max(a, b) },
      };
    return { ...base, value: a, status: status === "low-reliability" ? status : "ok" };
  });

const key = (r: { readonly indicatorId: string; readonly period: Period }) =>
  `${r.indicatorId}|${r.period.kind}|${r.period.start}|${r.period.end}`;

describe("localFiguresCsv read back by readLocalFigures", () => {
  it("gives every figure back: value, range, status ([c], [x], [z], [u]), counts, target and note", () => {
    fc.assert(
      fc.property(fc.uniqueArray(figureRows, { selector: key, minLength: 1, maxLength: 12 }), (rows) => {
        const read = readBack(localFiguresCsv(rows));
        expect(read.issues.filter((i) => i.severity !== "warning")).toEqual([]);
        expect(read.layout).toBe("long");
        const count = (n: number | "withheld" | undefined) => (n === "withheld" ? undefined : n);
        expect(
          read.figures.map((f) => ({
            key: `${f.indicator.id}|${f.period.kind}|${f.period.start}|${f.period.end}`,
            value: f.value,
            status: f.status,
            range: f.range,
            numerator: f.numerator,
            denominator: f.denominator,
            target: f.target,
            note: f.note,
          })),
        ).toEqual(
          rows.map((r) => ({
            key: key(r),
            value: r.value,
            // No number and no marker of its own: written [x], not available.
            status:
              r.value === null && (r.status === "ok" || r.status === "low-reliability")
                ? "not-available"
                : r.status,
            range: r.range,
            numerator: count(r.numerator),
            denominator: count(r.denominator),
            target: r.target,
            note: r.note,
          })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a comma and quotes", 'Up from "15%", see comments', '"Up from ""15%"", see comments"'],
    ["a line break", "Q1 figure\nprovisional", '"Q1 figure\nprovisional"'],
    ["semicolons", "a; b; c", '"a; b; c"'],
    ["a formula's first character", "=SUM(A1:A3)", "'=SUM(A1:A3)"],
    ["a dash, then words", "- see the appendix", "'- see the appendix"],
    ["a negative number first", "-3 on last year", "-3 on last year"],
    ["an apostrophe before a formula", "'=1", "''=1"],
  ])("writes a note with %s as a spreadsheet reads it, and reads it back", (_name, note, written) => {
    const row: LocalFigureRow = {
      indicatorId: "re-referrals-12m",
      period: financialYear(2021),
      value: 19.4,
      status: "ok",
      note,
    };
    const csv = localFiguresCsv([row]);
    expect(csv.split("\r\n")[1]).toBe(`re-referrals-12m,2021/22,19.4,,,,${written}`);
    expect(readBack(csv).figures[0]?.note).toBe(note);
  });
  it("keeps notes full of semicolons or tabs from being taken for the separator", () => {
    const rows = [2019, 2020, 2021].flatMap((y): LocalFigureRow[] =>
      ["a;b;c;d;e;f;g;h;i;j", "a\tb\tc\td\te\tf\tg\th"]
        .map((n) => n.repeat(3))
        .map((note, i) => ({
          indicatorId: i === 0 ? "re-referrals-12m" : "cin-rate",
          period: financialYear(y),
          value: 20,
          status: "ok",
          note,
        })),
    );
    const read = readBack(localFiguresCsv(rows));
    expect(read.figures.map((f) => f.note)).toEqual(rows.map((r) => r.note));
  });
});

describe("computedFigureRows", () => {
  const p = financialYear(2021);
  /** A computed figure: 10 of 50 re-referrals unless told (a count given as undefined is left out). */
  const computed = (o: { readonly [K in keyof Observation]?: Observation[K] | undefined }): Observation =>
    Object.fromEntries(
      Object.entries({
        indicatorId: "re-referrals-12m",
        area: "865",
        period: p,
        value: 20,
        numerator: 10,
        denominator: 50,
        status: "ok",
        source: "CIN census",
        ...o,
      }).filter(([, v]) => v !== undefined),
    ) as unknown as Observation;

  it.each([
    // [what, observation, threshold, value, numerator, denominator]
    ["a figure with counts of 5 and over", computed({}), 5, "20%", "10", "50"],
    ["a numerator of 3 (withheld)", computed({ value: 6, numerator: 3 }), 5, "[c]", "[c]", "50"],
    ["a numerator of 3, unsuppressed", computed({ value: 6, numerator: 3 }), null, "6%", "3", "50"],
    [
      "a numerator and denominator of 2",
      computed({ value: 100, numerator: 2, denominator: 2 }),
      5,
      "[c]",
      "[c]",
      "[c]",
    ],
    ["a numerator of 0 (not disclosive)", computed({ value: 0, numerator: 0 }), 5, "0%", "0", "50"],
    ["a threshold of 11", computed({}), 11, "[c]", "[c]", "50"],
    ["nothing to count", computed({ value: null, numerator: 0, denominator: 0 }), 5, "[x]", "0", "0"],
    [
      "a days figure",
      computed({ indicatorId: "adoption-a1", value: 412.5, numerator: undefined, denominator: 9 }),
      5,
      "412.5",
      "",
      "9",
    ],
    [
      "a days figure of 3 children",
      computed({ indicatorId: "adoption-a1", value: 412.5, numerator: undefined, denominator: 3 }),
      5,
      "412.5",
      "",
      "[c]",
    ],
    [
      "a count of 3 children, given as its value only",
      computed({ indicatorId: "cla-count", value: 3, numerator: undefined, denominator: undefined }),
      5,
      "[c]",
      "",
      "",
    ],
    [
      "a count of 12 children",
      computed({ indicatorId: "cla-count", value: 12, numerator: undefined, denominator: undefined }),
      5,
      "12",
      "",
      "",
    ],
  ])("%s", (_name, o, threshold, value, numerator, denominator) => {
    const row = computedFigureRows([o], threshold).rows[0];
    if (!row) throw new Error("no row");
    const cells = localFigureCells(row);
    expect([cells.value, cells.numerator, cells.denominator]).toEqual([value, numerator, denominator]);
  });

  it("never writes a withheld count in the note, and says the rule", () => {
    const o = computed({
      value: 6,
      numerator: 3,
      note: "3 children's referrals in 2 weeks of 12 March; 17 others",
    });
    const [suppressed] = computedFigureRows([o], 5).rows;
    expect(suppressed?.note).toBe(
      "Computed from the CIN census return; suppressed ([c]): a count in it is below 5. Counts 1–4 are suppressed ([c]).",
    );
    const [kept] = computedFigureRows([{ ...o, value: 20, numerator: 10 }], 5).rows;
    expect(kept?.note).toBe(
      "[c] children's referrals in [c] weeks of 12 March; 17 others Computed from the CIN census return. Counts 1–4 are suppressed ([c]).",
    );
    const [internal] = computedFigureRows([{ ...o, value: 20, numerator: 10 }], null).rows;
    expect(internal?.note).toBe(`${o.note} Computed from the CIN census return.`);
  });

  it("counts the figures withheld, and what it writes reads back without any withheld count", () => {
    const observations = [
      computed({}),
      computed({ indicatorId: "cin-rate", value: 4, numerator: 4, denominator: 1000 }),
      computed({ indicatorId: "cpp-repeat", value: 25, numerator: 1, denominator: 4 }),
    ];
    const { rows, suppressed } = computedFigureRows(observations, 5);
    expect(suppressed).toBe(2);
    const read = readBack(localFiguresCsv(rows));
    expect(read.figures.map((f) => [f.indicator.id, f.value, f.status, f.numerator, f.denominator])).toEqual([
      ["re-referrals-12m", 20, "ok", 10, 50],
      ["cin-rate", null, "suppressed", undefined, 1000],
      ["cpp-repeat", null, "suppressed", undefined, undefined],
    ]);
    const csv = localFiguresCsv(rows);
    expect(csv).not.toMatch(/,4,|,1,/);
  });
});
