import type { Issue, Observation } from "@kpikit/core";
import {
  getArea,
  getIndicator,
  type MeasureExclusion,
  measureReturns,
  type ReturnsInput,
  type ReturnsStreamInput,
  readReturnsStream,
} from "@kpikit/csc";

/** What the dashboard shows for a set of return files: issues, measures and what was read. */
export interface ReturnsResult {
  /** Every issue from every file (file, row, column; never a child's identifier or characteristics). */
  readonly issues: readonly Issue[];
  /** The issues after which nothing is computed (a file of unknown year, two LAs, broken XML…). */
  readonly blocking: readonly Issue[];
  /** The computed measures; `area` is `"local"`. */
  readonly observations: readonly Observation[];
  /** The measures that have published figures to compare with (the scorecard's rows). */
  readonly comparable: readonly string[];
  readonly exclusions: readonly (MeasureExclusion & { readonly period: string })[];
  /** The LA the files are of, when a header or an LA column names one. */
  readonly laCode: string | null;
  /** The SSDA903 years among the files (start years), for choosing another. */
  readonly ssda903Years: readonly number[];
  /** The SSDA903 year computed, or null. */
  readonly ssda903Year: number | null;
  /** Plain-English notes on what was read (each file's kind and year). */
  readonly notes: readonly string[];
}

/** Options for {@link computeReturns}. */
export interface ComputeReturnsOptions {
  /** The SSDA903 year to compute (start year); default the latest. */
  readonly ssda903Year?: number;
  /** The LA to read when the files are of several. */
  readonly la?: string;
  readonly onProgress?: (progress: {
    readonly done: number;
    readonly total: number;
    readonly file: string;
    /** While a file streams: its bytes and the records (children or rows) read so far. */
    readonly bytes?: number;
    readonly records?: number;
  }) => void;
}

const label = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, "0")}`;
const KINDS: Readonly<Record<string, string>> = {
  "cin-census": "CIN census",
  ssda903: "SSDA903",
  "annex-a": "Annex A",
  "workforce-census": "workforce census",
  "cin-flat-csv": "CIN census table (CSV)",
  spreadsheet: "spreadsheet",
  unknown: "not a return",
};

/**
 * Reads and measures return files with @kpikit/csc's returns pipeline, as `kpikit compute` does: the same
 * years, LA rules and measures, the files read as they stream (`File.stream()`), a census keeping only the rows
 * the measures read. Runs in the page's worker; plain data in, plain data out.
 */
export async function computeReturns(
  files: readonly (ReturnsInput | ReturnsStreamInput)[],
  options: ComputeReturnsOptions = {},
): Promise<ReturnsResult> {
  const read = await readReturnsStream(files, {
    keep: "measure-rows",
    ...(options.la ? { la: options.la } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const m =
    read.blocking.length > 0
      ? { observations: [], exclusions: [], computed: [] }
      : measureReturns(read, options.ssda903Year === undefined ? {} : { ssda903Year: options.ssda903Year });
  const notes = read.files.map((f) => {
    const what = `${f.file}: ${KINDS[f.return] ?? f.return}${f.year === null ? "" : ` ${label(f.year)}`}`;
    if (!f.used) return `${what} (not used${f.note ? `: ${f.note}` : ""})`;
    const computed = m.computed.some((c) => c.year === f.year);
    return `${what}${computed ? "" : " (history only)"}`;
  });
  if (read.blocking.length > 0)
    notes.push(
      "Nothing was computed: fix the errors below (each names its file, line and column) and choose the files again.",
    );
  const la = read.la !== null && getArea(read.la)?.kind === "la" ? read.la : null;
  return {
    issues: read.issues,
    blocking: read.blocking,
    observations: m.observations,
    comparable: [...new Set(m.observations.map((o) => o.indicatorId))].filter(
      (id) => !!getIndicator(id)?.lait,
    ),
    exclusions: m.exclusions,
    laCode: la,
    ssda903Years: read.years.filter((y) => y.ssda903 !== undefined).map((y) => y.year),
    ssda903Year:
      m.computed.find((c) => c.parts !== "cin" && read.years.some((y) => y.year === c.year && y.ssda903))
        ?.year ?? null,
    notes,
  };
}
