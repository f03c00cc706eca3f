// kpikit compute's inputs beside the returns: Annex A workbooks, --postcodes, --population, and the notes the
// measures write (a look-back not covered, distances unknown) kept in the local figures file.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsvRecords } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { kpikit, REPO } from "./run-cli.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

/** A 2023-24 903 year: `n` children in care all year, home AB1 1AA, placed at the postcodes given in turn. */
function folder(n: number, placements: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-options-"));
  const ep = [EP];
  const hd = [HD];
  for (let c = 1; c <= n; c++) {
    ep.push(`C${c},01/01/2023,S,C2,N1,U1,PR1,,,,AB1 1AA,${placements[(c - 1) % placements.length]},`);
    hd.push(`C${c},1,01/02/2012,WBRI,,,`);
  }
  writeFileSync(join(dir, "2023-episodes.csv"), ep.join("\n"));
  writeFileSync(join(dir, "2023-header.csv"), hd.join("\n"));
  return dir;
}
const RETURNS = ["2023-episodes.csv", "2023-header.csv"];
const rowsOf = (text: string) => {
  const [head, ...rows] = readCsvRecords(text).records;
  return rows.map((r) => Object.fromEntries((head?.cells ?? []).map((c, i) => [c, r.cells[i] ?? ""])));
};
const figure = (stdout: string, id: string) => rowsOf(stdout).find((r) => r.indicator === id);
// CD2 2BB is 24.9 miles (40,073 m) east of home, in another district; EF3 3DD 5 miles north, same district.
const LOOKUP =
  "pcds,oseast1m,osnrth1m,oslaua\nAB1 1AA,400000,300000,E1\nCD2 2BB,440073,300000,E2\nEF3 3DD,400000,308047,E1\n";

describe("kpikit compute keeps each measure's note", () => {
  it("the look-back note of cla-missing, then the provenance", () => {
    const dir = folder(6, ["CD2 2BB"]);
    const r = kpikit(["compute", ".", "--no-suppress"], { cwd: dir });
    expect(r.code).toBe(0);
    const note = figure(r.stdout, "cla-missing")?.note ?? "";
    expect(note).toMatch(
      /^An incident ongoing on 1 April is in the 2022-23 SSDA903 missing table.*Computed from the SSDA903 2023-24 return\.$/,
    );
  });

  it.each([
    ["without suppression the unknown distances are counted", ["--no-suppress"], /^4 children's distance/],
    ["with it a count of 1–4 in a note is [c], as in the figures", [], /^\[c\] children's distance/],
  ])("%s", (_name, extra, note) => {
    // Four of sixteen children have no placement postcode in the lookup: unknown, kept in the denominator.
    const dir = folder(16, ["CD2 2BB", "CD2 2BB", "EF3 3DD", "ZZ9 9ZZ"]);
    writeFileSync(join(dir, "lookup.csv"), LOOKUP);
    const r = kpikit(
      ["compute", "2023-episodes.csv", "2023-header.csv", "--postcodes", "lookup.csv", ...extra],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(figure(r.stdout, "cla-distance-20m")?.note).toMatch(note);
  });
});

describe("kpikit compute --postcodes", () => {
  it.each([
    ["with the lookup: 24.9 miles outside counts, 5 miles inside does not", true, ["2", "4"]],
    ["without: not available", false, ["0", ""]],
  ])("%s", (_name, withLookup, [numerator, denominator]) => {
    const dir = folder(4, ["CD2 2BB", "EF3 3DD"]);
    writeFileSync(join(dir, "lookup.csv"), LOOKUP);
    const r = kpikit(
      [
        "compute",
        "2023-episodes.csv",
        "2023-header.csv",
        "--no-suppress",
        ...(withLookup ? ["--postcodes", "lookup.csv"] : []),
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const f = figure(r.stdout, "cla-distance-20m");
    expect([f?.numerator, withLookup ? f?.denominator : f?.value]).toEqual([
      numerator,
      withLookup ? denominator : "[x]",
    ]);
  });

  it("a file that is not a postcode lookup is exit 3, nothing computed", () => {
    const dir = folder(4, ["CD2 2BB"]);
    writeFileSync(join(dir, "lookup.csv"), "a,b\n1,2\n");
    const r = kpikit(["compute", "2023-episodes.csv", "2023-header.csv", "--postcodes", "lookup.csv"], {
      cwd: dir,
    });
    expect([r.code, r.stdout, /--postcodes lookup\.csv: not a postcode lookup/.test(r.stderr)]).toEqual([
      3,
      "",
      true,
    ]);
  });
});

describe("kpikit compute --population", () => {
  it.each([
    ["a number", "40000", null, "2.5"],
    ["a number with a thousands comma", "40,000", null, "2.5"],
    ["a file with the number", "pop.txt", "40000\n", "2.5"],
    [
      "a CSV with the LA's row",
      "pop.csv",
      "la_code,la_name,population_0_17\n865,Wiltshire,40000\n123,Other,1\n",
      "2.5",
    ],
    ["a CSV of one row", "pop.csv", "Population\n20000\n", "5"],
  ])("%s", (_name, arg, content, value) => {
    const dir = folder(10, ["CD2 2BB"]);
    if (content !== null) writeFileSync(join(dir, arg), content);
    const r = kpikit(["compute", ...RETURNS, "--la", "865", "--no-suppress", "--population", arg], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const f = figure(r.stdout, "cla-rate");
    expect([f?.value, f?.numerator, f?.denominator]).toEqual([
      value,
      "10",
      content?.startsWith("Population") ? "20000" : "40000",
    ]);
  });

  it.each([
    ["zero", "0", 2],
    ["a CSV without the LA's row", "pop.csv", 3],
    ["a missing file", "nope.csv", 3],
  ])("%s is refused", (_name, arg, code) => {
    const dir = folder(3, ["CD2 2BB"]);
    writeFileSync(join(dir, "pop.csv"), "la,population\n123,100\n124,200\n");
    const r = kpikit(["compute", ...RETURNS, "--la", "865", "--population", arg], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([code, ""]);
  });

  it("without it, no rates: not available", () => {
    const r = kpikit(["compute", ".", "--no-suppress"], { cwd: folder(3, ["CD2 2BB"]) });
    expect([r.code, figure(r.stdout, "cla-rate"), figure(r.stdout, "cla-count")?.value]).toEqual([
      0,
      undefined,
      "3",
    ]);
  });
});

describe("Annex A workbooks", () => {
  const MISSING =
    "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months";
  const OFFERED = "Was the child offered a Return Interview after their last missing episode (Y/N)?";
  const ACCEPTED = "Did the child accept a Return Interview after their last missing episode (Y/N)?";
  async function workbook(path: string, list8: (string | number | null)[][]): Promise<void> {
    const { default: writeXlsxFile } = await import("write-excel-file/node");
    const cell = (v: string | number | null) =>
      v === null ? null : { value: v, type: typeof v === "number" ? Number : String };
    const list1 = [
      ["Child Unique ID", "Date of Contact"],
      ["K1", "2023-06-01"],
      ["K2", "2024-02-10"],
    ];
    const data = [
      list1.map((r) => r.map(cell)),
      [["Child Unique ID", MISSING, OFFERED, ACCEPTED], ...list8].map((r) => r.map(cell)),
    ];
    const buffer = await writeXlsxFile([
      { data: data[0], sheet: "List 1" },
      { data: data[1], sheet: "List 8" },
    ] as never).toBuffer();
    writeFileSync(path, new Uint8Array(buffer));
  }

  it("a workbook named anything is read by its sheets: the year from its lists, the figure from List 8", async () => {
    const dir = folder(6, ["CD2 2BB"]);
    // Accepted, accepted, declined, not offered (a miss), never missing, blank answer (left out).
    await workbook(join(dir, "ofsted lists.xlsx"), [
      ["A1", 2, "a) Yes", "a) Yes"],
      ["A2", 1, "Y", "Y"],
      ["A3", 3, "Y", "N"],
      ["A4", 1, "b) No", null],
      ["A5", 0, null, null],
      ["A6", 1, "Y", null],
    ]);
    const r = kpikit(["compute", ".", "--no-suppress"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ofsted lists\.xlsx: annex-a 2023-24 \(year from its content\)/);
    const f = figure(r.stdout, "missing-rhi-completed");
    expect([f?.period, f?.numerator, f?.denominator, f?.value]).toEqual(["2023/24", "2", "4", "50%"]);
    expect(f?.note).toMatch(
      /children, not episodes.*1 not offered one\. Computed from the Annex A 2023-24 return\./,
    );
    expect(r.stderr).toMatch(/missing-rhi-completed 2023\/24: 1 return interview acceptance not recorded/);
    // Never a child's identifier in the output.
    expect(/\bA[1-6]\b/.test(r.stdout + r.stderr)).toBe(false);
  });

  it("an unreadable answer is an error at its row and column in validate, never quoted", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-annex-"));
    await workbook(join(dir, "annex.xlsx"), [["A1", 2, "perhaps", "Y"]]);
    const r = kpikit(["validate", "annex.xlsx"], { cwd: dir });
    expect([
      r.code,
      /annex\.xlsx: invalid \(annex-a, 1 error\)/.test(r.stdout),
      /row 2, column 3/.test(r.stdout),
      r.stdout.includes("perhaps"),
    ]).toEqual([3, true, true, false]);
  });

  it("the fake Annex A workbooks in data/ are read: no missing child in their List 8, so no figure to give", () => {
    const r = kpikit(
      [
        "validate",
        "data/returns/annex-a/Annex_A_sample_liiatools.xlsx",
        "data/returns/annex-a/Annex_A_Jan_2022_TT1_liiatools_pipeline.xlsx",
      ],
      { cwd: REPO },
    );
    expect([r.code, (r.stdout.match(/: ok \(annex-a/g) ?? []).length]).toEqual([0, 2]);
  });
});
