import { parseIsoDate } from "../_lib/date.js";
import { dayLabel } from "../period/constructors.js";
import { daysFrom } from "./plan-date.js";
import type {
  ActionFlag,
  ActionRating,
  ActionRatingOptions,
  ActionRatingStatus,
  PlanAction,
  SelfAssessedRag,
} from "./types.js";

const DEFAULTS = { green: 0.9, amber: 0.7, dueSoonDays: 28, dueSoonPercent: 90, staleDays: 92 } as const;

// Better ratings rank higher; `complete` and a self-assessed blue are the best an action can be.
const RANK: Readonly<Record<SelfAssessedRag | "complete", number>> = {
  red: 0,
  amber: 1,
  green: 2,
  blue: 3,
  complete: 3,
};

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
const pct = (n: number) => `${Math.round(n * 10) / 10}%`;
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function worse(a: "red" | "amber" | "green", b: "red" | "amber" | "green"): "red" | "amber" | "green" {
  return RANK[a] <= RANK[b] ? a : b;
}

interface Judged {
  readonly status: ActionRatingStatus;
  readonly reason: string;
  readonly expectedPercent?: number;
  readonly daysOverdue?: number;
  /** What the self-assessment flag says the computed rating rests on. */
  readonly basis?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (d: string) => ISO_DAY.test(d) && parseIsoDate(d) !== null;

function badDay(action: PlanAction, asAt: string): string | undefined {
  const days: [string, string | undefined][] = [
    ["the day it is rated as at", asAt],
    ["its start date", action.start],
    ["its due date", action.due],
    ...(action.milestones ?? []).map((m): [string, string | undefined] => [
      `milestone "${m.title}"'s due date`,
      m.due,
    ]),
    ...(action.updates ?? []).map((u): [string, string | undefined] => ["a progress update's date", u.date]),
  ];
  const wrong = days.find(([, d]) => d !== undefined && !isDay(d));
  return wrong
    ? `Not rated: ${wrong[0]} (${JSON.stringify(wrong[1])}) is not a date (YYYY-MM-DD).`
    : undefined;
}

function judge(action: PlanAction, o: Required<ActionRatingOptions>): Judged {
  const { asAt } = o;
  const percent = action.percentComplete;
  const done = percent === undefined ? "no percent complete recorded" : `${pct(percent)} complete`;
  switch (action.status) {
    case "complete":
      return action.evidenceOfImpact?.trim()
        ? { status: "complete", reason: "Complete, with evidence of impact recorded." }
        : { status: "complete", reason: "Complete, but no evidence of impact is recorded." };
    case "ceased":
      return { status: "not-rated", reason: "Ceased: not rated." };
    case "deferred":
      return { status: "not-rated", reason: "Deferred: not rated." };
    default:
      break;
  }
  if (action.start !== undefined && daysFrom(asAt, action.start) > 0 && !percent) {
    return { status: "not-started", reason: `Not due to start until ${dayLabel(action.start)}.` };
  }
  if (action.due === undefined) {
    return { status: "not-rated", reason: "No due date is set, so progress against time cannot be judged." };
  }
  const overdue = daysFrom(action.due, asAt);
  if (overdue > 0) {
    return {
      status: "red",
      reason: `Overdue by ${days(overdue)} (due ${dayLabel(action.due)}), ${done}.`,
      daysOverdue: overdue,
      basis: `overdue by ${days(overdue)}`,
    };
  }
  if (percent === undefined && action.status !== "not-started") {
    return {
      status: "not-rated",
      reason: `No percent complete is recorded, so progress against time cannot be judged (due ${dayLabel(action.due)}).`,
    };
  }
  if (action.start === undefined) {
    return {
      status: "not-rated",
      reason: "No start date is set, so progress against time cannot be judged.",
    };
  }
  const complete = percent ?? 0;
  const span = daysFrom(action.start, action.due);
  const elapsed = daysFrom(action.start, asAt);
  const expected = span <= 0 ? 100 : Math.min(100, Math.max(0, (elapsed / span) * 100));
  const performance = expected === 0 ? Number.POSITIVE_INFINITY : complete / expected;
  let status: "red" | "amber" | "green" =
    performance >= o.green ? "green" : performance >= o.amber ? "amber" : "red";
  const parts = [
    `${pct(complete)} complete against ${pct(Math.round(expected))} expected by ${dayLabel(asAt)}` +
      (Number.isFinite(performance) ? ` (${Math.round(performance * 100)}% of expected)` : ""),
  ];
  const dueIn = -overdue;
  if (dueIn <= o.dueSoonDays && complete < o.dueSoonPercent) {
    if (status === "green") status = "amber";
    parts.push(`due in ${days(dueIn)} at ${pct(complete)} complete`);
  }
  const late = (action.milestones ?? [])
    .filter((m) => !m.done && m.due !== undefined && daysFrom(m.due, asAt) > 0)
    .map((m) => `milestone "${m.title}" overdue by ${days(daysFrom(m.due!, asAt))}`);
  if (late.length > 0) {
    status = worse(status, "amber");
    parts.push(...late);
  }
  const reason = `${upper(parts.join("; "))}.`;
  // The self-assessment flag says what the rating rests on, in short: the reason beside it has the detail.
  const basis = [
    `rated ${status}: ${pct(complete)} complete, ${pct(Math.round(expected))} expected`,
    ...parts.slice(1),
  ];
  return { status, reason, expectedPercent: Math.round(expected * 10) / 10, basis: basis.join("; ") };
}

function flagsOf(action: PlanAction, judged: Judged, o: Required<ActionRatingOptions>): ActionFlag[] {
  const flags: ActionFlag[] = [];
  const own = action.selfAssessed;
  if (
    own !== undefined &&
    (judged.status === "red" || judged.status === "amber" || judged.status === "green")
  ) {
    if (RANK[own] > RANK[judged.status]) {
      flags.push({ kind: "self-assessment", text: `self-assessed ${own}; ${judged.basis ?? judged.status}` });
    }
  }
  if (judged.status === "complete" && !action.evidenceOfImpact?.trim()) {
    flags.push({ kind: "no-evidence", text: "complete with no evidence of impact" });
  }
  const active = judged.status === "red" || judged.status === "amber" || judged.status === "green";
  if (active) {
    const latest = (action.updates ?? [])
      .map((u) => u.date)
      .sort()
      .at(-1);
    const since = latest ?? action.start;
    if (since !== undefined && daysFrom(since, o.asAt) > o.staleDays) {
      const gap = daysFrom(since, o.asAt);
      flags.push({
        kind: "stale",
        text:
          latest === undefined
            ? `no progress update recorded since it started on ${dayLabel(since)} (${days(gap)})`
            : `no progress update since ${dayLabel(latest)} (${days(gap)})`,
      });
    }
  }
  return flags;
}

/**
 * Rates an action as at a day, with the sentence that explains it: complete (shown Blue), ceased or deferred
 * (not rated), not started while its start is ahead, overdue (red), or percent complete against the elapsed
 * share of start to due (green at 90% of expected or more, amber from 70%, red below; due within 28 days and
 * under 90% complete, or a milestone overdue, is at least amber). A self-assessed rating better than the one
 * computed, an action with no update for longer than the reporting cycle (92 days) and a completed action with
 * no evidence of impact are flagged.
 * @param options `asAt` (required, never the clock) and the thresholds, each with its default
 * @example
 * rateAction({ id: "1.1", text: "Recruit", start: "2019-04-01", due: "2020-03-31", status: "in-progress", percentComplete: 40 }, { asAt: "2019-11-25" }).status //=> "red"
 * @example
 * rateAction({ id: "1.2", text: "Audit", due: "2019-10-31", status: "in-progress", percentComplete: 60 }, { asAt: "2019-11-25" }).reason //=> "Overdue by 25 days (due 31 Oct 2019), 60% complete."
 */
export function rateAction(action: PlanAction, options: ActionRatingOptions): ActionRating {
  const o = { ...DEFAULTS, ...options } as Required<ActionRatingOptions>;
  // Total: a day that is not an ISO date (from a caller that skipped readPlan's checks) is a reason, not a throw.
  const bad = badDay(action, o.asAt);
  if (bad !== undefined) return { status: "not-rated", reason: bad, flags: [] };
  const judged = judge(action, o);
  const flags = flagsOf(action, judged, o);
  return {
    status: judged.status,
    reason: judged.reason,
    flags,
    ...(judged.expectedPercent !== undefined ? { expectedPercent: judged.expectedPercent } : {}),
    ...(judged.daysOverdue !== undefined ? { daysOverdue: judged.daysOverdue } : {}),
  };
}
