// The example scorecard the elements and the dashboard ship (a real report, made by scripts/example-scorecard.mjs),
// read by the browser tests as their oracle: the order, filters and tags the table should show are worked out
// from the file, so the tests follow the data when it is regenerated.
import { readFileSync } from "node:fs";
import { type ChangeStatus, RAG_ORDER, type RagStatus } from "@kpikit/core";

/** The parts of a Scorecard row the browser tests look at. */
export interface ExampleRow {
  readonly indicator: {
    readonly id: string;
    readonly title: string;
    readonly shortTitle?: string;
    readonly polarity: string;
  };
  readonly section?: string;
  readonly rag: { readonly status: RagStatus; readonly basis?: string; readonly reason?: string };
  readonly changeRating?: { readonly status: ChangeStatus; readonly reason: string; readonly why?: string };
  readonly current: { readonly value: number | null } | null;
}

export interface ExampleScorecard {
  readonly rows: readonly ExampleRow[];
}

/** Reads a scorecard JSON file. */
export function readScorecard(file: string): ExampleScorecard {
  return JSON.parse(readFileSync(file, "utf8")) as ExampleScorecard;
}

/** The ids of rows, in their order. */
export const ids = (rows: readonly ExampleRow[]): string[] => rows.map((r) => r.indicator.id);

/** The sections, in the order they first appear. */
export const sectionsOf = (rows: readonly ExampleRow[]): string[] => [
  ...new Set(rows.flatMap((r) => (r.section ? [r.section] : []))),
];

/** Rows as the unsorted table shows them: grouped by section, sections in the order they first appear. */
export function tableOrder(rows: readonly ExampleRow[]): ExampleRow[] {
  const sections = [...new Set(rows.map((r) => r.section ?? ""))];
  return sections.flatMap((s) => rows.filter((r) => (r.section ?? "") === s));
}

/**
 * Rows as sorting by rating should leave them: "ascending" most severe first (red, amber, green, blue, not
 * rated), "descending" the reverse; rows with the same rating keep the file's order either way.
 */
export function byRating(rows: readonly ExampleRow[], direction: "ascending" | "descending"): ExampleRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const severity = (r: ExampleRow) => RAG_ORDER.indexOf(r.rag.status);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * (severity(a.row) - severity(b.row)) || a.i - b.i)
    .map((x) => x.row);
}
