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
  /**
   * The notes in one line for the paper: the notes kpikit writes itself in a few words each, counted ("2 duplicates
   * left out; the change is from the baseline"), other notes as written.
   */
  readonly summary: string;
}

/** Short words for the notes the Scorecard itself writes, by code: one and more than one. */
const SHORT: Readonly<Record<string, readonly [string, string]>> = {
  "duplicate-observation": ["a duplicate left out", "duplicates left out"],
  "after-period": ["a later figure left out", "later figures left out"],
  "non-comparable-period": ["the trend mixes kinds of period", "the trend mixes kinds of period"],
  "baseline-comparison": ["the change is from the baseline", "the change is from the baseline"],
  "benchmark-period-differs": [
    "benchmarks are for an earlier period",
    "benchmarks are for an earlier period",
  ],
  "newer-published": ["newer published figures in the trend", "newer published figures in the trend"],
  "local-over-published": [
    "the council's figure used where a published one differs",
    "the council's figures used where published ones differ",
  ],
  "published-for-local-gap": [
    "a published figure where the council's table has none",
    "published figures where the council's table has none",
  ],
};

function summaryLine(notes: readonly DataQualityEntry[], messages: readonly string[]): string {
  // In the notes' order: a known code once (counted), any other note as written.
  const parts: ({ readonly text: string } | { readonly code: string })[] = [];
  const counts = new Map<string, number>();
  notes.forEach((d, i) => {
    if (!SHORT[d.code]) parts.push({ text: messages[i] ?? d.message });
    else {
      if (!counts.has(d.code)) parts.push({ code: d.code });
      counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    }
  });
  return parts
    .map((p) => {
      if ("text" in p) return p.text;
      const n = counts.get(p.code) ?? 1;
      const [one, many] = SHORT[p.code]!;
      return n === 1 || many === one ? one : `${n} ${many}`;
    })
    .join("; ");
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
  const generalMessages = general.map((d) => d.message);
  const out: DataQualityGroup[] =
    general.length > 0
      ? [{ notes: general, messages: generalMessages, summary: summaryLine(general, generalMessages) }]
      : [];
  for (const [id, notes] of byId) {
    const ind = rows.get(id);
    const prefix = ind ? `${ind.shortTitle}: ` : undefined;
    const messages = notes.map((d) =>
      prefix && d.message.startsWith(prefix) ? d.message.slice(prefix.length) : d.message,
    );
    out.push({
      indicatorId: id,
      ...(ind === undefined ? {} : { title: ind.title }),
      notes,
      messages,
      summary: summaryLine(notes, messages),
    });
  }
  return out;
}
