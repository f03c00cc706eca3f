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

const dir = mkdtempSync(join(tmpdir(), "kpikit-read-sheets-"));
let n = 0;

type Cell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "percent"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "boolean"; value: boolean }
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
  fc.record({ kind: fc.constant("boolean" as const), value: fc.boolean() }),
  fc.constant({ kind: "blank" as const }),
);

const written = (c: Cell) =>
  c.kind === "blank"
    ? null
    : c.kind === "text"
      ? { value: c.value, type: String }
      : c.kind === "boolean"
        ? { value: c.value, type: Boolean }
        : c.kind === "date"
          ? { value: c.value, type: Date, format: "dd/mm/yyyy" }
          : { value: c.value, type: Number, ...(c.kind === "percent" ? { format: "0.0%" } : {}) };

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
              fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
              { minLength: sheetNames.length, maxLength: sheetNames.length },
            ),
          ),
        ),
        async ([sheetNames, bodies]) => {
          const file = join(dir, `w${n++}.xlsx`);
          // Every sheet starts with a filled cell, as a workbook writer needs a sheet with something in it.
          const data = bodies.map((rows) => [
            [{ value: "Ref", type: String }],
            ...rows.map((r) => r.map(written)),
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
                if (wrote?.kind === "percent") return `${Number((wrote.value * 100).toPrecision(12))}%`;
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
