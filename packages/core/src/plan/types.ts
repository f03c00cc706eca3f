import type { Polarity, Unit } from "../indicator/types.js";
import type { IsoDate } from "../period/types.js";

/** Where an action comes from: an Ofsted inspection's recommendation, a visit, a notice, a review, or local. */
export type ActionSource =
  | "ilacs-recommendation"
  | "monitoring-visit"
  | "improvement-notice"
  | "peer-review"
  | "local";

/** An action's recorded state. Synonyms (`done`, `on hold`, `withdrawn` …) are read by `parseActionStatus`. */
export type ActionStatus = "not-started" | "in-progress" | "complete" | "ceased" | "deferred";

/** A council's own red/amber/green for an action, as typed in its tracker. */
export type SelfAssessedRag = "red" | "amber" | "green" | "blue";

/** A dated checkpoint within an action. */
export interface Milestone {
  readonly title: string;
  readonly due?: IsoDate;
  readonly done: boolean;
}

/** A dated progress note. */
export interface ProgressUpdate {
  readonly date: IsoDate;
  readonly text: string;
}

/** An indicator an action should move, with where it should be by when. */
export interface LinkedIndicator {
  readonly indicatorId: string;
  readonly target: number;
  readonly targetDate: IsoDate;
  /** How far behind the trajectory still counts as amber, in the indicator's unit; see `rateTrajectory`. */
  readonly tolerance?: number;
}

/** One action of an improvement plan. Dates are ISO days, already resolved from what the council wrote. */
export interface PlanAction {
  /** Hierarchical, e.g. `1.2`. */
  readonly id: string;
  /** The theme (priority or workstream) it belongs to, by the theme's id. */
  readonly theme?: string;
  readonly source?: ActionSource;
  readonly text: string;
  /** A role, e.g. `Head of Service, Children in Care`. */
  readonly owner?: string;
  readonly start?: IsoDate;
  readonly due?: IsoDate;
  /** Unknown when the tracker leaves it blank. */
  readonly status?: ActionStatus;
  /** 0–100, when recorded. */
  readonly percentComplete?: number;
  readonly milestones?: readonly Milestone[];
  readonly updates?: readonly ProgressUpdate[];
  readonly evidenceOfImpact?: string;
  readonly selfAssessed?: SelfAssessedRag;
  readonly indicators?: readonly LinkedIndicator[];
}

/** A priority or workstream that groups actions. */
export interface PlanTheme {
  readonly id: string;
  readonly title: string;
}

/** An improvement plan: themes and their actions. */
export interface Plan {
  readonly title: string;
  readonly themes: readonly PlanTheme[];
  readonly actions: readonly PlanAction[];
}

/** An action's rating as at a date: `complete` (shown Blue), `not-started`, red, amber, green, or not rated. */
export type ActionRatingStatus = "complete" | "not-started" | "red" | "amber" | "green" | "not-rated";

/** Something a committee should see beside the rating. */
export type ActionFlagKind = "self-assessment" | "stale" | "no-evidence";

export interface ActionFlag {
  readonly kind: ActionFlagKind;
  /** E.g. `self-assessed green; overdue by 25 days`. */
  readonly text: string;
}

/** The rating of one action, with the sentence that explains it. */
export interface ActionRating {
  readonly status: ActionRatingStatus;
  readonly reason: string;
  readonly flags: readonly ActionFlag[];
  /** The share of start-to-due elapsed at `asAt`, 0–100, when it was used. */
  readonly expectedPercent?: number;
  /** Days past the due date, when overdue. */
  readonly daysOverdue?: number;
}

/** Thresholds for `rateAction`; each has the default named. */
export interface ActionRatingOptions {
  /** The day the plan is rated as at (never the clock). */
  readonly asAt: IsoDate;
  /** Percent complete ÷ expected at or above this is green. Default 0.9. */
  readonly green?: number;
  /** … at or above this (and below `green`) is amber; below is red. Default 0.7. */
  readonly amber?: number;
  /** An action due within this many days … Default 28. */
  readonly dueSoonDays?: number;
  /** … and less complete than this percent is at least amber. Default 90. */
  readonly dueSoonPercent?: number;
  /** No progress update for longer than this many days is flagged stale (the reporting cycle). Default 92. */
  readonly staleDays?: number;
}

/** A linked indicator's rating against its trajectory. */
export type TrajectoryStatus = "achieved" | "green" | "amber" | "red" | "not-rated";

/** What `rateTrajectory` needs to know about the indicator. */
export interface TrajectoryIndicator {
  readonly title: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly decimals?: number;
}

export interface TrajectoryRating {
  readonly status: TrajectoryStatus;
  readonly reason: string;
  /** The baseline: the figure at or before the action's start. */
  readonly baseline?: { readonly value: number; readonly date: IsoDate };
  /** The latest figure and the trajectory's value at its period's end. */
  readonly latest?: { readonly value: number; readonly date: IsoDate; readonly trajectory: number };
  /** Where the figures are heading: the date the target would be reached at the current rate (three figures or more). */
  readonly projectedDate?: IsoDate | null;
}

/** An action with its rating, as `ratePlan` returns it. */
export interface RatedAction {
  readonly action: PlanAction;
  readonly rating: ActionRating;
}

/** Totals of a rated plan. */
export interface RatedPlanSummary {
  readonly counts: Readonly<Record<ActionRatingStatus, number>>;
  /** Mean percent complete of the actions still in the plan (complete counts 100; ceased and deferred are left out); null when none records one. */
  readonly percentComplete: number | null;
  readonly overdue: number;
  /** Actions with at least one flag. */
  readonly flagged: number;
}

/** A linked indicator with what it is and its rating against the trajectory. */
export interface AssessedIndicator {
  readonly link: LinkedIndicator;
  readonly indicator: TrajectoryIndicator;
  readonly rating: TrajectoryRating;
}

/** A rated action with its linked indicators rated. */
export interface AssessedAction extends RatedAction {
  readonly indicators: readonly AssessedIndicator[];
}

/** A plan rated as at a day, its linked indicators against their trajectories (csc's `assessPlan` makes it). */
export interface PlanAssessment {
  readonly title: string;
  readonly asAt: string;
  readonly themes: readonly PlanTheme[];
  readonly actions: readonly AssessedAction[];
  readonly summary: RatedPlanSummary & { readonly indicators: Readonly<Record<TrajectoryStatus, number>> };
}
