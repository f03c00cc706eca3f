// Internal: SSDA903 CSV files that stack several LAs or years in one table, with `LA` and `YEAR` columns (as
// regional data pipelines write them), split into one part per LA and year. Line numbers are kept: the other
// groups' lines are blanked, and the CSV reader skips blank records but counts their lines.
import { readCsvRecords } from "../../text/csv-records.js";

/** One LA and year of a stacked file: the file's text with the other groups' lines blanked. */
export interface StackedPart {
  readonly la: string | null;
  readonly year: string | null;
  readonly text: string;
  /** Data rows in the part. */
  readonly rows: number;
}

const LA_COLUMNS = new Set(["LA", "LA_CODE", "LA_NAME", "LOCAL_AUTHORITY"]);
const YEAR_COLUMNS = new Set(["YEAR", "COLLECTION_YEAR"]);

/** The stacking columns of a header row, upper-cased. */
export function stackingColumns(header: readonly string[]): readonly string[] {
  return header
    .map((h) =>
      h
        .replace(/^\uFEFF/, "")
        .trim()
        .toUpperCase(),
    )
    .filter((h) => LA_COLUMNS.has(h) || YEAR_COLUMNS.has(h));
}

/** The parts of a stacked CSV, or null when it has no LA or YEAR column. */
export function splitStacked(
  text: string,
  laKey: (value: string) => string = (v) => v,
): readonly StackedPart[] | null {
  const { records } = readCsvRecords(text);
  const head = records[0];
  if (!head) return null;
  const names = head.cells.map((h) =>
    h
      .replace(/^\uFEFF/, "")
      .trim()
      .toUpperCase(),
  );
  const laAt = names.findIndex((n) => LA_COLUMNS.has(n));
  const yearAt = names.findIndex((n) => YEAR_COLUMNS.has(n));
  if (laAt < 0 && yearAt < 0) return null;
  const lines = text.split(/\r\n|\n|\r/);
  const groups = new Map<string, { la: string | null; year: string | null; records: number[] }>();
  for (let i = 1; i < records.length; i++) {
    const r = records[i] as (typeof records)[number];
    const raw = laAt < 0 ? "" : (r.cells[laAt] ?? "").trim();
    const la = raw === "" ? null : laKey(raw);
    const year = yearAt < 0 ? null : (r.cells[yearAt] ?? "").trim() || null;
    const key = `${la ?? ""}\u0000${year ?? ""}`;
    const g = groups.get(key) ?? { la, year, records: [] };
    g.records.push(i);
    groups.set(key, g);
  }
  const parts: StackedPart[] = [];
  for (const g of groups.values()) {
    const keep = new Set(g.records);
    const out = lines.slice();
    for (let i = 1; i < records.length; i++) {
      if (keep.has(i)) continue;
      const from = (records[i] as (typeof records)[number]).line - 1;
      const to = (records[i + 1]?.line ?? lines.length + 1) - 1;
      for (let l = from; l < to && l < out.length; l++) out[l] = "";
    }
    parts.push({ la: g.la, year: g.year, text: out.join("\n"), rows: g.records.length });
  }
  return parts;
}
