import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanCell, PlanSheet } from "../../plan/read-plan.js";
import { measureReturns } from "../pipeline/measure-returns.js";
import { readReturns } from "../pipeline/read-returns.js";
import { isAnnexAWorkbook, readAnnexA } from "./read-annex-a.js";

const MISSING = "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months";
const OFFERED = "Was the child offered a Return Interview after their last missing episode (Y/N)?";
const ACCEPTED = "Did the child accept a Return Interview after their last missing episode (Y/N)?";

const sheet = (name: string, rows: PlanCell[][]): PlanSheet => ({ file: "annex.xlsx", sheet: name, rows });
const list8 = (rows: PlanCell[][], header = ["Child Unique ID", "Gender", MISSING, OFFERED, ACCEPTED]) =>
  sheet("List 8", [header, ...rows]);
const list1 = (dates: PlanCell[]) =>
  sheet("List 1", [["Child Unique ID", "Date of Contact"], ...dates.map((d, i) => [`K${i}`, d])]);

describe("isAnnexAWorkbook: by its sheets, never its name", () => {
  it.each([
    [
      "two lists with a child id header",
      [list1([]), sheet("List 3", [["Child ID", "Date of Referral"]])],
      true,
    ],
    [
      "List 8 alone, named otherwise, by its columns",
      [{ ...list8([]), sheet: "Children looked after" }],
      true,
    ],
    ["one list only, no List 8 columns", [list1([])], false],
    ["sheets named List without a child column", [sheet("List 1", [["a"]]), sheet("List 2", [["b"]])], false],
    ["an improvement plan", [sheet("Actions", [["Ref", "Action", "Owner"]])], false],
    ["no sheets", [], false],
  ])("%s → %s", (_name, sheets, expected) => {
    expect(isAnnexAWorkbook(sheets as PlanSheet[])).toBe(expected);
  });
});

describe("readAnnexA: List 8's children", () => {
  it.each([
    ["coded answers", [3, "a) Yes", "b) No"], [3, true, false, []]],
    ["letters", ["2", "Y", "y"], [2, true, true, []]],
    ["words and booleans", [1, "No", true], [1, false, true, []]],
    ["blanks", [null, "", "  "], [null, null, null, []]],
    ["a count that is not a whole number", [1.5, "Y", "N"], [null, true, false, [3]]],
    ["a negative count", [-1, "Y", "N"], [null, true, false, [3]]],
    ["an answer that is not Y or N", [1, "maybe", "N"], [1, null, false, [4]]],
  ])("%s", (_name, cells, [count, offered, accepted, badColumns]) => {
    const r = readAnnexA([list8([["C1", "F", ...(cells as PlanCell[])]])]);
    const c = r.annexA?.children[0];
    expect([c?.missingEpisodes, c?.interviewOffered, c?.interviewAccepted]).toEqual([
      count,
      offered,
      accepted,
    ]);
    expect(r.issues.map((i) => i.column)).toEqual(badColumns);
    expect(r.issues.every((i) => i.row === 2 && i.file === "annex.xlsx")).toBe(true);
  });

  it("finds the header below title rows and the columns in any order; rows without a child are skipped", () => {
    const s = sheet("List 8", [
      ["Annex A: List 8"],
      [],
      [ACCEPTED, "Child id", OFFERED, MISSING],
      ["Y", "C1", "Y", 2],
      [null, null, null, null],
      ["N", "C2", "N", 1],
    ]);
    const r = readAnnexA([s]);
    expect(r.annexA?.children.map((c) => [c.child, c.missingEpisodes, c.interviewAccepted])).toEqual([
      ["C1", 2, true],
      ["C2", 1, false],
    ]);
  });

  it("a List 8 without the return-interview columns gives no figure and says which", () => {
    const r = readAnnexA([list8([["C1", 1]], ["Child Unique ID", MISSING])]);
    expect([r.annexA, r.issues.map((i) => [i.code, i.severity])]).toEqual([
      null,
      [["annex-a-missing-column", "error"]],
    ]);
    expect(r.issues[0]?.message).toMatch(/offered.*accepted/);
  });

  it("a workbook without List 8 is a warning", () => {
    const r = readAnnexA([list1(["2024-01-10"]), sheet("List 3", [["Child ID", "Date of Referral"]])]);
    expect([r.annexA, r.issues.map((i) => [i.code, i.severity]), r.latestDate]).toEqual([
      null,
      [["annex-a-no-list-8", "warning"]],
      "2024-01-10",
    ]);
  });

  it.each([
    [
      "the latest contact (ISO or dd/mm/yyyy)",
      [list1(["2023-05-01", "12/01/2024", "2023-11-30"])],
      "2024-01-12",
    ],
    [
      "List 9's and later dates are not the lists' own activity",
      [
        list1(["2023-05-01"]),
        sheet("List 10", [
          ["Child Unique ID", "Date of Contact"],
          ["A", "2030-01-01"],
        ]),
      ],
      "2023-05-01",
    ],
    [
      "no contact, referral or assessment: List 8's latest social work visit",
      [
        list8([]),
        sheet("List 8b", [
          ["Child Unique ID", "Date of Last Social Work Visit"],
          ["A", "2022-02-02"],
        ]),
      ],
      "2022-02-02",
    ],
    ["no dates at all", [list8([])], null],
  ])("latest date: %s", (_name, sheets, expected) => {
    expect(readAnnexA(sheets as PlanSheet[]).latestDate).toBe(expected);
  });

  it("reads back any List 8 it is given, and no message quotes a child's identifier (property)", () => {
    const answer = fc.constantFrom<[PlanCell, boolean | null]>(
      ["Y", true],
      ["Yes", true],
      ["a) Yes", true],
      ["N", false],
      ["b) No", false],
      [null, null],
      ["", null],
    );
    const row = fc.record({
      id: fc.stringMatching(/^[A-Z][0-9]{3,8}$/),
      count: fc.option(fc.nat(40), { nil: null }),
      offered: answer,
      accepted: answer,
      bad: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const r = readAnnexA([
          list8(rows.map((x) => [x.id, "F", x.bad ? `${x.id}?` : x.count, x.offered[0], x.accepted[0]])),
        ]);
        const got = r.annexA?.children.map((c) => [
          c.child,
          c.missingEpisodes,
          c.interviewOffered,
          c.interviewAccepted,
        ]);
        const want = rows.map((x) => [x.id, x.bad ? null : x.count, x.offered[1], x.accepted[1]]);
        const noIds = r.issues.every((i) => rows.every((x) => !i.message.includes(x.id)));
        return (
          JSON.stringify(got) === JSON.stringify(want) &&
          noIds &&
          r.issues.length === rows.filter((x) => x.bad).length
        );
      }),
    );
  });
});

describe("Annex A in the returns pipeline", () => {
  const workbook = (dates: PlanCell[], rows: PlanCell[][]): PlanSheet[] => [list1(dates), list8(rows)];
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
  const rows: PlanCell[][] = [
    ["C1", "F", 2, "Y", "Y"],
    ["C2", "M", 1, "Y", "N"],
    ["C3", "F", 0, null, null],
    ["C4", "M", 3, "N", null],
  ];

  it("is placed in the year of its lists' latest date and its figure computed", () => {
    const r = readReturns([
      { name: "lists.xlsx", bytes: zip, sheets: workbook(["2023-06-01", "2024-02-20"], rows) },
    ]);
    expect(r.files.map((f) => [f.return, f.year, f.yearFrom, f.used])).toEqual([
      ["annex-a", 2023, "content", true],
    ]);
    expect([r.years.map((y) => [y.label, y.annexA?.children.length]), r.issues]).toEqual([
      [["2023-24", 4]],
      [],
    ]);
    const m = measureReturns(r);
    const o = m.observations.find((x) => x.indicatorId === "missing-rhi-completed");
    // C1 accepted, C2 declined, C4 not offered (a miss); C3 was never missing.
    expect([m.computed, o?.numerator, o?.denominator, o?.period.label, o?.source]).toEqual([
      [{ year: 2023, parts: "all" }],
      1,
      3,
      "2023/24",
      "Annex A 2023-24",
    ]);
  });

  it.each([
    [
      "an exact year in its name wins, with a warning when the lists run to another",
      "Annex_A_2022-23.xlsx",
      ["2024-02-20"],
      2022,
      "name",
      ["returns-annex-a-year"],
    ],
    [
      "a bare year in the name is not enough: the lists decide",
      "Annex_A_2024_Jan.xlsx",
      ["2023-12-31"],
      2023,
      "content",
      [],
    ],
    [
      "no dates and no year: not used, with a warning",
      "lists.xlsx",
      [],
      null,
      null,
      ["returns-annex-a-no-year"],
    ],
  ])("%s", (_name, name, dates, year, from, codes) => {
    const r = readReturns([{ name, bytes: zip, sheets: workbook(dates, rows) }]);
    expect([r.files[0]?.year, r.files[0]?.yearFrom, r.issues.map((i) => i.code), r.blocking]).toEqual([
      year,
      from,
      codes,
      [],
    ]);
  });

  it("two of one year: the later is read, with a warning", () => {
    const r = readReturns([
      { name: "b.xlsx", bytes: zip, sheets: workbook(["2024-03-01"], rows.slice(0, 1)) },
      { name: "a.xlsx", bytes: zip, sheets: workbook(["2023-09-01"], rows) },
    ]);
    expect([
      r.years[0]?.annexA?.children.length,
      r.issues.map((i) => i.code),
      r.files.map((f) => [f.file, f.used]),
    ]).toEqual([
      1,
      ["returns-two-annex-a"],
      [
        ["b.xlsx", true],
        ["a.xlsx", false],
      ],
    ]);
  });
});
