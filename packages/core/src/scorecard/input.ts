import type { AggregateMethod } from "../benchmark/types.js";
import type { ChangeBand } from "../direction/types.js";
import type { Glossary } from "../glossary/index.js";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Area, Observation } from "../observation/types.js";
import type { Period } from "../period/types.js";
import type { PlanAssessment } from "../plan/types.js";
import type { RagPolicy, RagTolerance } from "../rag/index.js";
import type { DataQualityEntry, ProvenanceEntry } from "./types.js";

/** What one row of a Scorecard shows and is judged against. */
export interface ScorecardRowConfig {
  readonly indicatorId: string;
  /** Section heading the row sits under; defaults to the indicator's `topic`. */
  readonly section?: string;
  readonly target?: number;
  /** A stretch target (beating it can rate blue when the policy allows). */
  readonly stretch?: number;
  /** How far the value may miss the target and still be amber. */
  readonly tolerance?: RagTolerance;
  /** Where the target comes from, e.g. `Improvement plan 2024`. */
  readonly targetSource?: string;
  /** How big a change must be to count, for the change's rating; default `defaultChangeBand` for the unit. */
  readonly noChangeBand?: ChangeBand;
  readonly note?: string;
  /**
   * The period this row's latest figure is compared with (a committee table's previous column with a figure),
   * instead of the previous comparable figure; matched like `comparison.baseline`.
   */
  readonly baseline?: Period;
}

/** The areas a Scorecard compares with. */
export interface ScorecardComparators {
  /** Statistical neighbours, in neighbour-rank order. */
  readonly neighbours: readonly Area[];
  /** E.g. `2025` (the DfE children's services statistical neighbour model). */
  readonly neighbourModel?: string;
  /** How neighbours are combined; default `mean` (LAIT). */
  readonly aggregate?: AggregateMethod;
  readonly region?: Area;
  /**
   * Areas tried in order when `region` has no value for a row: a London borough compares with Inner or
   * Outer London and falls back to London (`region: Inner London, regionFallbacks: [London]`).
   */
  readonly regionFallbacks?: readonly Area[];
  /** Default England, code `E92000001` (observations coded `970` are read as England too). */
  readonly england?: Area;
  /** A named group of high performers, e.g. LAs rated Outstanding. */
  readonly highPerformers?: { readonly label: string; readonly codes: readonly string[] };
}

/**
 * What each row's previous value is, for the change and direction of travel.
 * - `previous-comparable` (the default): the latest earlier figure whose period can be compared with the
 *   current one (`checkComparable`), e.g. 2019/20 for 2020/21.
 * - `baseline`: a fixed baseline period, as committee tables with a baseline column beside a "current
 *   position" do. Where a row has a figure for `baseline` and its current figure ends later, the previous
 *   value is the baseline figure and the direction runs from it to the current figure even when the periods
 *   differ (a 2018/19 baseline against Aug 2020): the reason names both periods and says they differ, and
 *   `dataQuality` notes the row. Other rows keep the `previous-comparable` comparison.
 * - `strict`: only a comparable figure is ever the previous value. Without it, a row with the council's own
 *   figures (`origin: "local"`) that has no comparable earlier figure compares with its latest earlier figure,
 *   the reason saying that the periods differ.
 * @example
 * const comparison: ScorecardComparison = { kind: "baseline", baseline: financialYear(2018) };
 * comparison.baseline.label //=> "2018/19"
 */
export type ScorecardComparison =
  | { readonly kind: "previous-comparable" }
  | { readonly kind: "baseline"; readonly baseline: Period }
  | { readonly kind: "strict" };

/** Everything {@link buildScorecard} needs. Pure data; nothing is read from the clock or the network. */
export interface ScorecardInput {
  /** Default `<area name> performance scorecard`. */
  readonly title?: string;
  /** The LA the scorecard is for. */
  readonly area: Area;
  /** The "as at" period: observations ending after it are left out. Default: the latest current period. */
  readonly period?: Period;
  /** ISO date the scorecard is built (a parameter, never the clock). */
  readonly generated: string;
  readonly definitions: readonly IndicatorDefinition[];
  /** The LA's own figures and the comparators' (England, region, neighbours). */
  readonly observations: readonly Observation[];
  /** Rows in order; default: every defined indicator the LA has a figure for, in definition order. */
  readonly rows?: readonly ScorecardRowConfig[];
  readonly comparators: ScorecardComparators;
  /** Every LA's figures (LAs only), for national rank, quartile band and the top-quartile threshold. */
  readonly nationalValues?: readonly Observation[];
  readonly policy?: RagPolicy;
  /** Acronyms to explain; the Scorecard's glossary lists those its text uses. */
  readonly glossary?: Glossary;
  readonly provenance?: readonly ProvenanceEntry[];
  /** Data-quality notes from loading (excluded rows and why), carried into the Scorecard first. */
  readonly dataQuality?: readonly DataQualityEntry[];
  /** Changes this small (in the indicator's unit) count as no change. Default 0. */
  readonly noChangeBand?: number;
  /** What each row is compared with; default `{ kind: "previous-comparable" }`. See {@link ScorecardComparison}. */
  readonly comparison?: ScorecardComparison;
  /** An improvement plan rated as at a day (csc's `assessPlan`), shown as the Scorecard's plan section. */
  readonly plan?: PlanAssessment;
}
