import { describe, expect, it } from "vitest";
import { findIndicator } from "../catalogue/index.js";
import { readLocalFigures } from "./read-local-figures.js";
import { localTableFromFile, localTableFromXlsx, workbookSheetsFromXlsx } from "./xlsx-table.js";

const styles = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="mmm\\-yy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs></styleSheet>`;
const shared = `<sst><si><t>Indicator</t></si><si><r><t>Re-referral </t></r><r><t>rate</t></r></si><si><t>Table 1 &amp; notes</t></si><si><t>constructor</t></si></sst>`;
const c = (ref: string, v: string, attrs = "") => `<c r="${ref}"${attrs}><v>${v}</v></c>`;
const sheet = (rows: string) => `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
const parts = (rows: string) =>
  new Map([
    ["xl/worksheets/sheet1.xml", sheet(rows)],
    ["xl/sharedStrings.xml", shared],
    ["xl/styles.xml", styles],
  ]);

describe("localTableFromXlsx", () => {
  it("reads strings, percentages as shown, month headers and keeps sheet row numbers", () => {
    const t = localTableFromXlsx(
      parts(
        `<row r="1">${c("A1", "2", ' t="s"')}</row>` +
          `<row r="3">${c("A3", "0", ' t="s"')}${c("B3", "43922", ' s="2"')}${c("C3", "Current", ' t="str"')}</row>` +
          `<row r="4">${c("A4", "1", ' t="s"')}${c("B4", "0.231", ' s="1"')}${c("C4", "0.5", ' s="3"')}</row>` +
          `<row r="5"/>` +
          `<row r="6">${c("A6", "3", ' t="s"')}${c("C6", "12.5")}</row>`,
      ),
      "t.xlsx",
    );
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.table.header).toEqual(["Indicator", "Apr 2020", "Current"]);
    expect(t.table.rows).toEqual([
      { row: 4, cells: ["Re-referral rate", "23.1%", "50%"] },
      { row: 6, cells: ["constructor", null, 12.5] },
    ]);
    expect(t.table.issues.map((i) => [i.code, i.row, i.severity])).toEqual([["title-line", 1, "warning"]]);
  });

  it.each<[string, string, string]>([
    ["no sheet", "", "xlsx-unreadable"],
    ["an empty sheet", '<row r="1"/>', "empty-file"],
  ])("refuses %s with a reason", (_what, rows, code) => {
    const t = localTableFromXlsx(rows ? parts(rows) : new Map(), "t.xlsx");
    expect(t.ok ? [] : t.issues.map((i) => [i.code, i.row, i.column])).toEqual([[code, 1, 1]]);
  });

  it("gives the local figures reader the same figures as the CSV of the same table", async () => {
    const fromXlsx = localTableFromXlsx(
      parts(
        `<row r="1">${c("A1", "0", ' t="s"')}<c r="B1" t="inlineStr"><is><t>2019/20</t></is></c></row>` +
          `<row r="2">${c("A2", "1", ' t="s"')}${c("B2", "0.194", ' s="1"')}</row>`,
      ),
      "t.xlsx",
    );
    const fromCsv = await localTableFromFile(
      new TextEncoder().encode("Indicator,2019/20\nRe-referral rate,19.4%\n"),
      "t.csv",
    );
    const figures = (t: typeof fromCsv) =>
      t.ok
        ? readLocalFigures(t.table, { findIndicator }).figures.map((f) => [
            f.indicator.id,
            f.period.label,
            f.value,
          ])
        : [];
    expect(figures(fromXlsx)).toEqual([["re-referrals-12m", "2019/20", 19.4]]);
    expect(figures(fromXlsx)).toEqual(figures(fromCsv));
  });

  it.each<[string, Uint8Array, string]>([
    ["an old .xls", new Uint8Array([0xd0, 0xcf]), "xls-not-supported"],
    ["a broken ZIP", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "xlsx-unreadable"],
  ])("localTableFromFile refuses %s", async (_what, bytes, code) => {
    const t = await localTableFromFile(bytes, code === "xls-not-supported" ? "t.xls" : "t.xlsx");
    expect(t.ok ? [] : t.issues.map((i) => i.code)).toEqual([code]);
  });
});

describe("workbookSheetsFromXlsx", () => {
  const workbook = (names: readonly string[], extra = "") =>
    `<workbook>${extra}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
  const rels = (n: number) =>
    `<Relationships>${Array.from({ length: n }, (_, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`;
  const book = (names: readonly string[], sheets: readonly string[], extra = "") =>
    new Map([
      ["xl/workbook.xml", workbook(names, extra)],
      ["xl/_rels/workbook.xml.rels", rels(names.length)],
      ["xl/sharedStrings.xml", shared],
      ["xl/styles.xml", styles],
      ...sheets.map((rows, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheet(rows)] as [string, string]),
    ]);

  it("reads every sheet by its name, in the workbook's order, each cell where it sits", () => {
    const r = workbookSheetsFromXlsx(
      book(
        ["Actions", "Milestones &amp; updates"],
        [
          `<row r="2">${c("B2", "0", ' t="s"')}<c r="C2" t="inlineStr"><is><t>Due</t></is></c></row>`,
          `<row r="1">${c("A1", "1", ' t="s"')}</row>`,
        ],
      ),
      "plan.xlsx",
    );
    expect(r.ok && r.sheets).toEqual([
      {
        name: "Actions",
        rows: [
          [null, null, null],
          [null, "Indicator", "Due"],
        ],
      },
      { name: "Milestones & updates", rows: [["Re-referral rate"]] },
    ]);
  });

  it.each<[string, string, readonly (string | number | boolean | null)[]]>([
    // A date-formatted number is a day: 43922 is 1 April 2020 (day 0 is 30 December 1899).
    ["a date serial", c("A1", "43922", ' s="2"'), ["2020-04-01"]],
    ["a date serial with a time of day", c("A1", "43922.75", ' s="2"'), ["2020-04-01"]],
    ["a percentage as shown", c("A1", "0.231", ' s="1"'), ["23.1%"]],
    ["a built-in whole percentage", c("A1", "0.5", ' s="3"'), ["50%"]],
    ["a number", c("A1", "12.5"), [12.5]],
    ["shared strings in runs", c("A1", "1", ' t="s"'), ["Re-referral rate"]],
    ["an entity in a shared string", c("A1", "2", ' t="s"'), ["Table 1 & notes"]],
    ["an inline string", '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> Q1 </t></is></c>', [" Q1 "]],
    ["a boolean", c("A1", "1", ' t="b"'), [true]],
    ["a formula's text", `<c r="A1" t="str"><f>A2</f><v>Current</v></c>`, ["Current"]],
    // A merged range keeps its value in its first cell; the others are empty (<c> with a style, no value).
    [
      "a merged cell across three columns",
      `${c("A1", "0", ' t="s"')}<c r="B1" s="1"/><c r="C1" s="1"/>${c("D1", "7")}`,
      ["Indicator", null, null, 7],
    ],
    ["cells with gaps between them", `${c("B1", "3")}${c("D1", "4")}`, [null, 3, null, 4]],
  ])("reads %s", (_what, cells, expected) => {
    const r = workbookSheetsFromXlsx(book(["S"], [`<row r="1">${cells}</row>`]), "t.xlsx");
    const row = r.ok ? r.sheets[0]?.rows[0] : undefined;
    expect(row?.map((x) => (x instanceof Date ? x.toISOString().slice(0, 10) : x))).toEqual(expected);
  });

  it("reads a 1904 workbook's dates from its own day 0", () => {
    const r = workbookSheetsFromXlsx(
      book(["S"], [`<row r="1">${c("A1", "42460", ' s="2"')}</row>`], '<workbookPr date1904="1"/>'),
      "t.xlsx",
    );
    const cell = r.ok ? r.sheets[0]?.rows[0]?.[0] : undefined;
    expect(cell instanceof Date && cell.toISOString().slice(0, 10)).toBe("2020-04-01");
  });

  it("keeps a blank row inside the sheet and drops blank rows and columns at its edges", () => {
    const r = workbookSheetsFromXlsx(
      book(
        ["S"],
        [
          `<row r="1">${c("A1", "5")}<c r="E1" s="1"/></row><row r="2"/>` +
            `<row r="3">${c("B3", "6")}</row><row r="4"><c r="A4" s="1"/></row><row r="9"/>`,
        ],
      ),
      "t.xlsx",
    );
    expect(r.ok && r.sheets[0]?.rows).toEqual([
      [5, null],
      [null, null],
      [null, 6],
    ]);
  });

  it.each<[string, ReadonlyMap<string, string> | null]>([
    ["bytes that are no ZIP", null],
    ["a ZIP without sheets", new Map([["xl/workbook.xml", "<workbook/>"]])],
  ])("refuses %s", (_what, parts) => {
    const r = workbookSheetsFromXlsx(parts, "t.xlsx");
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.file, i.row])).toEqual([
      ["xlsx-unreadable", "t.xlsx", 1],
    ]);
  });
});
