import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTable } from "./read-table.js";

const dir = mkdtempSync(join(tmpdir(), "kpikit-read-table-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("readTable (CSV)", () => {
  it("reads Windows-1252 curly quotes and dashes, not only accents, with the warning", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("indicator,period,value\n"),
      0x93,
      0x52,
      0x65,
      0x94,
      0x96,
      0x78,
      0x2c,
      0x32,
      0x30,
      0x32,
      0x33,
      0x2c,
      0x31,
      0x0a,
    ]);
    const t = await readTable(file("cp1252.csv", bytes));
    expect(t.ok && t.rows[0]?.cells).toEqual(["“Re”–x", "2023", "1"]);
    expect(t.issues.map((i) => [i.code, i.row])).toEqual([["latin1-encoding", 2]]);
  });

  it("repairs UTF-8 that was saved as Latin-1, with a warning", async () => {
    const t = await readTable(file("mojibake.csv", "indicator,period,value\nChildrenâ€™s plans,2023,1\n"));
    expect(t.ok && t.rows[0]?.cells[0]).toBe("Children’s plans");
    expect(t.issues.map((i) => i.code)).toEqual(["mis-decoded-text"]);
  });

  it("finds the separator, trims cells and numbers rows by the line they start on", async () => {
    const t = await readTable(
      file(
        "semicolons.csv",
        '\uFEFFindicator;period;value\r\n"two\r\nlines" ; 2023 ; 19,4\r\n\r\nx;2024;1\r\n',
      ),
    );
    expect(t.ok && t.header).toEqual(["indicator", "period", "value"]);
    expect(t.ok && t.rows).toEqual([
      { row: 2, cells: ["two\r\nlines", "2023", "19,4"] },
      { row: 5, cells: ["x", "2024", "1"] },
    ]);
  });

  it("refuses a quote that is never closed, naming its line", async () => {
    const t = await readTable(file("open.csv", 'indicator,period,value\nx,2023,1\n"open,2023,1\n'));
    expect(t.ok).toBe(false);
    expect(t.issues.map((i) => [i.code, i.row, i.column])).toEqual([["unterminated-quote", 3, 1]]);
  });
});
