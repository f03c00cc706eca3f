import { readCsvRecords } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { tableAsCsv } from "./xlsx-table.js";

describe("tableAsCsv", () => {
  it("writes workbook cells as the 903 CSV does, each row on its sheet row", () => {
    const csv = tableAsCsv({
      file: "episodes.xlsx",
      kind: "xlsx",
      header: ["CHILD", "DECOM", "RNE", "NOTE"],
      rows: [
        { row: 2, cells: [101, new Date(Date.UTC(2024, 3, 1)), "S", 'a "b", c'] },
        { row: 5, cells: ["C2", "31/03/2024", null, true] },
      ],
      issues: [],
    });
    expect(readCsvRecords(csv).records).toEqual([
      { line: 1, cells: ["CHILD", "DECOM", "RNE", "NOTE"] },
      { line: 2, cells: ["101", "01/04/2024", "S", 'a "b", c'] },
      { line: 5, cells: ["C2", "31/03/2024", "", "1"] },
    ]);
  });
});
