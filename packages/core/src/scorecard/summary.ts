// The Scorecard summary (counts by rating, improving / worsening, biggest changes).
import { RAG_ORDER } from "../labels/labels.js";
import type { RagStatus } from "../rag/types.js";
import type { Scorecard, ScorecardRow } from "./types.js";

/**
 * How many rows the summary's biggest improvements and deteriorations list.
 * @example
 * BIGGEST_CHANGES //=> 3
 */
export const BIGGEST_CHANGES = 3;

/**
 * Largest relative change first; rows on small numbers after the rest (never first unless all are), rows
 * without a relative change (previous value 0) last; ties by id.
 */
function biggest(rows: readonly ScorecardRow[]): string[] {
  return rows
    .map((row) => ({
      id: row.indicator.id,
      small: row.smallNumbers ? 1 : 0,
      size: row.change?.relative == null ? -1 : Math.abs(row.change.relative),
    }))
    .sort((a, b) => a.small - b.small || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, BIGGEST_CHANGES)
    .map((r) => r.id);
}

/**
 * The Scorecard summary of some rows: counts by rating (every status, zero when unused), how many are
 * improving and worsening (by the change's rating), and the ids of the three that moved most each way (by relative change).
 * `buildScorecard` uses it; call it again after changing rows (e.g. a different baseline).
 * @example
 * scorecardSummary([]).counts //=> { red: 0, amber: 0, green: 0, blue: 0, "not-rated": 0 }
 */
export function scorecardSummary(rows: readonly ScorecardRow[]): Scorecard["summary"] {
  const counts = Object.fromEntries(RAG_ORDER.map((s) => [s, 0])) as Record<RagStatus, number>;
  for (const row of rows) counts[row.rag.status] += 1;
  // The change's rating when a row has one, so that a change within noise is neither.
  const way = (r: ScorecardRow) => r.changeRating?.status ?? r.direction;
  const improving = rows.filter((r) => way(r) === "improving");
  const worsening = rows.filter((r) => way(r) === "worsening");
  return {
    counts,
    improving: improving.length,
    worsening: worsening.length,
    biggestImprovements: biggest(improving),
    biggestDeteriorations: biggest(worsening),
  };
}
