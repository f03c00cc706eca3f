// Internal: the Scorecard summary (counts by rating, improving / worsening, biggest changes).
import type { RagStatus } from "../rag/types.js";
import type { Scorecard, ScorecardRow } from "./types.js";

/** How many rows the biggest improvements and deteriorations list. */
export const BIGGEST_CHANGES = 3;

const STATUSES: readonly RagStatus[] = ["red", "amber", "green", "blue", "not-rated"];

/** Largest relative change first; rows without a relative change (previous value 0) come last; ties by id. */
function biggest(rows: readonly ScorecardRow[]): string[] {
  return rows
    .map((row) => ({
      id: row.indicator.id,
      size: row.change?.relative == null ? -1 : Math.abs(row.change.relative),
    }))
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, BIGGEST_CHANGES)
    .map((r) => r.id);
}

/** Counts by rating (every status present, zero when unused) and the rows that moved most. */
export function summarise(rows: readonly ScorecardRow[]): Scorecard["summary"] {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RagStatus, number>;
  for (const row of rows) counts[row.rag.status] += 1;
  const improving = rows.filter((r) => r.direction === "improving");
  const worsening = rows.filter((r) => r.direction === "worsening");
  return {
    counts,
    improving: improving.length,
    worsening: worsening.length,
    biggestImprovements: biggest(improving),
    biggestDeteriorations: biggest(worsening),
  };
}
