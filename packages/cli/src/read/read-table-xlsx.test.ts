// The CLI reads a workbook with @kpikit/csc's reader (the dashboard's too): for any sheet write-excel-file
// writes, it gives the cells read-excel-file gives, a percentage-formatted number as the sheet shows it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { readTable } from "./read-table.js";
import { percentShown, writtenCell, xlsxCell } from "./xlsx-cells.test-helper.js";

const dir = mkdtempSync(join(tmpdir(), "kpikit-read-xlsx-"));
let n = 0;

describe("readTable (XLSX) with @kpikit/csc's workbook reader", () => {
  it("reads every cell as read-excel-file does, percentages as shown", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(xlsxCell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        async (body) => {
          const header = [
            { value: "Indicator", type: String },
            { value: "2019/20", type: String },
            { value: "Note", type: String },
          ];
          const file = join(dir, `t${n++}.xlsx`);
          writeFileSync(
            file,
            await writeXlsxFile([header, ...body.map((r) => r.map(writtenCell))] as never).toBuffer(),
          );
          const ours = await readTable(file, "t.xlsx");
          expect(ours.ok).toBe(true);
          if (!ours.ok) return;
          const theirs = (await readSheet(file)) as unknown[][];
          expect(ours.header).toEqual(["Indicator", "2019/20", "Note"]);
          const expected = body
            .map((r, i) => ({
              row: i + 2,
              cells: r.map((c, col) =>
                c.kind === "percent" ? percentShown(c.value) : (theirs[i + 1]?.[col] ?? null),
              ),
            }))
            .filter((r) => r.cells.some((c) => c !== null));
          const trimmed = ours.rows.map((r) => ({
            row: r.row,
            cells: [0, 1, 2].map((i) => r.cells[i] ?? null),
          }));
          expect(trimmed).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
