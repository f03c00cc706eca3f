import type { RagStatus, ScorecardRow } from "@kpikit/core";
import { RAG_ORDER } from "@kpikit/core";
import { isNum } from "./compare.js";

/** Columns a table can be sorted by. */
export type SortKey = "indicator" | "value" | "change" | "neighbours" | "england" | "rank" | "rating";
export type SortDirection = "ascending" | "descending";
export interface SortState {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export const SORT_KEYS: readonly SortKey[] = [
  "indicator",
  "value",
  "change",
  "neighbours",
  "england",
  "rank",
  "rating",
];

/** Red first, not rated (or an unknown status) last: the position in core's rating order. */
const severity = (r: ScorecardRow) => {
  const i = RAG_ORDER.indexOf(r.rag?.status as RagStatus);
  return i === -1 ? RAG_ORDER.indexOf("not-rated") : i;
};

function sortValue(row: ScorecardRow, key: SortKey): number | string | null {
  switch (key) {
    case "indicator":
      return row.indicator.title.toLowerCase();
    case "value":
      return isNum(row.current?.value) ? row.current.value : null;
    case "change":
      return isNum(row.change?.absolute) ? row.change.absolute : null;
    case "neighbours":
      return isNum(row.benchmarks.neighbours?.value) ? row.benchmarks.neighbours.value : null;
    case "england":
      return isNum(row.benchmarks.england?.value) ? row.benchmarks.england.value : null;
    case "rank":
      return isNum(row.benchmarks.rank) ? row.benchmarks.rank : null;
    case "rating":
      return severity(row);
  }
}

/**
 * Sorts rows by a column; rows without a value go last in either direction and ties keep the given order.
 * "ascending" on rating means most severe first (red, amber, green, blue, not rated).
 */
export function sortRows(rows: readonly ScorecardRow[], state: SortState): ScorecardRow[] {
  const sign = state.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row, state.key) }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return a.i - b.i;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const cmp =
        typeof a.v === "string" ? a.v.localeCompare(String(b.v)) : (a.v as number) - (b.v as number);
      return cmp === 0 ? a.i - b.i : sign * cmp;
    })
    .map((x) => x.row);
}

/** Keeps rows with one of the given ratings (all when empty) and in the given section (all when undefined). */
export function filterRows(
  rows: readonly ScorecardRow[],
  filter: { readonly ratings?: readonly RagStatus[]; readonly section?: string },
): ScorecardRow[] {
  return rows.filter(
    (r) =>
      (!filter.ratings || filter.ratings.length === 0 || filter.ratings.includes(r.rag?.status)) &&
      (filter.section === undefined || filter.section === "" || r.section === filter.section),
  );
}
