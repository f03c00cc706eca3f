// What a committee paper shows of a Scorecard: which rows have a figure, which get a detail section, and the
// data-quality notes one line per indicator. Every front end (the web report, Markdown) asks here.
import type { DataQualityEntry, Scorecard, ScorecardRow } from "./types.js";

/**
 * How many detail sections a paper has: `none`, `rated` (rows rated red or amber, or with a big change) or
 * `all` (every row with a figure).
 */
export type DetailLevel = "none" | "rated" | "all";

/**
 * The detail levels, in the order `--detail` lists them.
 * @example
 * DETAIL_LEVELS //=> ["none", "rated", "all"]
 */
export const DETAIL_LEVELS: readonly DetailLevel[] = ["none", "rated", "all"];

/**
 * True when the row has a figure for the area to show (a value, or a suppressed or otherwise marked figure); false
 * when there is none at all, or only "not available".
 * @example
 * hasFigure({ current: null }) //=> false
 */
export function hasFigure(row: Pick<ScorecardRow, "current">): boolean {
  return row.current !== null && row.current.status !== "not-available";
}

/**
 * True when the row is among the Scorecard's biggest changes (the summary's biggest improvements and
 * deteriorations: changes bigger than noise, largest relative change first, small numbers last).
 * @example
 * isBigChange({ summary: { biggestImprovements: ["a"], biggestDeteriorations: [] } }, { indicator: { id: "a" } }) //=> true
 */
export function isBigChange(
  scorecard: {
    readonly summary: Pick<Scorecard["summary"], "biggestImprovements" | "biggestDeteriorations">;
  },
  row: { readonly indicator: { readonly id: string } },
): boolean {
  const id = row.indicator.id;
  return (
    scorecard.summary.biggestImprovements.includes(id) || scorecard.summary.biggestDeteriorations.includes(id)
  );
}

/**
 * The rows that get a detail section at a level, in the Scorecard's order: none; those with a figure rated red or
 * amber or among the biggest changes ({@link isBigChange}); or every row with a figure.
 * @example
 * detailRows({ rows: [], summary: { biggestImprovements: [], biggestDeteriorations: [] } }, "rated") //=> []
 */
export function detailRows(
  scorecard: Pick<Scorecard, "rows"> & {
    readonly summary: Pick<Scorecard["summary"], "biggestImprovements" | "biggestDeteriorations">;
  },
  level: DetailLevel,
): ScorecardRow[] {
  const rows = scorecard.rows;
  switch (level) {
    case "none":
      return [];
    case "all":
      return rows.filter(hasFigure);
    case "rated":
      return rows.filter(
        (r) =>
          hasFigure(r) && (r.rag.status === "red" || r.rag.status === "amber" || isBigChange(scorecard, r)),
      );
    default: {
      const never: never = level;
      return never;
    }
  }
}

/** The data-quality notes about one indicator (or about the whole report, with no indicator). */
export interface DataQualityGroup {
  readonly indicatorId?: string;
  /** The indicator's title, when the Scorecard has a row for it. */
  readonly title?: string;
  readonly notes: readonly DataQualityEntry[];
  /** Each note's message as it reads under the indicator's name (without a leading "<short title>: "). */
  readonly messages: readonly string[];
}

/**
 * The data-quality notes grouped, for one line per indicator: the report-wide notes first, then one group per
 * indicator in the order of their first notes, each message without the indicator's short title before it.
 * @example
 * groupDataQuality({ rows: [], dataQuality: [{ code: "x", message: "a", indicatorId: "i" }, { code: "y", message: "b", indicatorId: "i" }] }).map((g) => g.notes.length) //=> [2]
 */
export function groupDataQuality(scorecard: Pick<Scorecard, "rows" | "dataQuality">): DataQualityGroup[] {
  const rows = new Map(scorecard.rows.map((r) => [r.indicator.id, r.indicator] as const));
  const general: DataQualityEntry[] = [];
  const byId = new Map<string, DataQualityEntry[]>();
  for (const d of scorecard.dataQuality) {
    if (d.indicatorId === undefined) general.push(d);
    else {
      const list = byId.get(d.indicatorId) ?? [];
      list.push(d);
      byId.set(d.indicatorId, list);
    }
  }
  const out: DataQualityGroup[] =
    general.length > 0 ? [{ notes: general, messages: general.map((d) => d.message) }] : [];
  for (const [id, notes] of byId) {
    const ind = rows.get(id);
    const prefix = ind ? `${ind.shortTitle}: ` : undefined;
    const messages = notes.map((d) =>
      prefix && d.message.startsWith(prefix) ? d.message.slice(prefix.length) : d.message,
    );
    out.push({ indicatorId: id, ...(ind === undefined ? {} : { title: ind.title }), notes, messages });
  }
  return out;
}
