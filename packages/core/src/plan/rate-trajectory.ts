import type { Observation } from "../observation/types.js";
import { dayLabel } from "../period/constructors.js";
import { defaultDecimals, formatValue } from "../value/format-value.js";
import { dayAfter, daysFrom } from "./plan-date.js";
import type { LinkedIndicator, TrajectoryIndicator, TrajectoryRating } from "./types.js";

interface Point {
  readonly value: number;
  readonly date: string;
  readonly label: string;
}

/** The default amber tolerance: 2 points for a percentage, else 5% of the target. */
function defaultTolerance(indicator: TrajectoryIndicator, target: number): number {
  return indicator.unit === "percent" ? 2 : Math.abs(target) * 0.05;
}

function distanceText(gap: number, indicator: TrajectoryIndicator): string {
  const decimals = indicator.decimals;
  if (indicator.unit === "percent") {
    const n = formatValue(gap, { unit: "count", decimals: decimals ?? 1 });
    return `${n} ${n === "1" ? "point" : "points"}`;
  }
  return formatValue(gap, { unit: indicator.unit, ...(decimals !== undefined ? { decimals } : {}) });
}

/** Least-squares slope and intercept of value on day number, or null when the days do not vary. */
function fitLine(points: readonly Point[], origin: string): { slope: number; intercept: number } | null {
  const xs = points.map((p) => daysFrom(origin, p.date));
  const n = points.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = points.reduce((a, p) => a + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    sxy += (xs[i]! - mx) * (points[i]!.value - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/**
 * Rates a linked indicator against a straight trajectory from its baseline (the latest figure at or before the
 * action's start) to the target at the target date: the latest figure is compared with the line at its period's
 * end, by polarity. Target met → achieved; on or ahead of the line → green; behind by no more than the tolerance
 * (the link's own, else 2 points for a percentage and 5% of the target otherwise) → amber; further behind →
 * red; no figure → not rated, never red. With three figures or more the reason says when the target would be
 * reached at the current rate (a least-squares line through the figures from the baseline on).
 * @param observations the indicator's figures for the area, in any order (only `ok` and `low-reliability` count;
 *   figures for periods ending after `asAt` are not known yet on that day and are left out)
 * @param when `start`, the action's start day (the baseline is the latest figure ending on or before it), and
 *   `asAt`, the day the plan is rated as at
 * @example
 * rateTrajectory({ indicatorId: "re-referrals-12m", target: 16, targetDate: "2021-03-31" }, { title: "Re-referrals", unit: "percent", polarity: "lower-is-better" }, [], { start: "2019-04-01", asAt: "2019-11-25" }).status //=> "not-rated"
 */
export function rateTrajectory(
  link: LinkedIndicator,
  indicator: TrajectoryIndicator,
  observations: readonly Observation[],
  when: { readonly start: string; readonly asAt: string },
): TrajectoryRating {
  const { start, asAt } = when;
  const fmt = (v: number) =>
    formatValue(v, {
      unit: indicator.unit,
      ...(indicator.decimals !== undefined ? { decimals: indicator.decimals } : {}),
    });
  const targetText = `the ${fmt(link.target)} target for ${dayLabel(link.targetDate)}`;
  if (indicator.polarity === "no-judgement") {
    return {
      status: "not-rated",
      reason: `${indicator.title} has no better direction, so it is not rated against ${targetText}.`,
    };
  }
  const points: Point[] = observations
    .filter(
      (o) =>
        o.indicatorId === link.indicatorId &&
        o.period.end <= asAt &&
        o.value !== null &&
        (o.status === "ok" || o.status === "low-reliability"),
    )
    .map((o) => ({ value: o.value as number, date: o.period.end, label: o.period.label }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const baseline = points.filter((p) => p.date <= start).at(-1);
  if (baseline === undefined) {
    return {
      status: "not-rated",
      reason: `No figure for ${indicator.title} at or before the action's start (${dayLabel(start)}), so there is no baseline for ${targetText}.`,
    };
  }
  const since = points.filter((p) => p.date >= baseline.date);
  const latest = since.at(-1)!;
  const better = indicator.polarity === "higher-is-better" ? 1 : -1;
  const base = { baseline: { value: baseline.value, date: baseline.date } };
  if (latest === baseline) {
    return {
      status: "not-rated",
      ...base,
      reason: `No figure for ${indicator.title} since the baseline of ${fmt(baseline.value)} for ${baseline.label}, so progress towards ${targetText} cannot be judged.`,
    };
  }
  const span = daysFrom(baseline.date, link.targetDate);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, daysFrom(baseline.date, latest.date) / span));
  const line = baseline.value + (link.target - baseline.value) * share;
  const withLatest = { ...base, latest: { value: latest.value, date: latest.date, trajectory: line } };
  if ((latest.value - link.target) * better >= 0) {
    return {
      status: "achieved",
      ...withLatest,
      reason: `${fmt(latest.value)} for ${latest.label} meets ${targetText}.`,
    };
  }
  // A distance that shows as 0 at the indicator's decimals is on the line: "0.0 points behind" would mislead.
  const shown = 10 ** (indicator.decimals ?? defaultDecimals(indicator.unit));
  const raw = (line - latest.value) * better;
  const behind = Math.round(Math.abs(raw) * shown) === 0 ? 0 : raw;
  const tolerance = link.tolerance ?? defaultTolerance(indicator, link.target);
  const against = `${fmt(latest.value)} against a trajectory of ${fmt(line)} for ${latest.label}`;
  let reason: string;
  let status: "green" | "amber" | "red";
  if (behind <= 0) {
    status = "green";
    reason = behind < 0 ? `${against}; ${distanceText(-behind, indicator)} ahead` : `${against}; on the line`;
  } else {
    status = behind <= tolerance ? "amber" : "red";
    reason = `${against}; ${distanceText(behind, indicator)} behind${
      status === "amber"
        ? `, within the tolerance of ${distanceText(tolerance, indicator)}`
        : `, beyond the tolerance of ${distanceText(tolerance, indicator)}`
    }`;
  }
  let projectedDate: string | null | undefined;
  if (since.length >= 3) {
    const fit = fitLine(since, baseline.date);
    const rate = fit ? fit.slope * better : 0;
    if (fit && rate > 0) {
      const day = Math.ceil((link.target - fit.intercept) / fit.slope);
      projectedDate = dayAfter(baseline.date, Math.max(day, daysFrom(baseline.date, latest.date)));
      reason += `; at the current rate the target would be reached by ${dayLabel(projectedDate)}`;
    } else {
      projectedDate = null;
      reason += "; at the current rate the target would not be reached";
    }
  }
  return {
    status,
    ...withLatest,
    reason: `${reason}.`,
    ...(projectedDate !== undefined ? { projectedDate } : {}),
  };
}
