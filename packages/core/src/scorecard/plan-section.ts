import {
  ACTION_RATING_LABEL,
  ACTION_SOURCE_LABEL,
  ACTION_STATUS_LABEL,
  TRAJECTORY_LABEL,
} from "../labels/labels.js";
import { formatDate } from "../period/format-date.js";
import type {
  ActionRatingStatus,
  AssessedIndicator,
  PlanAssessment,
  TrajectoryIndicator,
} from "../plan/types.js";
import { formatValue } from "../value/format-value.js";
import type { ScorecardPlan, ScorecardPlanAction, ScorecardPlanIndicator } from "./types.js";

const SELF_ASSESSED: Readonly<Record<string, string>> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  blue: "Blue",
};

/** What each action rating means, in the order `rateAction` applies its rules. */
const KEY: readonly { status: ActionRatingStatus; meaning: string }[] = [
  {
    status: "complete",
    meaning: "The action is complete (shown blue); the reason says whether evidence of impact is recorded.",
  },
  {
    status: "not-rated",
    meaning: "Ceased or deferred, or without the dates or percent complete needed to judge it.",
  },
  { status: "not-started", meaning: "Not due to start yet." },
  {
    status: "red",
    meaning: "Overdue, or less than 70% as far on as the time elapsed since its start expects.",
  },
  {
    status: "amber",
    meaning:
      "70% to 90% as far on as expected, or due within 28 days and under 90% complete, or a milestone overdue.",
  },
  { status: "green", meaning: "At least 90% as far on as the time elapsed expects." },
];

function valueText(v: number, indicator: TrajectoryIndicator): string {
  return formatValue(v, {
    unit: indicator.unit,
    ...(indicator.decimals !== undefined ? { decimals: indicator.decimals } : {}),
  });
}

function indicatorRow(i: AssessedIndicator): ScorecardPlanIndicator {
  const { link, indicator, rating } = i;
  return {
    indicatorId: link.indicatorId,
    title: indicator.title,
    target: link.target,
    targetDisplay: valueText(link.target, indicator),
    targetDate: link.targetDate,
    targetDateDisplay: formatDate(link.targetDate),
    rating: { status: rating.status, label: TRAJECTORY_LABEL[rating.status], reason: rating.reason },
    ...(rating.baseline
      ? { baseline: { ...rating.baseline, display: valueText(rating.baseline.value, indicator) } }
      : {}),
    ...(rating.latest
      ? {
          latest: {
            ...rating.latest,
            display: valueText(rating.latest.value, indicator),
            trajectoryDisplay: valueText(rating.latest.trajectory, indicator),
          },
        }
      : {}),
    ...(rating.projectedDate !== undefined ? { projectedDate: rating.projectedDate } : {}),
  };
}

/**
 * The plan section of a Scorecard: every action of an assessed plan ready to show (dates, percent, rating and
 * flags in words; milestones marked overdue as at the plan's day), themes with their actions, counts, the key
 * and the span the roadmap draws. Renderers show it; they compute nothing.
 * @example
 * planSection({ title: "Plan", asAt: "2020-01-15", themes: [], actions: [], summary: { counts: { complete: 0, "not-started": 0, red: 0, amber: 0, green: 0, "not-rated": 0 }, percentComplete: null, overdue: 0, flagged: 0, indicators: { achieved: 0, green: 0, amber: 0, red: 0, "not-rated": 0 } } }).asAtDisplay //=> "15 January 2020"
 */
export function planSection(assessment: PlanAssessment): ScorecardPlan {
  const themeTitle = new Map(assessment.themes.map((t) => [t.id, t.title]));
  const actions = assessment.actions.map(({ action, rating, indicators }): ScorecardPlanAction => {
    const latest = (action.updates ?? []).at(-1);
    const theme = action.theme === undefined ? undefined : themeTitle.get(action.theme);
    return {
      id: action.id,
      ...(theme !== undefined ? { theme } : {}),
      ...(action.source !== undefined ? { source: ACTION_SOURCE_LABEL[action.source] } : {}),
      text: action.text,
      ...(action.owner !== undefined ? { owner: action.owner } : {}),
      ...(action.start !== undefined
        ? { start: action.start, startDisplay: formatDate(action.start, "short") }
        : {}),
      ...(action.due !== undefined ? { due: action.due, dueDisplay: formatDate(action.due, "short") } : {}),
      ...(action.status !== undefined ? { status: ACTION_STATUS_LABEL[action.status] } : {}),
      ...(action.percentComplete !== undefined ? { percentComplete: action.percentComplete } : {}),
      percentDisplay:
        action.status === "complete"
          ? "100%"
          : action.percentComplete === undefined
            ? "Not recorded"
            : formatValue(action.percentComplete, { unit: "percent", decimals: 0 }),
      rating: {
        status: rating.status,
        label: ACTION_RATING_LABEL[rating.status],
        reason: rating.reason,
        ...(rating.daysOverdue !== undefined ? { daysOverdue: rating.daysOverdue } : {}),
      },
      flags: rating.flags,
      ...(action.selfAssessed !== undefined ? { selfAssessed: SELF_ASSESSED[action.selfAssessed] } : {}),
      milestones: (action.milestones ?? []).map((m) => ({
        title: m.title,
        ...(m.due !== undefined ? { due: m.due, dueDisplay: formatDate(m.due, "short") } : {}),
        done: m.done,
        overdue: !m.done && m.due !== undefined && m.due < assessment.asAt,
      })),
      ...(latest
        ? {
            latestUpdate: { date: latest.date, display: formatDate(latest.date, "short"), text: latest.text },
          }
        : {}),
      ...(action.evidenceOfImpact !== undefined ? { evidenceOfImpact: action.evidenceOfImpact } : {}),
      indicators: indicators.map(indicatorRow),
    };
  });
  const themes = assessment.themes.map((t) => ({
    title: t.title,
    actions: assessment.actions.filter((a) => a.action.theme === t.id).map((a) => a.action.id),
  }));
  const days = assessment.actions
    .flatMap(({ action }) => [action.start, action.due, ...(action.milestones ?? []).map((m) => m.due)])
    .filter((d): d is string => d !== undefined)
    .concat(assessment.actions.length > 0 ? [assessment.asAt] : [])
    .sort();
  return {
    title: assessment.title,
    asAt: assessment.asAt,
    asAtDisplay: formatDate(assessment.asAt),
    summary: { total: assessment.actions.length, ...assessment.summary },
    themes,
    actions,
    timeline: days.length > 0 ? { start: days[0]!, end: days.at(-1)! } : null,
    key: KEY.map((k) => ({ status: k.status, label: ACTION_RATING_LABEL[k.status], meaning: k.meaning })),
  };
}
