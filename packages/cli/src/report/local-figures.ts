import { basename } from "node:path";
import type { DataQualityEntry, Issue } from "@kpikit/core";
import {
  type CscArea,
  findArea,
  type LocalFigure,
  type LocalFiguresResolver,
  type LocalIndicatorRow,
  readLocalFigures,
} from "@kpikit/csc";
import { errorsOf, inputError } from "../_lib/errors.js";
import { readTable } from "../read/read-table.js";
import { problemCount } from "./problem-count.js";

/** The council's own figures for the report, with the warnings and data-quality notes met reading them. */
export interface ReportLocalFigures {
  readonly figures: readonly LocalFigure[];
  /** A wide table's rows: each indicator's comparison figure, target, polarity and notes. */
  readonly indicators: readonly LocalIndicatorRow[];
  readonly layout?: "long" | "wide";
  readonly warnings: readonly Issue[];
  readonly dataQuality: readonly DataQualityEntry[];
}

/**
 * Reads the local figures file (long, or a wide committee table), if one is given, keeping only rows for `la`.
 * An unreadable file or any error in it throws an input error with every issue; warnings and skipped rows
 * become data-quality notes.
 * @param name The file's name as the user wrote it, for messages.
 */
export async function readReportLocalFigures(
  path: string | undefined,
  name: string | undefined,
  findIndicator: LocalFiguresResolver["findIndicator"],
  la: CscArea,
): Promise<ReportLocalFigures> {
  if (!path) return { figures: [], indicators: [], warnings: [], dataQuality: [] };
  const shown = name ?? path;
  const table = await readTable(path, shown);
  if (!table.ok) throw inputError(`${shown}: cannot use the local figures file`, table.issues);
  const result = readLocalFigures(table, {
    findIndicator,
    area: (text) => {
      const m = findArea(text, { kinds: ["la"] });
      if (!m.ok) return { ok: false, message: `"${text}" is not a local authority: ${m.message}` };
      if (m.area.code === la.code) return { ok: true };
      return {
        ok: false,
        message: `this row is for ${m.area.name} (${m.area.code}) but the report is for ${la.name} (${la.code}); keep only ${la.name}'s figures in the file`,
      };
    },
  });
  if (errorsOf(result.issues).length > 0)
    throw inputError(`${shown}: the local figures have ${problemCount(result.issues)}`, result.issues);
  const source = basename(path);
  const dataQuality: DataQualityEntry[] = result.issues.map((w) => ({
    code: w.code,
    message: w.message,
    source,
    ...(w.row === undefined ? {} : { row: w.row }),
  }));
  for (const s of result.skipped)
    if (!s.reason.includes("template row"))
      dataQuality.push({ code: "local-row-skipped", message: s.reason, source, row: s.row });
  return {
    figures: result.figures,
    indicators: result.indicators,
    layout: result.layout,
    warnings: result.issues,
    dataQuality,
  };
}
