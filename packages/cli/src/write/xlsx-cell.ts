// The cell and fill shapes the XLSX writers hand to write-excel-file, shared by the report's and the plan's sheets.

/** A cell of a written sheet, or an empty one. */
export type Cell = {
  value?: string | number;
  type?: StringConstructor | NumberConstructor;
  format?: string;
  fontWeight?: "bold";
  backgroundColor?: string;
  textColor?: string;
  wrap?: boolean;
  alignVertical?: "top";
} | null;

/** A rating's tint and its text colour. */
export type Fill = { backgroundColor: string; textColor: string };
