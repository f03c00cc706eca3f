// local: the council's own figures, long or wide, read and written in Node and in a browser (public exports).

export { type FigurePart, splitFigureCell, tablePeriod } from "./figure-cell.js";
export {
  computedFigureRows,
  LOCAL_FIGURE_COLUMNS,
  type LocalFigureColumn,
  type LocalFigureRow,
  localFigureCells,
  localFigureRows,
  localFiguresCsv,
} from "./local-figures-csv.js";
export { localObservations } from "./local-observations.js";
export { localTableFromBytes } from "./local-table-text.js";
export { readLocalFigures } from "./read-local-figures.js";
export { LONG_COLUMNS, longColumnOf, readLongFigures } from "./read-long-figures.js";
export { isWideTable, readWideFigures, type WideColumn, wideColumnOf } from "./read-wide-figures.js";
export type {
  LocalCell,
  LocalFigure,
  LocalFiguresResolver,
  LocalFiguresResult,
  LocalIndicatorRow,
  LocalTable,
} from "./types.js";
export {
  localTableFromFile,
  localTableFromXlsx,
  readWorkbookSheets,
  type WorkbookSheet,
  workbookSheetsFromXlsx,
} from "./xlsx-table.js";
