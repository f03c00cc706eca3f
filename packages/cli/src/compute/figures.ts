import { applyDisclosureControl, isDisclosive, type Observation, STATUS_MARKER } from "@kpikit/core";
import { getIndicator } from "@kpikit/csc";
import { csvText } from "../write/csv.js";
import { fixZipDates } from "../write/zip-dates.js";

/** The columns of a local figures file, as `kpikit report --local` reads them. */
export const FIGURE_COLUMNS = ["indicator", "period", "value", "numerator", "denominator", "note"] as const;

/** One line of a local figures file: text as written (`[c]` for a suppressed figure). */
export interface FigureRow {
  readonly indicator: string;
  readonly period: string;
  readonly value: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly note: string;
  readonly status: Observation["status"];
}

/**
 * Local figures rows from computed observations. With a threshold, disclosure control is applied first
 * (`applyDisclosureControl`: a figure whose numerator is 1 to threshold−1 is written as `[c]`, its
 * numerator too), and a small denominator is written as `[c]`; the note says so.
 */
export function figureRows(
  observations: readonly Observation[],
  threshold: number | null,
): { rows: readonly FigureRow[]; suppressed: number } {
  const disclosed =
    threshold === null
      ? { observations, suppressed: [] }
      : applyDisclosureControl(observations, { threshold });
  const rows = disclosed.observations.map((o): FigureRow => {
    const unit = getIndicator(o.indicatorId)?.unit;
    const source = o.source ? `Computed from the ${o.source} return` : "Computed from the returns";
    const rule = threshold === null ? "" : ` Counts 1–${threshold - 1} are suppressed ([c]).`;
    // The measure's own note first (a look-back not covered, distances unknown), its small counts hidden.
    const own = o.note ? `${threshold === null ? o.note : smallCountsHidden(o.note, threshold)} ` : "";
    const count = (n: number | undefined) =>
      n === undefined || (threshold !== null && isDisclosive(n, threshold))
        ? STATUS_MARKER.suppressed
        : String(n);
    if (o.status === "suppressed") {
      return {
        indicator: o.indicatorId,
        period: o.period.label,
        value: STATUS_MARKER.suppressed,
        numerator: STATUS_MARKER.suppressed,
        denominator: count(o.denominator),
        // Never the reason from disclosure control: it quotes the count it withholds.
        note: `${source}; suppressed ([c]): a count in it is below ${threshold ?? 5}.${rule}`,
        status: o.status,
      };
    }
    if (o.value === null) {
      return {
        indicator: o.indicatorId,
        period: o.period.label,
        value: STATUS_MARKER["not-available"],
        numerator: o.numerator === undefined ? "" : count(o.numerator),
        denominator: o.denominator === undefined ? "" : count(o.denominator),
        note: `${own}${source}; not available${o.denominator === 0 ? ": nothing to count in the year (denominator 0)" : ""}.${rule}`,
        status: o.status,
      };
    }
    return {
      indicator: o.indicatorId,
      period: o.period.label,
      // Unrounded: the report rounds for display, and the figure stays exactly what was computed.
      value: `${String(o.value)}${unit === "percent" ? "%" : ""}`,
      numerator: o.numerator === undefined ? "" : count(o.numerator),
      denominator: o.denominator === undefined ? "" : count(o.denominator),
      note: `${own}${source}.${rule}`,
      status: o.status,
    };
  });
  return { rows, suppressed: disclosed.suppressed.length };
}

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
/** Counts 1 to threshold−1 in a note written as [c], as in the figures (a day of a month, 2½ or a year kept). */
function smallCountsHidden(note: string, threshold: number): string {
  const count = new RegExp(`(?<![\\d./½-])(\\d+)(?![\\d./½-]|\\s+(?:${MONTH}))`, "g");
  return note.replace(count, (n) => (isDisclosive(Number(n), threshold) ? STATUS_MARKER.suppressed : n));
}

const cells = (r: FigureRow) => FIGURE_COLUMNS.map((c) => r[c]);

/** The rows as a local figures CSV. */
export function figuresCsv(rows: readonly FigureRow[]): string {
  return csvText(FIGURE_COLUMNS, rows.map(cells));
}

/** The rows as a Markdown table. */
export function figuresMarkdown(rows: readonly FigureRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return `${[
    `| ${FIGURE_COLUMNS.join(" | ")} |`,
    `| ${FIGURE_COLUMNS.map((c) => (c === "indicator" || c === "period" || c === "note" ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(" | ")} |`),
  ].join("\n")}\n`;
}

/** The rows as a local figures XLSX (one sheet, every cell text so that Excel keeps `2021/22` and `[c]`). */
export async function figuresXlsx(rows: readonly FigureRow[], isoDate: string): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const text = (value: string) => ({ value, type: String, format: "@" });
  const sheet = [
    FIGURE_COLUMNS.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })),
    ...rows.map((r) => cells(r).map(text)),
  ];
  const buffer = await writeXlsxFile(sheet as never, {
    sheet: "Local figures",
    stickyRowsCount: 1,
    columns: [{ width: 26 }, { width: 10 }, { width: 22 }, { width: 12 }, { width: 12 }, { width: 80 }],
  }).toBuffer();
  return fixZipDates(new Uint8Array(buffer), isoDate);
}
