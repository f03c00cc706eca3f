import { type Issue, type Observation, type Period, periodKey } from "@kpikit/core";
import type { CscArea } from "../_data/types.js";
import { getArea } from "../reference/areas.js";
import { findArea } from "../reference/find-area.js";
import type { CsvRecord } from "../text/csv-records.js";
import { laitPeriod } from "./lait-period.js";
import type { LoadOptions, LoadResult } from "./load-result.js";
import { loadPublished, type PublishedMeasure } from "./published-dataset.js";
import {
  cellAt,
  Exclusions,
  FirstRowWins,
  Header,
  headerOrFailure,
  normHeader,
  readObservationCell,
  readTableText,
} from "./table-reader.js";

/** Options for {@link parseLaitExport}. */
export interface LaitExportOptions extends LoadOptions {
  /** For the wide layout (one measure, a column per year): the measure, as a LAIT id, catalogue id or title. */
  readonly measure?: string;
}

const LA_NUMBER = ["la_number", "la number", "la_code", "la code", "old_la_code", "dfe_la_code", "la num"];
const AREA_NAME = [
  "area_name",
  "la and regions",
  "la_and_regions",
  "la_name",
  "la name",
  "area",
  "local authority",
];
const YEAR_COLUMN = /^(\d{4})(\s*[-–/]\s*(\d{2}|\d{4}))?$/;

/**
 * Reads a LAIT export into observations under catalogue ids. Two layouts: the long one (`measure_short,
 * year_label, la_number, area_name, value_raw`, any number of measures), and the wide one LAIT's "All LAs" table
 * downloads as (`LA Number, LA and Regions, 2021, 2022, …` plus rank/quartile columns, which are ignored), for one
 * measure given by `options.measure` or named in a line above the header. Year labels are read with the measure's
 * LAIT year type (see `laitPeriod`); `-`, `c`, `x`, `..` are statuses, never numbers.
 * Never throws on bad input; every data row is used or reported (`rows.used + rows.excluded === rows.total`).
 * @param input The file's text or bytes.
 * @example
 * const csv = "measure_short,year_label,la_number,area_name,value_raw\nReReferral,2025,865,Wiltshire,19.9\nReReferral,2025,866,Swindon,-";
 * const r = parseLaitExport(csv, { file: "lait.csv" });
 * r.observations.map((o) => [o.indicatorId, o.area, o.period.label, o.value, o.status]) //=> [["re-referrals-12m", "865", "2024/25", 19.9, "ok"], ["re-referrals-12m", "866", "2024/25", null, "not-available"]]
 * r.rows //=> { total: 2, used: 2, excluded: 0 }
 */
export function parseLaitExport(input: string | Uint8Array, options: LaitExportOptions = {}): LoadResult {
  const file = options.file;
  const at = file === undefined ? {} : { file };
  const { records, delimiter, issues } = readTableText(input, file);
  const data = loadPublished();
  // The header is the first record naming an LA number column; lines before it are a title (the measure, maybe).
  const headerAt = records.findIndex((r) =>
    r.cells.some((c) => LA_NUMBER.includes(c.trim().toLowerCase()) || normHeader(c) === "measure_short"),
  );
  const preamble = headerAt > 0 ? records.slice(0, headerAt) : [];
  const found = headerAt >= 0 ? records[headerAt] : records[0];
  const body = records.slice(Math.max(headerAt, 0) + 1);
  const total = body.length;
  const fail = (issue: Issue): LoadResult => ({
    observations: [],
    issues: [...issues, issue],
    rows: { total, used: 0, excluded: total },
  });
  const headerRecord = headerOrFailure(found, delimiter, file, total);
  if ("code" in headerRecord) return fail(headerRecord);
  if (headerAt < 0) {
    return fail({
      code: "missing-column",
      severity: "error",
      message: `No LA number column (la_number or "LA Number"), so none of the file's ${total} rows can be read.`,
      row: 1,
      column: "la_number",
      ...at,
    });
  }
  const hrow = headerRecord.line;
  const header = new Header(headerRecord.cells, issues, file, hrow);
  const col = {
    measure: header.find("measure_short", ["measure", "indicator", "measure_id"], false),
    year: header.find("year_label", ["year", "time_period", "year label"], false),
    // LAIT's own spellings ("LA Number", "LA and Regions") are not renames.
    la: header.find("la_number", LA_NUMBER, false, true),
    name: header.find("area_name", AREA_NAME, false, true),
    value: header.find("value_raw", ["value", "data", "figure"], false),
  };
  const yearCols = header.names
    .map((_n, i) => ({ label: (headerRecord.cells[i] ?? "").trim(), i }))
    .filter((c) => YEAR_COLUMN.test(c.label));

  const observations: Observation[] = [];
  const firstRows = new FirstRowWins();
  const used = new Set<number>();
  const reported = new Set<number>();
  const exclusions = new Exclusions();
  const rowIssue = (rec: CsvRecord, issue: Omit<Issue, "file" | "row">) => {
    reported.add(rec.line);
    issues.push({ ...issue, row: rec.line, ...at });
  };

  const areaOf = (rec: CsvRecord): CscArea | undefined => {
    const code = cellAt(rec, col.la);
    const name = cellAt(rec, col.name);
    if (code) {
      const a = getArea(code);
      if (a) return a;
      rowIssue(rec, {
        code: "unknown-area",
        severity: "error",
        message: `LA number ${code}${name ? ` (${name})` : ""} is not a known DfE code.`,
        column: "la_number",
      });
      return undefined;
    }
    if (name) {
      const m = findArea(name);
      if (m.ok) {
        rowIssue(rec, {
          code: "area-matched-by-name",
          severity: "warning",
          message: `No LA number; "${name}" was taken to be ${m.area.name} (${m.area.code}).`,
          column: "area_name",
        });
        return m.area;
      }
      rowIssue(rec, { code: "unknown-area", severity: "error", message: m.message, column: "area_name" });
      return undefined;
    }
    rowIssue(rec, {
      code: "unknown-area",
      severity: "error",
      message: "The row has no LA number or name.",
      column: "la_number",
    });
    return undefined;
  };

  const emit = (
    rec: CsvRecord,
    measure: PublishedMeasure,
    area: CscArea,
    period: Period,
    raw: string,
    column: string,
  ): boolean => {
    const cell = readObservationCell(raw, column);
    if ("issue" in cell) {
      rowIssue(rec, cell.issue);
      return false;
    }
    const { value, status, note } = cell;
    const repeat = firstRows.repeat(
      `${measure.indicatorId}|${area.code}|${periodKey(period)}`,
      { row: rec.line, value, status },
      { measure: measure.lait, area: area.name, period: period.label },
      raw,
      column,
    );
    if (repeat) {
      rowIssue(rec, repeat);
      return false;
    }
    observations.push({
      indicatorId: measure.indicatorId,
      area: area.code,
      period,
      value,
      status,
      source: `${file ?? "LAIT export"} row ${rec.line}`,
      ...(note ? { note } : {}),
    });
    return true;
  };

  if (col.measure !== undefined && col.year !== undefined && col.value !== undefined) {
    // Long layout.
    for (const rec of body) {
      const id = cellAt(rec, col.measure);
      const measure = id ? data.findMeasure(id) : undefined;
      if (!measure) {
        rowIssue(rec, {
          code: "unknown-measure",
          severity: "error",
          message: `"${id}" is not a LAIT children's social care measure kpikit knows.`,
          column: "measure_short",
        });
        continue;
      }
      const yearLabel = cellAt(rec, col.year);
      const period = laitPeriod(measure.yearType, yearLabel);
      if (!period) {
        rowIssue(rec, {
          code: "bad-period",
          severity: "error",
          message: `"${yearLabel}" is not a LAIT year label.`,
          column: "year_label",
        });
        continue;
      }
      const area = areaOf(rec);
      if (!area) continue;
      if (emit(rec, measure, area, period, cellAt(rec, col.value), "value_raw")) used.add(rec.line);
    }
  } else if (yearCols.length > 0) {
    // Wide layout: one measure, a column per year.
    const named =
      options.measure ??
      preamble
        .map((r) =>
          r.cells
            .filter((c) => c.trim())
            .join(" ")
            .trim(),
        )
        .find((t) => data.findMeasure(t));
    const measure = named ? data.findMeasure(named) : undefined;
    if (!measure) {
      return fail({
        code: "unknown-measure",
        severity: "error",
        message: named
          ? `"${named}" is not a LAIT children's social care measure kpikit knows.`
          : "This is LAIT's one-measure layout (a column per year) but the file does not say which measure; pass options.measure.",
        row: hrow,
        column: 1,
        ...at,
      });
    }
    const periods = yearCols.map((c) => ({ ...c, period: laitPeriod(measure.yearType, c.label) }));
    for (const c of periods) {
      if (!c.period)
        issues.push({
          code: "bad-period",
          severity: "warning",
          message: `Column "${c.label}" is not a year kpikit can read; ignored.`,
          row: hrow,
          column: c.label,
          ...at,
        });
    }
    for (const rec of body) {
      if (rec.cells.every((c) => c.trim() === "")) continue;
      const area = areaOf(rec);
      if (!area) continue;
      let any = false;
      for (const c of periods) {
        if (c.period && emit(rec, measure, area, c.period, (rec.cells[c.i] ?? "").trim(), c.label))
          any = true;
      }
      if (any) used.add(rec.line);
    }
  } else {
    return fail({
      code: "missing-column",
      severity: "error",
      message: `The file has an LA number column but neither measure_short/year_label/value_raw columns nor year columns, so its ${total} rows cannot be read.`,
      row: hrow,
      column:
        col.measure === undefined ? "measure_short" : col.year === undefined ? "year_label" : "value_raw",
      ...at,
    });
  }
  for (const rec of body) {
    if (!used.has(rec.line) && !reported.has(rec.line)) {
      if (rec.cells.every((c) => c.trim() === "")) exclusions.add("blank", rec.line, "are blank.");
      else
        rowIssue(rec, {
          code: "row-not-used",
          severity: "warning",
          message: "No value could be read from this row.",
        });
    }
  }
  exclusions.flush(issues, file);
  return { observations, issues, rows: { total, used: used.size, excluded: total - used.size } };
}
