import { basename } from "node:path";
import { type DataQualityEntry, type Issue, type Observation, parsePeriod, parseValue } from "@kpikit/core";
import { type CscArea, findArea } from "@kpikit/csc";
import { errorsOf, inputError } from "../_lib/errors.js";
import { interpretLocalFigures, type LocalFigure, type LocalFiguresResolver } from "../read/local-figures.js";
import { readTable } from "../read/read-table.js";
import { problemCount } from "./problem-count.js";

/** The council's own figures for the report, with the warnings and data-quality notes met reading them. */
export interface ReportLocalFigures {
  readonly figures: readonly LocalFigure[];
  readonly warnings: readonly Issue[];
  readonly dataQuality: readonly DataQualityEntry[];
}

/**
 * Reads the local figures file, if one is given, keeping only rows for `la`. An unreadable file or any
 * error in it throws an input error with every issue; warnings and skipped rows become data-quality notes.
 * @param name The file's name as the user wrote it, for messages.
 */
export async function readReportLocalFigures(
  path: string | undefined,
  name: string | undefined,
  findIndicator: LocalFiguresResolver["findIndicator"],
  la: CscArea,
): Promise<ReportLocalFigures> {
  if (!path) return { figures: [], warnings: [], dataQuality: [] };
  const shown = name ?? path;
  const table = await readTable(path, shown);
  if (!table.ok) throw inputError(`${shown}: cannot use the local figures file`, table.issues);
  const result = interpretLocalFigures(table, {
    findIndicator,
    parsePeriod,
    parseValue,
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
  return { figures: result.figures, warnings: result.issues, dataQuality };
}

/** The local figures as the LA's observations, each naming its file and row. */
export function localObservations(
  figures: readonly LocalFigure[],
  path: string | undefined,
  la: CscArea,
): Observation[] {
  return figures.map((f) => ({
    indicatorId: f.indicator.id,
    area: la.code,
    period: f.period,
    value: f.value,
    status: f.status,
    ...(f.numerator === undefined ? {} : { numerator: f.numerator }),
    ...(f.denominator === undefined ? {} : { denominator: f.denominator }),
    source: `${basename(path ?? f.file)} row ${f.row}`,
    ...(f.range
      ? { note: `written as ${f.range.low}–${f.range.high}; the midpoint is used` }
      : f.note
        ? { note: f.note }
        : {}),
  }));
}
