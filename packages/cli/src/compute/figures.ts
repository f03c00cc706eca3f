import type { Observation } from "@kpikit/core";
import {
  computedFigureRows,
  LOCAL_FIGURE_COLUMNS,
  type LocalFigureColumn,
  type LocalFigureRow,
  localFigureCells,
} from "@kpikit/csc";
import { fixZipDates } from "../write/zip-dates.js";

/** One line of a local figures file: its cells as @kpikit/csc writes them (`[c]` for a withheld figure). */
export type FigureRow = Readonly<Record<LocalFigureColumn, string>> & {
  readonly status: Observation["status"];
};

/**
 * The figures computed from the returns, as @kpikit/csc writes local figures (`computedFigureRows`: with a
 * threshold, disclosure control first and every small count `[c]`, the note saying so): the figures for its
 * CSV writer, and each figure's cells for the JSON document, the Markdown and XLSX files and the terminal.
 */
export function figureRows(
  observations: readonly Observation[],
  threshold: number | null,
): { figures: readonly LocalFigureRow[]; rows: readonly FigureRow[]; suppressed: number } {
  const { rows: figures, suppressed } = computedFigureRows(observations, threshold);
  return {
    figures,
    rows: figures.map((f) => ({ ...localFigureCells(f), status: f.status })),
    suppressed,
  };
}

const cells = (r: FigureRow) => LOCAL_FIGURE_COLUMNS.map((c) => r[c]);

/** The rows as a Markdown table (a note's line breaks as spaces, so that each figure stays one line). */
export function figuresMarkdown(rows: readonly FigureRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\s*[\r\n]+\s*/g, " ");
  const text = new Set<LocalFigureColumn>(["indicator", "period", "note"]);
  return `${[
    `| ${LOCAL_FIGURE_COLUMNS.join(" | ")} |`,
    `| ${LOCAL_FIGURE_COLUMNS.map((c) => (text.has(c) ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(" | ")} |`),
  ].join("\n")}\n`;
}

/** The rows as a local figures XLSX (one sheet, every cell text so that Excel keeps `2021/22` and `[c]`). */
export async function figuresXlsx(rows: readonly FigureRow[], isoDate: string): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const text = (value: string) => ({ value, type: String, format: "@" });
  const sheet = [
    LOCAL_FIGURE_COLUMNS.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })),
    ...rows.map((r) => cells(r).map(text)),
  ];
  const buffer = await writeXlsxFile(sheet as never, {
    sheet: "Local figures",
    stickyRowsCount: 1,
    columns: [
      { width: 26 },
      { width: 10 },
      { width: 22 },
      { width: 12 },
      { width: 12 },
      { width: 10 },
      { width: 80 },
    ],
  }).toBuffer();
  return fixZipDates(new Uint8Array(buffer), isoDate);
}
