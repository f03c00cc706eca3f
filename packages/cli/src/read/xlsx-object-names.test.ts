// write-excel-file 4.1.1 kept its shared strings in a plain object, so a cell whose text named an Object property
// (constructor, toString…) was written as a broken shared-string index. patches/write-excel-file@4.1.1.patch
// gives it a prototype-free map; these cells must read back as written.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";

const NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf"] as const;

async function roundTrip(rows: readonly (readonly string[])[]): Promise<unknown[][]> {
  const sheet = rows.map((r) => r.map((value) => ({ value, type: String })));
  const bytes = await writeXlsxFile(sheet as never).toBuffer();
  const file = join(mkdtempSync(join(tmpdir(), "kpikit-xlsx-names-")), "t.xlsx");
  writeFileSync(file, bytes);
  return (await readSheet(file)) as unknown[][];
}

describe("XLSX cells whose text names an Object property", () => {
  it.each(NAMES)("%s is written and read back as its text", async (name) => {
    expect(
      await roundTrip([
        ["indicator", "value"],
        [name, "5"],
        ["x", name],
      ]),
    ).toEqual([
      ["indicator", "value"],
      [name, "5"],
      ["x", name],
    ]);
  });

  it("any mix of such names and other text reads back as written", async () => {
    const word = fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[a-z]{1,8}$/));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(word, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }),
        async (rows) => {
          expect(await roundTrip(rows)).toEqual(rows);
        },
      ),
      { numRuns: 20 },
    );
  });
});
