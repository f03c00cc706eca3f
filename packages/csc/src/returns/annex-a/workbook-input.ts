import { readWorkbookSheets, type WorkbookSheet } from "../../local/xlsx-table.js";
import type { PlanCell, PlanSheet } from "../../plan/read-plan.js";
import type { ReturnsInput } from "../pipeline/read-returns.js";
import { isZip } from "../pipeline/recognise.js";

/**
 * A workbook's sheets as the sheet readers take them (plans, Annex A): each sheet named as messages name it
 * (`lists.xlsx [List 8]`, or the file's name alone when it has one sheet), a date cell as its ISO day.
 * @example
 * const sheets = workbookPlanSheets([{ name: "List 8", rows: [["Child Unique ID"], ["A1"]] }, { name: "List 1", rows: [] }], "lists.xlsx");
 * sheets.map((s) => [s.file, s.sheet]) //=> [["lists.xlsx [List 8]", "List 8"], ["lists.xlsx [List 1]", "List 1"]]
 */
export function workbookPlanSheets(sheets: readonly WorkbookSheet[], file: string): PlanSheet[] {
  const cell = (c: WorkbookSheet["rows"][number][number]): PlanCell =>
    c instanceof Date ? (Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10)) : c;
  return sheets.map((s) => ({
    file: sheets.length === 1 ? file : `${file} [${s.name}]`,
    sheet: s.name,
    rows: s.rows.map((row) => row.map(cell)),
  }));
}

/**
 * A returns file as {@link readReturns} takes it, from its name and bytes: a workbook (XLSX) with its sheets
 * read, so that an Annex A is recognised by them (the pipeline itself does not unzip); any other file as it is.
 * A workbook that cannot be read is passed as it is, and the pipeline names it. `kpikit compute`, `kpikit
 * validate` and the dashboard's returns view all read their files with it.
 * @example
 * returnsInputOf("cin.xml", new TextEncoder().encode("<Message/>")) instanceof Promise //=> true
 */
export async function returnsInputOf(name: string, bytes: Uint8Array): Promise<ReturnsInput> {
  if (!isZip(bytes)) return { name, bytes };
  const read = await readWorkbookSheets(bytes, name);
  return read.ok ? { name, bytes, sheets: workbookPlanSheets(read.sheets, name) } : { name, bytes };
}
