import type { Observation } from "@kpikit/core";
import type { LocalFigure } from "./types.js";

/**
 * Local figures as the LA's observations (`origin: "local"`), each naming its file and row (`source`), and
 * keeping what the table said beside the figure (`note`: a range's ends, the cell as written, the row's note).
 * @param file The file's name for `source`; default each figure's own.
 * @example
 * localObservations([], "865") //=> []
 */
export function localObservations(
  figures: readonly LocalFigure[],
  area: string,
  file?: string,
): Observation[] {
  return figures.map((f) => {
    const note = [
      f.range ? `written as ${f.range.low}–${f.range.high}; the midpoint is used` : undefined,
      f.note?.includes("the midpoint is used")
        ? f.note.replace(/;?\s*written as [^;]*; the midpoint is used/, "") || undefined
        : f.note,
      f.written ? `from "${f.written}"` : undefined,
    ]
      .filter((s): s is string => Boolean(s))
      .join("; ");
    return {
      indicatorId: f.indicator.id,
      area,
      period: f.period,
      value: f.value,
      status: f.status,
      ...(f.numerator === undefined ? {} : { numerator: f.numerator }),
      ...(f.denominator === undefined ? {} : { denominator: f.denominator }),
      ...(f.range ? { range: f.range } : {}),
      source: `${file ?? f.file} row ${f.row}`,
      origin: "local" as const,
      ...(note ? { note } : {}),
    };
  });
}
