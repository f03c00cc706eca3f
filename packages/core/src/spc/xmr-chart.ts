import { kpikitError } from "../errors.js";
import type {
  SpcAssurance,
  SpcRule,
  SpcTypeCounts,
  SpcVariation,
  XmrGroup,
  XmrInputPoint,
  XmrOptions,
  XmrPoint,
  XmrResult,
} from "./types.js";

/** 3 / d2 for moving ranges of 2 (d2 = 1.128), as Making Data Count rounds it. */
const LIMIT = 2.66;
const NEAR_LIMIT = 2 * (LIMIT / 3);
/** Moving ranges above D4 × mean moving range are screened out (D4 = 3.267 for n = 2). */
const SCREEN = 3.267;
/** Runs and trends of this many points. */
const RUN = 7;

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function meanOf(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

function signOf(x: number): -1 | 0 | 1 {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** True at i when any of flags[i..i+RUN-1] is set: the point is part of a run or trend that ends there or later. */
function partOf(flags: readonly boolean[]): boolean[] {
  return flags.map((_, i) => {
    for (let j = i; j < Math.min(flags.length, i + RUN); j++) if (flags[j]) return true;
    return false;
  });
}

interface GroupCalc {
  readonly points: XmrPoint[];
  readonly summary: Omit<XmrGroup, "assurance">;
}

function computeGroup(
  labels: readonly string[],
  ys: readonly number[],
  index: number,
  options: { fixAfter: number; screen: boolean; direction: 1 | 0 | -1; shortThreshold: number },
): GroupCalc {
  const n = ys.length;
  const inBaseline = ys.map((_, i) => i < options.fixAfter);
  const baseline = ys.filter((_, i) => inBaseline[i]);
  const mean = meanOf(baseline);
  // Moving ranges between consecutive baseline points.
  let ranges: (number | null)[] = [];
  for (let i = 1; i < n; i++)
    ranges.push(
      inBaseline[i] && inBaseline[i - 1] ? Math.abs((ys[i] as number) - (ys[i - 1] as number)) : null,
    );
  let amr = meanOf(ranges.filter((r): r is number => r !== null));
  if (options.screen) {
    const cut = SCREEN * amr;
    ranges = ranges.map((r) => (r !== null && r < cut ? r : null));
    amr = meanOf(ranges.filter((r): r is number => r !== null));
  }
  const lpl = mean - LIMIT * amr;
  const upl = mean + LIMIT * amr;
  const nlpl = mean - NEAR_LIMIT * amr;
  const nupl = mean + NEAR_LIMIT * amr;

  const outside = ys.map((y) => y > upl || y < lpl);
  const rtm = ys.map((y) => signOf(y - mean));
  const close = ys.map((y, i) => !outside[i] && (y < nlpl || y > nupl));

  // Run: RUN points in a row on the same side of the mean (a point on the mean breaks it).
  const runEnds = rtm.map((r, i) => {
    if (i < RUN - 1 || r === 0) return false;
    for (let j = i - RUN + 1; j < i; j++) if (rtm[j] !== r) return false;
    return true;
  });
  // Trend: RUN points each strictly higher (or lower) than the one before.
  const trendEnds = ys.map((_, i) => {
    if (i < RUN - 1) return 0;
    let up = true;
    let down = true;
    for (let j = i - RUN + 2; j <= i; j++) {
      const d = signOf((ys[j] as number) - (ys[j - 1] as number));
      if (d !== 1) up = false;
      if (d !== -1) down = false;
    }
    return up ? 1 : down ? -1 : 0;
  });
  const partRun = partOf(runEnds);
  const partTrend = partOf(trendEnds.map((t) => t !== 0));
  // Two of three consecutive points close to a limit, all three on the same side of the mean.
  const twoInThree = ys.map((_, i) => {
    for (let s = i - 2; s <= i; s++) {
      if (s < 0 || s + 2 >= n) continue;
      let closeCount = 0;
      let side = 0;
      for (let j = s; j <= s + 2; j++) {
        closeCount += close[j] ? 1 : 0;
        side += rtm[j] as number;
      }
      if (closeCount >= 2 && Math.abs(side) === 3) return true;
    }
    return false;
  });
  const partTwoInThree = twoInThree.map((t, i) => t && (close[i] as boolean));

  const points: XmrPoint[] = ys.map((y, i) => {
    // The direction of a trend point: the step to the right when the next point is in the trend too, else the step from the left.
    const stepRight = i < n - 1 ? signOf((ys[i + 1] as number) - y) : signOf(y - (ys[i - 1] as number));
    const stepLeft = i === 0 ? 0 : signOf(y - (ys[i - 1] as number));
    const trendDirection = partTrend[i] && (i < n - 1 ? partTrend[i + 1] : false) ? stepRight : stepLeft;
    const r = rtm[i] as -1 | 0 | 1;
    let rule: SpcRule | null = null;
    if (outside[i]) rule = r === 1 ? "above-upper-limit" : "below-lower-limit";
    else if (partTrend[i]) rule = trendDirection === 1 ? "trend-increasing" : "trend-decreasing";
    else if (partTwoInThree[i]) rule = r > 0 ? "two-in-three-above" : "two-in-three-below";
    else if (partRun[i]) rule = r > 0 ? "run-above" : "run-below";
    const high =
      rule === "above-upper-limit" ||
      rule === "trend-increasing" ||
      rule === "two-in-three-above" ||
      rule === "run-above";
    let pointType: SpcVariation = "common_cause";
    if (rule !== null) {
      if (options.direction === 0)
        pointType = high ? "special_cause_neutral_high" : "special_cause_neutral_low";
      else
        pointType =
          (high ? 1 : -1) === options.direction ? "special_cause_improvement" : "special_cause_concern";
    }
    return {
      label: labels[i] as string,
      value: y,
      group: index,
      inBaseline: inBaseline[i] as boolean,
      mean,
      amr: finiteOrNull(amr),
      lpl: finiteOrNull(lpl),
      upl: finiteOrNull(upl),
      nearLower: finiteOrNull(nlpl),
      nearUpper: finiteOrNull(nupl),
      outsideLimits: outside[i] as boolean,
      relativeToMean: r,
      closeToLimits: close[i] as boolean,
      rules: {
        outsideLimits: outside[i] as boolean,
        trend: partTrend[i] as boolean,
        twoInThree: partTwoInThree[i] as boolean,
        run: partRun[i] as boolean,
      },
      rule,
      specialCause: rule !== null,
      pointType,
      shortGroupWarning: n < options.shortThreshold,
    };
  });

  const counts: Record<SpcVariation, number> = {
    common_cause: 0,
    special_cause_improvement: 0,
    special_cause_concern: 0,
    special_cause_neutral_high: 0,
    special_cause_neutral_low: 0,
  };
  for (const p of points) counts[p.pointType]++;
  const last = points[n - 1] as XmrPoint;
  return {
    points,
    summary: {
      index,
      firstLabel: labels[0] as string,
      lastLabel: last.label,
      n,
      mean,
      amr: finiteOrNull(amr),
      lpl: finiteOrNull(lpl),
      upl: finiteOrNull(upl),
      commonCause: counts.common_cause,
      counts: counts as SpcTypeCounts,
      variation: last.pointType,
      shortGroupWarning: n < options.shortThreshold,
    },
  };
}

function assuranceOf(
  target: number | null,
  direction: 1 | 0 | -1,
  lpl: number | null,
  upl: number | null,
): SpcAssurance {
  if (target === null || direction === 0) return "blank";
  if (upl !== null && target > upl) return direction === 1 ? "consistent_fail" : "consistent_pass";
  if (lpl !== null && target < lpl) return direction === 1 ? "consistent_pass" : "consistent_fail";
  return "inconsistent";
}

/**
 * An XmR (individuals and moving range) chart with NHS "Making Data Count" rules, computed as
 * NHSRplotthedots 0.2.2 does: mean and process limits (mean ± 2.66 × mean moving range, after
 * screening out moving ranges above 3.267 × their mean), near-limit lines, special-cause rules (outside
 * the limits; a trend of 7 points; 2 of 3 points close to a limit on one side; a run of 7 on one side of
 * the mean), point types, and the variation and assurance icons per rebase group.
 *
 * Points are in time order; points without a value are skipped (listed in `excluded`). One series per
 * call (for facets, call once per facet).
 *
 * @param points - the series, oldest first
 * @param options - `improvementDirection`, optional `target`, `rebaseAt` (labels), `fixAfterNPoints`, `screenOutliers` (default true)
 * @throws kpikitError `unknown-rebase-label` when a rebase label is not in the series; `invalid-option` for a bad `fixAfterNPoints`
 * @example
 * const chart = xmrChart(
 *   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value, i) => ({ label: `M${i + 1}`, value })),
 *   { improvementDirection: "increase" },
 * );
 * [chart.mean, chart.lpl, chart.upl, chart.variation] //=> [5.5, 2.84, 8.16, "special_cause_improvement"]
 */
export function xmrChart(points: readonly XmrInputPoint[], options: XmrOptions): XmrResult {
  const direction =
    options.improvementDirection === "increase" ? 1 : options.improvementDirection === "decrease" ? -1 : 0;
  if (!["increase", "decrease", "neutral"].includes(options.improvementDirection)) {
    throw kpikitError(
      "invalid-option",
      `improvementDirection must be "increase", "decrease" or "neutral", got ${String(options.improvementDirection)}`,
    );
  }
  const fixAfter = options.fixAfterNPoints ?? Number.POSITIVE_INFINITY;
  if (!(fixAfter >= 2))
    throw kpikitError(
      "invalid-option",
      `fixAfterNPoints must be at least 2, got ${String(options.fixAfterNPoints)}`,
    );
  const target =
    typeof options.target === "number" && Number.isFinite(options.target) ? options.target : null;
  const shortThreshold = options.shortGroupThreshold ?? 13;

  // Group starts: a rebase label starts a new group at the first point with a value at or after it.
  const rebaseIndexes = new Set<number>();
  for (const label of options.rebaseAt ?? []) {
    const at = points.findIndex((p) => p.label === label);
    if (at < 0)
      throw kpikitError("unknown-rebase-label", `rebase label "${label}" is not one of the point labels`);
    rebaseIndexes.add(at);
  }
  const excluded: string[] = [];
  const groups: { labels: string[]; ys: number[] }[] = [];
  let pendingRebase = false;
  points.forEach((p, i) => {
    if (rebaseIndexes.has(i)) pendingRebase = true;
    if (typeof p.value !== "number" || !Number.isFinite(p.value)) {
      excluded.push(p.label);
      return;
    }
    if (groups.length === 0 || (pendingRebase && (groups.at(-1)?.ys.length ?? 0) > 0))
      groups.push({ labels: [], ys: [] });
    pendingRebase = false;
    const g = groups.at(-1) as { labels: string[]; ys: number[] };
    g.labels.push(p.label);
    g.ys.push(p.value);
  });

  const calcs = groups.map((g, index) =>
    computeGroup(g.labels, g.ys, index, {
      fixAfter,
      screen: options.screenOutliers ?? true,
      direction,
      shortThreshold,
    }),
  );
  const lastCalc = calcs.at(-1);
  const resultGroups: XmrGroup[] = calcs.map((c, i) => ({
    ...c.summary,
    assurance:
      i === calcs.length - 1 ? assuranceOf(target, direction, c.summary.lpl, c.summary.upl) : "blank",
  }));
  const lastGroup = resultGroups.at(-1);
  const allPoints = calcs.flatMap((c) => c.points);
  const base = {
    kind: "xmr",
    improvementDirection: options.improvementDirection,
    target,
    points: allPoints,
    groups: resultGroups,
    excluded,
    mean: lastCalc ? lastCalc.summary.mean : null,
    lpl: lastGroup?.lpl ?? null,
    upl: lastGroup?.upl ?? null,
    n: lastGroup?.n ?? 0,
    variation: lastGroup?.variation ?? null,
    assurance: lastGroup?.assurance ?? "blank",
  } as const;
  if (allPoints.length < 2) {
    return {
      ...base,
      status: "insufficient-data",
      reason: `An XmR chart needs at least 2 points with values; there ${allPoints.length === 1 ? "is 1" : `are ${allPoints.length}`}.`,
    };
  }
  return { ...base, status: "ok" };
}
