import { readLongFigures } from "./read-long-figures.js";
import { isWideTable, readWideFigures } from "./read-wide-figures.js";
import type { LocalFiguresResolver, LocalFiguresResult, LocalTable } from "./types.js";

/**
 * Reads a local figures table in whichever layout it is written: long (`indicator, period, value` rows) or
 * wide (a row per indicator, a column per period or a current position), recognised from the header.
 * `kpikit report`, `kpikit validate`, `kpikit init --from` and the dashboard all read local figures here.
 * @example
 * const t = { file: "t.tsv", kind: "csv", header: ["Indicator", "2018/19", "Current position"], rows: [{ row: 2, cells: ["Agency staff", "66", "23 (Sept 2020)"] }], issues: [] } as const;
 * readLocalFigures(t, { findIndicator }).layout //=> "wide"
 */
export function readLocalFigures(table: LocalTable, resolver: LocalFiguresResolver): LocalFiguresResult {
  return isWideTable(table.header) ? readWideFigures(table, resolver) : readLongFigures(table, resolver);
}
