import type { RagStatus, Scorecard, ScorecardRow } from "@kpikit/core";
import { CHANGE_LABEL, DIRECTION_LABEL, POLARITY_LABEL, RAG_LABEL } from "@kpikit/core";

/** The columns the flat writers (CSV, Markdown, XLSX) show, straight from the Scorecard (nothing recomputed). */
export interface FlatRow {
  readonly section: string;
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly polarity: string;
  readonly currentPeriod: string;
  readonly currentValue: number | null;
  readonly current: string;
  readonly previousPeriod: string;
  readonly previousValue: number | null;
  readonly previous: string;
  readonly changeValue: number | null;
  readonly change: string;
  readonly direction: string;
  readonly directionReason: string;
  /** The change's rating in words ("No significant change"), or the direction of travel without one. */
  readonly changeRating: string;
  readonly changeRatingReason: string;
  readonly changeRatingRule: string;
  readonly neighbours: string;
  readonly neighboursValue: number | null;
  readonly neighbourCount: string;
  readonly region: string;
  readonly regionValue: number | null;
  readonly regionName: string;
  readonly england: string;
  readonly englandValue: number | null;
  readonly topQuartile: string;
  readonly topQuartileValue: number | null;
  readonly bestNeighbour: string;
  readonly bestNeighbourValue: number | null;
  readonly bestNeighbourName: string;
  /** The configured high performers' group: its figure and label. */
  readonly highPerformers: string;
  readonly highPerformersValue: number | null;
  readonly highPerformersLabel: string;
  readonly benchmarkPeriod: string;
  /** "13 of 153" (for text formats); the numbers are `rankValue` and `rankOf`. */
  readonly rank: string;
  readonly rankValue: number | null;
  readonly rankOf: number | null;
  readonly band: string;
  readonly target: string;
  readonly targetValue: number | null;
  readonly rag: string;
  readonly ragStatus: RagStatus;
  readonly ragReason: string;
  readonly note: string;
  /** Small numbers, the row's note and the figure's note, one line. */
  readonly notes: string;
}

/** One Scorecard row as flat fields. */
export function flatRow(row: ScorecardRow): FlatRow {
  const b = row.benchmarks;
  return {
    section: row.section ?? "",
    id: row.indicator.id,
    title: row.indicator.title,
    unit: row.indicator.unit,
    polarity: POLARITY_LABEL[row.indicator.polarity],
    currentPeriod: row.current?.period.label ?? "",
    currentValue: row.current?.value ?? null,
    current: row.current?.display ?? "",
    previousPeriod: row.previous?.period.label ?? "",
    previousValue: row.previous?.value ?? null,
    previous: row.previous?.display ?? "",
    changeValue: row.change?.absolute ?? null,
    change: row.change?.display ?? "",
    direction: DIRECTION_LABEL[row.direction],
    directionReason: row.directionReason,
    changeRating: row.changeRating ? CHANGE_LABEL[row.changeRating.status] : DIRECTION_LABEL[row.direction],
    changeRatingReason: row.changeRating?.reason ?? row.directionReason,
    changeRatingRule: row.changeRating?.rule ?? "",
    neighbours: b.neighbours?.display ?? "",
    neighboursValue: b.neighbours?.value ?? null,
    neighbourCount: b.neighbours ? `${b.neighbours.count} of ${b.neighbours.of}` : "",
    region: b.region?.display ?? "",
    regionValue: b.region?.value ?? null,
    regionName: b.region?.area.name ?? "",
    england: b.england?.display ?? "",
    englandValue: b.england?.value ?? null,
    topQuartile: b.topQuartile?.display ?? "",
    topQuartileValue: b.topQuartile?.value ?? null,
    bestNeighbour: b.bestNeighbour?.display ?? "",
    bestNeighbourValue: b.bestNeighbour?.value ?? null,
    bestNeighbourName: b.bestNeighbour?.area.name ?? "",
    highPerformers: b.highPerformers?.display ?? "",
    highPerformersValue: b.highPerformers?.value ?? null,
    highPerformersLabel: b.highPerformers ? `${b.highPerformers.label} (${b.highPerformers.count})` : "",
    benchmarkPeriod: b.period?.label ?? "",
    rank: b.rank !== null && b.rankOf !== null ? `${b.rank} of ${b.rankOf}` : "",
    rankValue: b.rank ?? null,
    rankOf: b.rankOf ?? null,
    band: b.band ?? "",
    target: row.target?.display ?? "",
    targetValue: row.target?.value ?? null,
    rag: RAG_LABEL[row.rag.status],
    ragStatus: row.rag.status,
    ragReason: row.rag.reason,
    note: [row.note, row.current?.note].filter(Boolean).join("; "),
    notes: [row.smallNumbers?.reason, row.note, row.current?.note].filter(Boolean).join("; "),
  };
}

/** The scorecard's rows grouped by section, in order (rows without a section under ""). */
export function bySection(
  scorecard: Scorecard,
): readonly { readonly section: string; readonly rows: readonly ScorecardRow[] }[] {
  const groups: { section: string; rows: ScorecardRow[] }[] = [];
  for (const row of scorecard.rows) {
    const name = row.section ?? "";
    let g = groups.find((x) => x.section === name);
    if (!g) {
      g = { section: name, rows: [] };
      groups.push(g);
    }
    g.rows.push(row);
  }
  return groups;
}
