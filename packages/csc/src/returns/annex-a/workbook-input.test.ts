import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readReturns } from "../pipeline/read-returns.js";
import { returnsInputOf, workbookPlanSheets } from "./workbook-input.js";

const annex = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../../../../data/returns/annex-a/${name}`, import.meta.url))),
  );

describe("returnsInputOf", () => {
  it.each(["Annex_A_sample_liiatools.xlsx", "Annex_A_Jan_2022_TT1_liiatools_pipeline.xlsx"])(
    "gives %s its sheets, so the pipeline reads it as an Annex A (without them it cannot)",
    async (name) => {
      const bytes = annex(name);
      const input = await returnsInputOf(`lists/${name}`, bytes);
      expect(input.sheets?.map((s) => s.sheet)).toEqual(expect.arrayContaining(["List 1", "List 8"]));
      expect(input.sheets?.every((s) => s.file === `lists/${name} [${s.sheet}]`)).toBe(true);
      const read = readReturns([input]);
      expect(read.files.map((f) => [f.return, f.yearFrom !== null])).toEqual([["annex-a", true]]);
      const bare = readReturns([{ name: `lists/${name}`, bytes }]);
      expect(bare.files.map((f) => f.used)).toEqual([false]);
      expect(bare.issues.map((i) => i.code)).toEqual(["returns-annex-a-not-read"]);
    },
  );

  it.each([
    ["a CIN census", new TextEncoder().encode("<Message/>")],
    ["bytes that start as a ZIP but are none", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0])],
  ])("passes %s as it is, with no sheets", async (_what, bytes) => {
    const input = await returnsInputOf("f", bytes);
    expect([input.name, input.bytes, input.sheets]).toEqual(["f", bytes, undefined]);
  });
});

it("workbookPlanSheets: a date cell as its ISO day, an invalid date blank, one sheet named as the file", () => {
  const sheets = workbookPlanSheets(
    [{ name: "List 8", rows: [[new Date(Date.UTC(2024, 1, 29)), new Date(Number.NaN), 3, "x", null, true]] }],
    "a.xlsx",
  );
  expect(sheets).toEqual([
    { file: "a.xlsx", sheet: "List 8", rows: [["2024-02-29", null, 3, "x", null, true]] },
  ]);
});
