import { type Issue, type Observation, type Period, periodKey } from "@kpikit/core";
import { laitMeasures } from "../_data/lait.generated.js";
import type { CscArea } from "../_data/types.js";
import { getArea } from "../reference/areas.js";
import { findArea } from "../reference/find-area.js";
import type { CsvRecord } from "../text/csv-records.js";
import { definitionForLait } from "./catalogue-link.js";
import { EES_LAYOUTS, type EesLayout, type LongMeasure, type WideMeasure } from "./ees-layouts.js";
import { laitPeriod } from "./lait-period.js";
import type { LoadOptions, LoadResult } from "./load-result.js";
import { readCell } from "./special-values.js";
import {
  cellAt,
  Exclusions,
  FirstRowWins,
  Header,
  headerOrFailure,
  readObservationCell,
  readTableText,
} from "./table-reader.js";

const yearTypes = new Map(laitMeasures.map((m) => [m.id, m.yearType]));

/** Why a row could not be placed: an issue to report. */
type AreaResult =
  | { readonly area: CscArea; readonly warning?: Omit<Issue, "file" | "row"> }
  | { readonly issue: Omit<Issue, "file" | "row"> }
  | { readonly skip: string };

/**
 * Reads a DfE Explore Education Statistics CSV (`time_period, time_identifier, geographic_level, country_code,
 * region_code, old_la_code, new_la_code, la_name, …`) into observations under catalogue ids, with numerators and
 * denominators where the file has them. Recognised tables: b1 children in need, c1 referrals and re-referrals, d3
 * repeat CP plans, d5 CP plans by duration, the CSWW workforce indicators, CLA numbers and rates, placement
 * stability, new placements by distance, social worker changes and school moves.
 *
 * Never throws on bad input: missing or renamed columns, Latin-1 or mis-decoded UTF-8, suppression symbols
 * (`c`, `x`, `z`, `u`, `k`, `low` become statuses, never numbers), duplicate rows, and unknown, combined or
 * former LA codes give issues with file, row and column. Every data row is used or reported:
 * `rows.used + rows.excluded === rows.total`.
 * @param input The file's text, or its bytes (decoded as UTF-8, falling back to Windows-1252).
 * @example
 * const csv = "time_period,time_identifier,geographic_level,country_code,region_code,old_la_code,new_la_code,la_name,referral_count,rereferral_count,rereferral_percent\n" +
 *   "2025,Reporting year,Local authority,E92000001,E12000009,865,E06000054,Wiltshire,3000,600,20";
 * const r = parseEesCsv(csv, { file: "c1.csv" });
 * r.observations[0]?.indicatorId //=> "re-referrals-12m"
 * [r.observations[0]?.value, r.observations[0]?.numerator, r.observations[0]?.denominator] //=> [20, 600, 3000]
 * r.observations[0]?.period.label //=> "2024/25"
 * r.rows //=> { total: 1, used: 1, excluded: 0 }
 */
export function parseEesCsv(input: string | Uint8Array, options: LoadOptions = {}): LoadResult {
  const file = options.file;
  const at = file === undefined ? {} : { file };
  const { records, delimiter, issues } = readTableText(input, file);
  const [first, ...data] = records;
  const total = data.length;
  const fail = (issue: Issue): LoadResult => ({
    observations: [],
    issues: [...issues, issue],
    rows: { total, used: 0, excluded: total },
  });
  const headerRecord = headerOrFailure(first, delimiter, file, total);
  if ("code" in headerRecord) return fail(headerRecord);

  const hrow = headerRecord.line;
  const header = new Header(headerRecord.cells, issues, file, hrow);
  const col = {
    time: header.find("time_period", ["time period", "year", "timeperiod"]),
    timeId: header.find("time_identifier", ["time identifier"]),
    level: header.find("geographic_level", ["geographic level", "geography", "level"]),
    country: header.find("country_code", [], false),
    region: header.find("region_code", ["region code", "gor_code"], false),
    regionName: header.find("region_name", ["region name", "region"], false),
    la: header.find("old_la_code", [
      "la_code",
      "la code",
      "la_number",
      "la number",
      "dfe_la_code",
      "old la code",
      "lea_code",
    ]),
    ons: header.find("new_la_code", ["ons_code", "la_ons_code", "new la code"]),
    laName: header.find("la_name", [
      "la name",
      "local_authority",
      "local authority",
      "la",
      "local_authority_name",
    ]),
  };
  const missing = [
    col.time === undefined ? "time_period" : undefined,
    col.level === undefined ? "geographic_level" : undefined,
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0) {
    return fail({
      code: "missing-column",
      severity: "error",
      message: `The file has no ${missing.join(" or ")} column, so none of its ${total} rows can be read (is it an Explore Education Statistics CSV?).`,
      row: hrow,
      column: missing[0] ?? "",
      ...at,
    });
  }
  // Exact column names first; failing that, near spellings (next year's "re_referral_count"), found quietly here
  // and reported as renamed when the measures read them.
  const probe = new Header(headerRecord.cells, [], file, hrow);
  const layout =
    EES_LAYOUTS.find((l) => l.detect.every((c) => header.find(c, [], false) !== undefined)) ??
    EES_LAYOUTS.find((l) => l.detect.every((c) => probe.find(c) !== undefined));
  if (!layout) {
    return fail({
      code: "unrecognised-table",
      severity: "error",
      message: `The columns (${header.names.slice(0, 14).join(", ")}${header.names.length > 14 ? ", …" : ""}) are not a table kpikit reads, so its ${total} rows were not used.`,
      row: hrow,
      column: 1,
      ...at,
    });
  }

  const observations: Observation[] = [];
  const firstRows = new FirstRowWins();
  const used = new Set<number>();
  const exclusions = new Exclusions();
  const reportedRows = new Set<number>();
  const rowIssue = (rec: CsvRecord, issue: Omit<Issue, "file" | "row">) => {
    reportedRows.add(rec.line);
    issues.push({ ...issue, row: rec.line, ...at });
  };

  // Resolve the columns each measure needs; measures whose value column is missing are skipped, with one issue.
  const colOf = (name: string) => header.find(name);
  const usable = <M extends WideMeasure | LongMeasure>(ms: readonly M[]): M[] =>
    ms.filter((m) => {
      if (colOf(m.value) !== undefined) return true;
      issues.push({
        code: "missing-column",
        severity: "warning",
        message: `No "${m.value}" column, so ${m.lait ?? m.id} is not read.`,
        row: hrow,
        column: m.value,
        ...at,
      });
      return false;
    });

  const context = (rec: CsvRecord): { area: CscArea; year: number } | undefined => {
    const timeText = cellAt(rec, col.time);
    const timeId = cellAt(rec, col.timeId).toLowerCase();
    const t = /^(\d{4})(\d{2})?$/.exec(timeText);
    if (!t) {
      rowIssue(rec, {
        code: "bad-period",
        severity: "error",
        message: `"${timeText}" is not a time_period (expected 2025 or 202425).`,
        column: "time_period",
      });
      return undefined;
    }
    if (timeId !== "" && !/^(reporting|financial|academic|calendar) year$/.test(timeId)) {
      rowIssue(rec, {
        code: "bad-period",
        severity: "error",
        message: `time_identifier "${cellAt(rec, col.timeId)}" is not a yearly period.`,
        column: "time_identifier",
      });
      return undefined;
    }
    const start = Number(t[1]);
    const year =
      t[2] === undefined
        ? start
        : Math.floor(start / 100) * 100 + Number(t[2]) + (Number(t[2]) < start % 100 ? 100 : 0);
    const a = resolveArea(rec);
    if ("skip" in a) {
      exclusions.add(
        `level:${a.skip}`,
        rec.line,
        `are at geographic level "${a.skip}", which kpikit does not use.`,
        "geographic_level",
      );
      return undefined;
    }
    if ("issue" in a) {
      rowIssue(rec, a.issue);
      return undefined;
    }
    if (a.warning) rowIssue(rec, a.warning);
    return { area: a.area, year };
  };

  const resolveArea = (rec: CsvRecord): AreaResult => {
    const level = cellAt(rec, col.level).toLowerCase();
    if (level === "national") return { area: getArea("970") as CscArea };
    if (level === "regional") {
      const code = cellAt(rec, col.region);
      const byCode = code ? getArea(code) : undefined;
      if (byCode && byCode.kind === "region") return { area: byCode };
      const name = cellAt(rec, col.regionName);
      const byName = name ? findArea(name, { kinds: ["region"] }) : undefined;
      if (byName?.ok) return { area: byName.area };
      return {
        issue: {
          code: "unknown-area",
          severity: "error",
          message: `Region ${code || name || "(blank)"} is not known.`,
          column: "region_code",
        },
      };
    }
    if (level !== "local authority") return { skip: cellAt(rec, col.level) || "(blank)" };
    const la = cellAt(rec, col.la);
    const ons = cellAt(rec, col.ons);
    const name = cellAt(rec, col.laName);
    if (la.includes("/") || ons.includes("/")) {
      return {
        issue: {
          code: "combined-area",
          severity: "error",
          message: `"${name || la}" (${la || ons}) combines several LAs; kpikit keeps LAs separate.`,
          column: "old_la_code",
        },
      };
    }
    let area = la ? getArea(la) : undefined;
    if (la && area?.kind !== "la") {
      return {
        issue: {
          code: "unknown-area",
          severity: "error",
          message: `LA code ${la}${name ? ` (${name})` : ""} is not a known DfE LA code.`,
          column: "old_la_code",
        },
      };
    }
    let warning: Omit<Issue, "file" | "row"> | undefined;
    if (!area && ons) {
      area = getArea(ons);
      if (area?.kind !== "la") {
        return {
          issue: {
            code: "unknown-area",
            severity: "error",
            message: `ONS code ${ons}${name ? ` (${name})` : ""} is not a known LA.`,
            column: "new_la_code",
          },
        };
      }
    }
    if (!area && name) {
      const m = findArea(name, { kinds: ["la"] });
      if (!m.ok)
        return {
          issue: { code: "unknown-area", severity: "error", message: `${m.message}`, column: "la_name" },
        };
      area = m.area;
      warning = {
        code: "area-matched-by-name",
        severity: "warning",
        message: `No LA code; "${name}" was taken to be ${area.name} (${area.code}).`,
        column: "la_name",
      };
    }
    if (!area)
      return {
        issue: {
          code: "unknown-area",
          severity: "error",
          message: "The row has no LA code or name.",
          column: "old_la_code",
        },
      };
    if (la && ons) {
      const onsArea = getArea(ons);
      if (onsArea && onsArea.code !== area.code) {
        warning = {
          code: "code-mismatch",
          severity: "warning",
          message: `old_la_code ${la} is ${area.name} but new_la_code ${ons} is ${onsArea.name}; the DfE code was used.`,
          column: "new_la_code",
        };
      }
    }
    if (!area.current && !warning) {
      const successors = area.successors?.map((c) => `${getArea(c)?.name ?? c} (${c})`).join(" and ");
      warning = {
        code: "former-area",
        severity: "warning",
        message: `${area.name} (${area.code}) no longer exists${successors ? `; its area is now ${successors}` : ""}. Its figures are kept under its own code.`,
        column: "old_la_code",
      };
    }
    return warning ? { area, warning } : { area };
  };

  const emit = (
    rec: CsvRecord,
    measure: { lait?: string; id?: string; yearType?: string; value: string },
    area: CscArea,
    year: number,
    num?: number,
    den?: number,
  ): boolean => {
    const raw = cellAt(rec, colOf(measure.value));
    const cell = readObservationCell(raw, header.names[colOf(measure.value) ?? 0] ?? measure.value);
    if ("issue" in cell) {
      rowIssue(rec, cell.issue);
      return false;
    }
    const period = periodFor(
      measure.lait !== undefined ? yearTypes.get(measure.lait) : measure.yearType,
      year,
    );
    if (!period) return false;
    const indicatorId = idFor(measure);
    const { value, status, note } = cell;
    const repeat = firstRows.repeat(
      `${indicatorId}|${area.code}|${period.key}`,
      { row: rec.line, value, status },
      { measure: indicatorId, area: area.name, period: period.period.label },
      raw,
      measure.value,
    );
    if (repeat) {
      rowIssue(rec, repeat);
      return false;
    }
    const counts =
      value !== null && num !== undefined && den !== undefined ? { numerator: num, denominator: den } : {};
    observations.push({
      indicatorId,
      area: area.code,
      period: period.period,
      value,
      ...counts,
      status,
      source: `${file ?? "EES file"} row ${rec.line}`,
      ...(note ? { note } : {}),
    });
    return true;
  };

  const periods = new Map<string, { period: Period; key: string } | undefined>();
  // The year type comes from the LAIT metadata, or from the layout for a measure LAIT lacks.
  const periodFor = (yearType: string | undefined, year: number) => {
    const type = yearType || "Financial Year";
    const k = `${type}|${year}`;
    if (!periods.has(k)) {
      const p = laitPeriod(type, String(year));
      periods.set(k, p ? { period: p, key: periodKey(p) } : undefined);
    }
    return periods.get(k);
  };
  const ids = new Map<string, string>();
  const idFor = (m: { lait?: string; id?: string }): string => {
    const k = m.id ?? m.lait ?? "unknown";
    let id = ids.get(k);
    if (id === undefined) {
      id = m.id ?? (m.lait ? (definitionForLait(m.lait)?.id ?? m.lait) : "unknown");
      ids.set(k, id);
    }
    return id;
  };

  const numberIn = (rec: CsvRecord, name: string): number | undefined => {
    const c = readCell(cellAt(rec, colOf(name)));
    return c.kind === "number" ? c.value : undefined;
  };

  if (layout.kind === "wide") {
    const measures = usable(layout.measures);
    for (const rec of data) {
      const ctx = context(rec);
      if (!ctx) {
        continue;
      }
      let any = false;
      for (const m of measures) {
        const num = m.numerator ? numberIn(rec, m.numerator) : undefined;
        const dens = m.denominator?.map((d) => numberIn(rec, d));
        const den = dens?.every((d) => d !== undefined)
          ? dens.reduce<number>((s, d) => s + (d ?? 0), 0)
          : undefined;
        if (emit(rec, m, ctx.area, ctx.year, num, den)) any = true;
      }
      if (any) used.add(rec.line);
      if (!any && !reportedRows.has(rec.line)) {
        rowIssue(rec, {
          code: "row-not-used",
          severity: "warning",
          message: "No indicator could be read from this row.",
        });
      }
    }
  } else {
    readLong(layout, usable(layout.measures));
  }

  function readLong(l: Extract<EesLayout, { kind: "long" }>, measures: readonly LongMeasure[]): void {
    const keyCols = l.keys.map((k) => colOf(k));
    const matches = (rec: CsvRecord, want: Readonly<Record<string, string>>) =>
      Object.entries(want).every(([k, v]) => cellAt(rec, colOf(k)).toLowerCase() === v.toLowerCase());
    // Pass 1: placed rows and the total rows per (area, year, group).
    const placed = new Map<number, { area: CscArea; year: number }>();
    const totals = new Map<string, CsvRecord>();
    for (const rec of data) {
      const ctx = context(rec);
      if (!ctx) {
        continue;
      }
      placed.set(rec.line, ctx);
      for (const m of measures) {
        if (m.total && matches(rec, m.total))
          totals.set(`${ctx.area.code}|${ctx.year}|${JSON.stringify(m.total)}`, rec);
      }
    }
    // Pass 2: measure rows, with the denominator from their total row.
    for (const rec of data) {
      const ctx = placed.get(rec.line);
      if (!ctx) continue;
      let any = false;
      for (const m of measures) {
        if (!matches(rec, m.match)) continue;
        const totalRec = m.total
          ? totals.get(`${ctx.area.code}|${ctx.year}|${JSON.stringify(m.total)}`)
          : undefined;
        const num = m.count ? numberIn(rec, m.count) : undefined;
        const den = m.denominatorColumn
          ? numberIn(rec, m.denominatorColumn)
          : totalRec && m.count
            ? numberIn(totalRec, m.count)
            : undefined;
        if (emit(rec, m, ctx.area, ctx.year, num, den)) {
          any = true;
          if (totalRec) used.add(totalRec.line);
        }
      }
      if (any) used.add(rec.line);
    }
    for (const rec of data) {
      if (!placed.has(rec.line) || used.has(rec.line)) continue;
      const matchedSomething = measures.some(
        (m) => matches(rec, m.match) || (m.total !== undefined && matches(rec, m.total)),
      );
      if (matchedSomething) {
        if (!reportedRows.has(rec.line))
          rowIssue(rec, {
            code: "row-not-used",
            severity: "warning",
            message: "This row gave no observation (its measure row is missing or was a duplicate).",
          });
      } else {
        const label = keyCols.map((c) => cellAt(rec, c)).join(" / ");
        exclusions.add(
          `breakdown:${label}`,
          rec.line,
          `are the breakdown "${label}", which is not a kpikit indicator.`,
          l.keys.at(-1),
        );
      }
    }
  }

  exclusions.flush(issues, file);
  // Every row not used has an issue: its own (errors, duplicates) or a grouped row-not-used warning.
  return { observations, issues, rows: { total, used: used.size, excluded: total - used.size } };
}
