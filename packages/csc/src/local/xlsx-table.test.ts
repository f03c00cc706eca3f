import { describe, expect, it } from "vitest";
import { findIndicator } from "../catalogue/index.js";
import { readLocalFigures } from "./read-local-figures.js";
import { localTableFromFile, localTableFromXlsx } from "./xlsx-table.js";

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
