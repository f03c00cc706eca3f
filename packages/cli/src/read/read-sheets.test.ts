// Plans and Annex A workbooks are read with @kpikit/csc's workbook reader (every sheet by name): for any
// workbook write-excel-file writes, it gives the sheets and cells read-excel-file gives, a percentage-formatted
// number as the sheet shows it and a date as its day.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { readSheets } from "./read-sheets.js";
import { percentShown, writtenCell, xlsxCell } from "./xlsx-cells.test-helper.js";

const dir = mkdtempSync(join(tmpdir(), "kpikit-read-sheets-"));
let n = 0;

const names = fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 &]{0,10}[A-Za-z0-9]$/), {
  minLength: 1,
  maxLength: 3,
  selector: (s) => s.toLowerCase(),
});

describe("readSheets (XLSX) with @kpikit/csc's workbook reader", () => {
  it("reads every sheet by name and every cell where read-excel-file does", async () => {
    await fc.assert(
      fc.asyncProperty(
        names.chain((sheetNames) =>
          fc.tuple(
            fc.constant(sheetNames),
            fc.array(
              fc.array(fc.array(xlsxCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
              { minLength: sheetNames.length, maxLength: sheetNames.length },
            ),
          ),
        ),
        async ([sheetNames, bodies]) => {
          const file = join(dir, `w${n++}.xlsx`);
          // Every sheet starts with a filled cell, as a workbook writer needs a sheet with something in it.
          const data = bodies.map((rows) => [
            [{ value: "Ref", type: String }],
            ...rows.map((r) => r.map(writtenCell)),
          ]);
          const book = data.map((rows, i) => ({ data: rows, sheet: sheetNames[i] }));
          writeFileSync(file, await writeXlsxFile(book as never).toBuffer());
          const ours = await readSheets(file, "plan.xlsx");
          expect(ours.ok).toBe(true);
          if (!ours.ok) return;
          const theirs = (await readXlsxFile(file)) as { sheet: string; data: unknown[][] }[];
          expect(ours.sheets.map((s) => s.sheet)).toEqual(theirs.map((s) => s.sheet));
          expect(ours.sheets.map((s) => s.file)).toEqual(
            sheetNames.length === 1 ? ["plan.xlsx"] : sheetNames.map((s) => `plan.xlsx [${s}]`),
          );
          theirs.forEach((sheet, i) => {
            const body = bodies[i] ?? [];
            const expected = sheet.data.map((row, r) =>
              row.map((c, col) => {
                const wrote = r === 0 ? undefined : body[r - 1]?.[col];
                if (wrote?.kind === "percent") return percentShown(wrote.value);
                return c instanceof Date ? c.toISOString().slice(0, 10) : c;
              }),
            );
            expect(ours.sheets[i]?.rows).toEqual(expected);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("refuses bytes that are no workbook, naming the file", async () => {
    const file = join(dir, "broken.xlsx");
    writeFileSync(file, new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]));
    const r = await readSheets(file, "broken.xlsx");
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.file])).toEqual([["xlsx-unreadable", "broken.xlsx"]]);
  });
});
