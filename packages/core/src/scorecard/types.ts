// The Scorecard document's types. Each area owns its own words (direction, benchmark, glossary, spc);
// this file composes them.
import type { ComparisonWord } from "../benchmark/comparison-word.js";
import type { AggregateMethod, QuartileBand } from "../benchmark/types.js";
import type { ChangeRating, Direction, ScorecardChange } from "../direction/types.js";
import type { GlossaryEntry } from "../glossary/types.js";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Area, ObservationStatus } from "../observation/types.js";
import type { Period } from "../period/types.js";
import type { ActionFlagKind, ActionRatingStatus, TrajectoryStatus } from "../plan/types.js";
import type { RagResult, RagStatus } from "../rag/types.js";
import type { SpcAssurance, SpcVariation } from "../spc/types.js";

/** A value as a Scorecard carries it: the number, its state, and how to show it. */
export interface ScorecardValue {
  readonly period: Period;
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly numerator?: number;
  readonly denominator?: number;
  /** Formatted for display with the indicator's unit and decimals, or GSS shorthand (`[c]`, `[x]`, `[z]`, `[u]`). */
  readonly display: string;
  readonly source?: string;
  readonly note?: string;
  /** A figure written as a range: its ends (`display` shows them, `value` is the midpoint compared). */
  readonly range?: { readonly low: number; readonly high: number };
}

/** A comparator value (England, region, neighbours, a named group). */
export interface BenchmarkValue {
  readonly area: Area;
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly display: string;
  readonly period?: Period;
}

/** The statistical-neighbour comparison for one row. */
export interface NeighbourBenchmark {
  /** The aggregate of the neighbours with a value. */
  readonly value: number | null;
  readonly display: string;
  readonly method: AggregateMethod;
  /** Neighbours with a value, and how many neighbours there are. */
  readonly count: number;
  readonly of: number;
  readonly model?: string;
  /** How the area's current value sits against the aggregate, by polarity (absent when either has no value). */
  readonly comparison?: ComparisonWord;
  /** Each neighbour's value, in neighbour-rank order (for the bar chart). */
  readonly members: readonly {
    readonly code: string;
    readonly name: string;
    readonly value: number | null;
    readonly status: ObservationStatus;
    /** The value formatted with the indicator's unit and decimals, or its GSS marker (`[x]`, `[c]`…). */
    readonly display: string;
  }[];
}

export interface ScorecardBenchmarks {
  readonly england: BenchmarkValue | null;
  readonly region: BenchmarkValue | null;
  readonly neighbours: NeighbourBenchmark | null;
  /** The national top-quartile threshold (the band A cut point), by polarity. */
  readonly topQuartile: { readonly value: number; readonly display: string } | null;
  readonly bestNeighbour: BenchmarkValue | null;
  /** A named group of high performers (e.g. LAs rated Outstanding), when configured. */
  readonly highPerformers: {
    readonly label: string;
    readonly value: number | null;
    readonly display: string;
    readonly count: number;
  } | null;
  /** National rank (1 = best), ties take the minimum; null for no-judgement indicators or no value. */
  readonly rank: number | null;
  readonly rankOf: number | null;
  readonly band: QuartileBand | null;
  /**
   * The period every benchmark in the row is for: the current value's period, or — when there are no
   * national figures for it — the latest earlier period with national figures (noted in `dataQuality`).
   */
  readonly period?: Period;
}

export interface ScorecardTarget {
  readonly value: number;
  readonly display: string;
  readonly stretch?: number;
  readonly source?: string;
}

/** A point of the trend series, oldest first. */
export interface TrendPoint {
  readonly period: Period;
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly display: string;
  /** Rows with local figures: whether the point is the council's own figure or a published one. */
  readonly origin?: "local" | "published";
  /** Rows with local figures: the point is for part of a year (a month, a quarter, a year to date). */
  readonly inYear?: true;
  /** What the table said beside the figure (a range's ends, a note). */
  readonly note?: string;
  /** Rows with local figures: where the point came from (`performance-table.tsv row 4`, `LAIT 2025`). */
  readonly source?: string;
}

/** An XmR chart summary (NHS Making Data Count) when a row has enough points. */
export interface ScorecardSpc {
  readonly mean: number;
  readonly lpl: number;
  readonly upl: number;
  readonly n: number;
  readonly variation: SpcVariation;
  readonly assurance: SpcAssurance;
  /** Per trend point: its point type (same order as `trend`, only points with values). */
  readonly points: readonly {
    readonly label: string;
    readonly value: number;
    readonly pointType: SpcVariation;
  }[];
  /** Plain-English reading, e.g. "Common cause variation; the target is within the limits, so it may or may not be met." */
  readonly summary: string;
}

/** Fingertips recent trend over the latest 5 points. */
export interface ScorecardRecentTrend {
  readonly trend: "increasing" | "decreasing" | "no-significant-change" | "cannot-be-calculated";
  /** The trend judged by polarity. */
  readonly judgement:
    | "improving"
    | "worsening"
    | "no-significant-change"
    | "not-judged"
    | "cannot-be-calculated";
  readonly summary: string;
}

/** One indicator's line in a Scorecard. */
export interface ScorecardRow {
  readonly indicator: Pick<
    IndicatorDefinition,
    "id" | "title" | "shortTitle" | "description" | "unit" | "polarity" | "decimals"
  > & { readonly lait?: string };
  readonly section?: string;
  readonly current: ScorecardValue | null;
  readonly previous: ScorecardValue | null;
  readonly change: ScorecardChange | null;
  readonly direction: Direction;
  /** Why the direction is what it is ("Up from 15% to 18.9%; lower is better"). */
  readonly directionReason: string;
  readonly trend: readonly TrendPoint[];
  readonly recentTrend?: ScorecardRecentTrend | null;
  readonly spc: ScorecardSpc | null;
  readonly benchmarks: ScorecardBenchmarks;
  readonly target: ScorecardTarget | null;
  readonly rag: RagResult;
  /**
   * The change's rating (the row's second tag): improving or worsening only when the change is bigger than
   * noise (the no-change band, or not significant at 95% where the counts are known), with the rule that decided.
   */
  readonly changeRating?: ChangeRating;
  /**
   * Set when the figure rests on small numbers (a denominator under 10, or suppressed): read with care, and
   * never listed first among the biggest changes without this caveat.
   */
  readonly smallNumbers?: { readonly reason: string };
  readonly note?: string;
}

export interface ScorecardKeyEntry {
  readonly status: RagStatus;
  readonly label: string;
  readonly meaning: string;
}

/** One rating rule in the key, in the order the policy tries it, with what each of its ratings means. */
export interface ScorecardKeyRule {
  readonly kind: "target" | "benchmark" | "quartile" | "direction";
  /** E.g. "Against the target". */
  readonly title: string;
  /** Red first; `meaning` without the label ("meets or beats the target"). */
  readonly entries: readonly ScorecardKeyEntry[];
}

export interface ProvenanceEntry {
  readonly name: string;
  readonly kind: "published" | "local" | "return" | "config" | "reference";
  /** Date the source was published or the file was dated (ISO), when known. */
  readonly date?: string;
  readonly description?: string;
}

export interface DataQualityEntry {
  readonly code: string;
  readonly message: string;
  readonly indicatorId?: string;
  readonly source?: string;
  readonly row?: number;
}

/**
 * The one contract between computation and every renderer (schemaVersion 2; a version-1 document is a
 * version-2 document without a plan, and `parseScorecard` reads it as one).
 */
export interface Scorecard {
  readonly schemaVersion: 2;
  readonly title: string;
  readonly area: Area;
  /** The reporting period the scorecard is "as at". */
  readonly period: Period | null;
  /** ISO date the scorecard was built (a parameter, never the clock). */
  readonly generated: string;
  readonly comparators: {
    readonly neighbourModel?: string;
    readonly neighbours: readonly Area[];
    readonly aggregate: AggregateMethod;
    readonly region?: Area;
    readonly highPerformers?: string;
  };
  readonly sections?: readonly string[];
  readonly rows: readonly ScorecardRow[];
  readonly summary: {
    readonly counts: Readonly<Record<RagStatus, number>>;
    readonly improving: number;
    readonly worsening: number;
    /** Row indicator ids with the largest improvements / deteriorations (by relative change), biggest first. */
    readonly biggestImprovements: readonly string[];
    readonly biggestDeteriorations: readonly string[];
  };
  readonly glossary: readonly GlossaryEntry[];
  readonly key: readonly ScorecardKeyEntry[];
  /** The key's rules in the order the policy applies them (the first that can rate a row decides). */
  readonly keyRules?: readonly ScorecardKeyRule[];
  readonly provenance: readonly ProvenanceEntry[];
  readonly dataQuality: readonly DataQualityEntry[];
  /** The improvement plan, rated as at a day, when one was given. */
  readonly plan?: ScorecardPlan;
}

/** A linked indicator in a Scorecard's plan section, ready to show. */
export interface ScorecardPlanIndicator {
  readonly indicatorId: string;
  readonly title: string;
  readonly target: number;
  readonly targetDisplay: string;
  readonly targetDate: string;
  readonly targetDateDisplay: string;
  readonly rating: { readonly status: TrajectoryStatus; readonly label: string; readonly reason: string };
  readonly baseline?: { readonly value: number; readonly display: string; readonly date: string };
  readonly latest?: {
    readonly value: number;
    readonly display: string;
    readonly date: string;
    readonly trajectory: number;
    readonly trajectoryDisplay: string;
  };
  /** When the target would be reached at the current rate; null when it would not (three figures or more). */
  readonly projectedDate?: string | null;
}

/** An action in a Scorecard's plan section, ready to show. */
export interface ScorecardPlanAction {
  readonly id: string;
  /** The theme's title. */
  readonly theme?: string;
  readonly source?: string;
  readonly text: string;
  readonly owner?: string;
  readonly start?: string;
  readonly startDisplay?: string;
  readonly due?: string;
  readonly dueDisplay?: string;
  readonly status?: string;
  readonly percentComplete?: number;
  /** `40%`, or `Not recorded`. */
  readonly percentDisplay: string;
  readonly rating: {
    readonly status: ActionRatingStatus;
    readonly label: string;
    readonly reason: string;
    readonly daysOverdue?: number;
  };
  readonly flags: readonly { readonly kind: ActionFlagKind; readonly text: string }[];
  /** The council's own RAG, in words. */
  readonly selfAssessed?: string;
  readonly milestones: readonly {
    readonly title: string;
    readonly due?: string;
    readonly dueDisplay?: string;
    readonly done: boolean;
    /** Not done and its due date passed as at the plan's day. */
    readonly overdue: boolean;
  }[];
  readonly latestUpdate?: { readonly date: string; readonly display: string; readonly text: string };
  readonly evidenceOfImpact?: string;
  readonly indicators: readonly ScorecardPlanIndicator[];
}

/** The improvement plan in a Scorecard: rated as at a day, overdue actions first. */
export interface ScorecardPlan {
  readonly title: string;
  readonly asAt: string;
  readonly asAtDisplay: string;
  readonly summary: {
    readonly total: number;
    readonly counts: Readonly<Record<ActionRatingStatus, number>>;
    readonly percentComplete: number | null;
    readonly overdue: number;
    readonly flagged: number;
    readonly indicators: Readonly<Record<TrajectoryStatus, number>>;
  };
  /** Themes in the plan's order, each with its actions' refs. */
  readonly themes: readonly { readonly title: string; readonly actions: readonly string[] }[];
  readonly actions: readonly ScorecardPlanAction[];
  /** The span the roadmap shows: the earliest start or due to the latest, widened to include the plan's day. */
  readonly timeline: { readonly start: string; readonly end: string } | null;
  /** What each action rating means, in the order the rules apply. */
  readonly key: readonly {
    readonly status: ActionRatingStatus;
    readonly label: string;
    readonly meaning: string;
  }[];
}
