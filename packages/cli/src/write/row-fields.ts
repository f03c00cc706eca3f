import type { RagStatus, Scorecard, ScorecardRow } from "@kpikit/core";
import { DIRECTION_LABEL, POLARITY_LABEL, RAG_LABEL } from "@kpikit/core";

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
  readonly neighbours: string;
  readonly neighboursValue: number | null;
  readonly neighbourCount: string;
  readonly region: string;
  readonly regionValue: number | null;
  readonly england: string;
  readonly englandValue: number | null;
  readonly topQuartile: string;
  readonly topQuartileValue: number | null;
  readonly rank: string;
  readonly band: string;
  readonly target: string;
  readonly targetValue: number | null;
  readonly rag: string;
  readonly ragStatus: RagStatus;
  readonly ragReason: string;
  readonly note: string;
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
    neighbours: b.neighbours?.display ?? "",
    neighboursValue: b.neighbours?.value ?? null,
    neighbourCount: b.neighbours ? `${b.neighbours.count} of ${b.neighbours.of}` : "",
    region: b.region?.display ?? "",
    regionValue: b.region?.value ?? null,
    england: b.england?.display ?? "",
    englandValue: b.england?.value ?? null,
    topQuartile: b.topQuartile?.display ?? "",
    topQuartileValue: b.topQuartile?.value ?? null,
    rank: b.rank !== null && b.rankOf !== null ? `${b.rank} of ${b.rankOf}` : "",
    band: b.band ?? "",
    target: row.target?.display ?? "",
    targetValue: row.target?.value ?? null,
    rag: RAG_LABEL[row.rag.status],
    ragStatus: row.rag.status,
    ragReason: row.rag.reason,
    note: [row.note, row.current?.note].filter(Boolean).join("; "),
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
