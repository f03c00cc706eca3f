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

const dir = mkdtempSync(join(tmpdir(), "kpikit-read-xlsx-"));
let n = 0;

type Cell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "blank" };

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({
    kind: fc.constant("text" as const),
    value: fc.stringMatching(/^[A-Za-z0-9 %./,&<>'"_-]{1,12}$/).filter((s) => s.trim() === s),
  }),
  fc.record({
    kind: fc.constant("number" as const),
    value: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
  }),
  fc.record({
    kind: fc.constant("percent" as const),
    value: fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000),
  }),
  fc.record({
    kind: fc.constant("date" as const),
    value: fc.integer({ min: 0, max: 20_000 }).map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000)),
  }),
  fc.constant({ kind: "blank" as const }),
);

const written = (c: Cell) =>
  c.kind === "blank"
    ? null
    : c.kind === "text"
      ? { value: c.value, type: String }
      : c.kind === "date"
        ? { value: c.value, type: Date, format: "dd/mm/yyyy" }
        : { value: c.value, type: Number, ...(c.kind === "percent" ? { format: "0.0%" } : {}) };

describe("readTable (XLSX) with @kpikit/csc's workbook reader", () => {
  it("reads every cell as read-excel-file does, percentages as shown", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        async (body) => {
          const header = [
            { value: "Indicator", type: String },
            { value: "2019/20", type: String },
            { value: "Note", type: String },
          ];
          const file = join(dir, `t${n++}.xlsx`);
          writeFileSync(
            file,
            await writeXlsxFile([header, ...body.map((r) => r.map(written))] as never).toBuffer(),
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
                c.kind === "percent"
                  ? `${Number((c.value * 100).toPrecision(12))}%`
                  : (theirs[i + 1]?.[col] ?? null),
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
