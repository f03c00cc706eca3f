import { cellText } from "./cell-text.js";
import { readLongFigures } from "./read-long-figures.js";
import { isWideTable, readWideFigures, wideColumnOf } from "./read-wide-figures.js";
import type { LocalFiguresResolver, LocalFiguresResult, LocalTable } from "./types.js";

/**
 * Reads a local figures table in whichever layout it is written: long (`indicator, period, value` rows) or
 * wide (a row per indicator, a column per period or a current position), recognised from the header. A header
 * in two rows, as a merged group heading leaves it ("Outturn" over 2018/19 and 2019/20, "Indicator" and
 * "Target" merged down), is read as one: each column's lower cell, else its upper one.
 * `kpikit report`, `kpikit validate`, `kpikit init --from` and the dashboard all read local figures here.
 * @example
 * const t = { file: "t.tsv", kind: "csv", header: ["Indicator", "2018/19", "Current position"], rows: [{ row: 2, cells: ["Agency staff", "66", "23 (Sept 2020)"] }], issues: [] } as const;
 * readLocalFigures(t, { findIndicator }).layout //=> "wide"
 */
export function readLocalFigures(table: LocalTable, resolver: LocalFiguresResolver): LocalFiguresResult {
  const read = headerInTwoRows(table);
  return isWideTable(read.header) ? readWideFigures(read, resolver) : readLongFigures(read, resolver);
}

/**
 * The table with a header in two rows read as one, when it has one: the header is not a layout kpikit reads,
 * and the row below it has nothing in its first column and only period labels (or a current position) beside.
 */
function headerInTwoRows(table: LocalTable): LocalTable {
  const [second, ...rest] = table.rows;
  if (!second || isWideTable(table.header) || cellText(second.cells[0]) !== "") return table;
  const texts = second.cells.map((c) => cellText(c));
  const filled = texts.filter((t) => t !== "");
  const labels = filled.every((t) => {
    const kind = wideColumnOf(t).kind;
    return kind === "period" || kind === "current";
  });
  if (filled.length === 0 || !labels) return table;
  const width = Math.max(table.header.length, texts.length);
  const header = Array.from({ length: width }, (_, i) => texts[i] || (table.header[i] ?? ""));
  return { ...table, header, rows: rest };
}
