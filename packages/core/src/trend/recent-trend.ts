import { kpikitError } from "../errors.js";
import type { Polarity } from "../indicator/types.js";
import { chiSquareQuantile } from "../stats/distributions.js";
import { proportionWithCI } from "../stats/proportion-with-ci.js";
import { rateWithCI } from "../stats/rate-with-ci.js";
import type {
  RecentTrendDirection,
  RecentTrendJudgement,
  RecentTrendOptions,
  RecentTrendResult,
  TrendInputPoint,
  TrendMethod,
} from "./types.js";

/** Fingertips uses the latest five points. */
const POINTS = 5;
/** A 95% CI spans 2 × 1.96 standard errors. */
const CI95_WIDTH_IN_SE = 3.92;

const isNum = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

const criticalCache = new Map<number, number>();
function critical(confidence: number): number {
  let c = criticalCache.get(confidence);
  if (c === undefined) {
    c = chiSquareQuantile(confidence, 1);
    criticalCache.set(confidence, c);
  }
  return c;
}

/** The point with 95% limits computed from its counts, when it has them. */
function withDerivedLimits(
  p: TrendInputPoint,
  kind: "proportion" | "rate",
  multiplier: number,
): TrendInputPoint {
  if (!isNum(p.numerator) || !isNum(p.denominator)) return p;
  const ci =
    kind === "proportion"
      ? proportionWithCI(p.numerator, p.denominator, { multiplier })
      : rateWithCI(p.numerator, p.denominator, { multiplier });
  return ci.lower === null || ci.upper === null ? p : { ...p, lower: ci.lower, upper: ci.upper };
}

/** Whether a point is usable: a value, and counts that are not invalid when given. */
function isValid(p: TrendInputPoint): boolean {
  if (!isNum(p.value)) return false;
  if (p.numerator !== undefined && p.numerator !== null && !(isNum(p.numerator) && p.numerator >= 0))
    return false;
  if (p.denominator !== undefined && p.denominator !== null && !(isNum(p.denominator) && p.denominator > 0))
    return false;
  return true;
}

function judge(trend: RecentTrendDirection, polarity: Polarity): RecentTrendJudgement {
  if (trend === "cannot-be-calculated" || trend === "no-significant-change") return trend;
  if (polarity === "no-judgement") return "not-judged";
  return (trend === "increasing") === (polarity === "higher-is-better") ? "improving" : "worsening";
}

interface Fit {
  readonly slope: number;
  readonly chi2: number;
}

/** Weighted least-squares slope of value on time t = 1..k (weights 1/se²) and its χ² = (slope / se(slope))². */
function weightedFit(values: readonly number[], weights: readonly number[], times: readonly number[]): Fit {
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] as number;
    const v = values[i] as number;
    const t = times[i] as number;
    s1 += w;
    s2 += v * t * w;
    s3 += t * w;
    s4 += v * w;
    s5 += t * t * w;
  }
  const det = s1 * s5 - s3 * s3;
  const slope = (s1 * s2 - s3 * s4) / det;
  const se = Math.sqrt(s1 / det);
  return { slope, chi2: (slope / se) ** 2 };
}

/** Unweighted least-squares slope of y on t. */
function olsSlope(ys: readonly number[], times: readonly number[]): number {
  const k = ys.length;
  let sy = 0;
  let sty = 0;
  let st = 0;
  let stt = 0;
  for (let i = 0; i < k; i++) {
    const y = ys[i] as number;
    const t = times[i] as number;
    sy += y;
    sty += t * y;
    st += t;
    stt += t * t;
  }
  return (k * sty - sy * st) / (k * stt - st * st);
}

/** True when the full fit and every leave-one-out fit give a slope of the same sign (Fingertips treats a zero slope as positive). */
function sameSignWithoutEachPoint(slopeOf: (keep: (i: number) => boolean) => number): boolean {
  let sum = 0;
  for (let leaveOut = -1; leaveOut < POINTS; leaveOut++) {
    const s = slopeOf((i) => i !== leaveOut);
    sum += s < 0 ? -1 : 1;
  }
  return Math.abs(sum) === POINTS + 1;
}

/**
 * The Fingertips recent trend: a significance test for a linear trend over the latest 5 valid points at
 * the 99.8% level, with Fingertips' outlier check (the direction must survive leaving out any one point).
 * By default a regression of value on time weighted by each point's 95% CI (Fingertips and FingertipsNext);
 * `method: "chi-squared-proportions"` uses the chi-squared test for trend on counts and denominators.
 *
 * Points are oldest first; points without a value (suppressed, missing) are skipped. Fewer than 5 valid
 * points, a count equal to its denominator, or a value kind other than proportion/rate/DSR give
 * `cannot-be-calculated` with the reason.
 *
 * @param points - the series, oldest first
 * @param options - `polarity` (for the judgement), `kind`, `method`, `confidence` (default 0.998)
 * @example
 * const r = recentTrend(
 *   [
 *     { value: 24.67, lower: 23.16, upper: 26.25 },
 *     { value: 24.6, lower: 23.15, upper: 26.19 },
 *     { value: 28, lower: 26.44, upper: 29.64 },
 *     { value: 30.2, lower: 28.63, upper: 31.9 },
 *     { value: 30.6, lower: 28.98, upper: 32.25 },
 *   ],
 *   { polarity: "lower-is-better" },
 * );
 * [r.trend, r.judgement, r.chi2?.toFixed(2)] //=> ["increasing", "worsening", "46.77"]
 */
export function recentTrend(
  points: readonly TrendInputPoint[],
  options: RecentTrendOptions,
): RecentTrendResult {
  const method: TrendMethod = options.method ?? "weighted-regression";
  const kind = options.kind ?? "proportion";
  const confidence = options.confidence ?? 0.998;
  if (!(confidence > 0 && confidence < 1)) {
    throw kpikitError(
      "invalid-confidence",
      `confidence must be a fraction between 0 and 1 (e.g. 0.998), got ${String(confidence)}`,
    );
  }
  const cannot = (reason: string, pointsUsed = 0): RecentTrendResult => ({
    trend: "cannot-be-calculated",
    judgement: "cannot-be-calculated",
    method,
    significant: false,
    pointsUsed,
    reason,
  });
  if (kind === "other") return cannot("The recent trend is only calculated for proportions and rates.");
  if (method === "chi-squared-proportions" && kind !== "proportion") {
    return cannot("The chi-squared test for trend needs proportions with counts and denominators.");
  }
  const valid = points.filter(isValid);
  if (valid.length < POINTS) {
    return cannot(
      `The recent trend needs at least ${POINTS} points with values; there ${valid.length === 1 ? "is" : "are"} ${valid.length}.`,
      valid.length,
    );
  }
  if (valid.some((p) => isNum(p.numerator) && isNum(p.denominator) && p.numerator === p.denominator)) {
    return cannot("A count equals its denominator, so the recent trend cannot be calculated.");
  }
  const level = `${Number((confidence * 100).toFixed(4))}%`;
  const result = (fit: Fit, noOutliers: boolean, pointsUsed: number): RecentTrendResult => {
    const significant = noOutliers && fit.chi2 > critical(confidence);
    const trend: RecentTrendDirection = !significant
      ? "no-significant-change"
      : fit.slope > 0
        ? "increasing"
        : "decreasing";
    const judgement = judge(trend, options.polarity);
    const chi = fit.chi2.toFixed(2);
    const reason = significant
      ? `Significantly ${trend} over the latest ${pointsUsed} points (χ² = ${chi}, ${level} level)${judgement === "improving" || judgement === "worsening" ? `, so ${judgement}` : ""}.`
      : !noOutliers
        ? `No significant change: leaving out one of the latest ${pointsUsed} points reverses the direction (χ² = ${chi}).`
        : `No significant change over the latest ${pointsUsed} points (χ² = ${chi}, below ${critical(confidence).toFixed(2)} for the ${level} level).`;
    return {
      trend,
      judgement,
      method,
      chi2: fit.chi2,
      slope: fit.slope,
      significant,
      noOutliers,
      pointsUsed,
      reason,
    };
  };

  if (method === "chi-squared-proportions") {
    const latest = valid.slice(-POINTS);
    if (!latest.every((p) => isNum(p.numerator) && isNum(p.denominator) && p.numerator <= p.denominator)) {
      return cannot(
        "The chi-squared test for trend needs a count no greater than its denominator at each of the latest points.",
      );
    }
    if (latest.some((p) => p.numerator === 0))
      return cannot("A count of 0 among the latest points: the trend in log-odds is undefined.");
    const xs = latest.map((p) => p.numerator as number);
    const ns = latest.map((p) => p.denominator as number);
    let n = 0;
    let x = 0;
    let xt = 0;
    let nt = 0;
    let ntt = 0;
    for (let i = 0; i < POINTS; i++) {
      const t = i + 1;
      const xi = xs[i] as number;
      const ni = ns[i] as number;
      n += ni;
      x += xi;
      xt += xi * t;
      nt += ni * t;
      ntt += ni * t * t;
    }
    const score = n * xt - x * nt;
    const spread = n * ntt - nt * nt;
    const chi2 = (n * score * score) / (x * (n - x) * spread);
    const logits = xs.map((xi, i) => Math.log(xi / ((ns[i] as number) - xi)));
    const times = logits.map((_, i) => i + 1);
    const noOutliers = sameSignWithoutEachPoint((keep) =>
      olsSlope(
        logits.filter((_, i) => keep(i)),
        times.filter((_, i) => keep(i)),
      ),
    );
    return result({ chi2, slope: score / spread }, noOutliers, POINTS);
  }

  // Weighted regression: only points with both 95% limits take part (as in Fingertips).
  const derive = options.intervalsFromCounts;
  const withLimits =
    derive === undefined || (kind !== "proportion" && kind !== "rate")
      ? valid
      : valid.map((p) =>
          isNum(p.lower) && isNum(p.upper) ? p : withDerivedLimits(p, kind, derive.multiplier),
        );
  const withCi = withLimits.filter((p) => isNum(p.lower) && isNum(p.upper));
  const latest = withCi.slice(-POINTS);
  if (latest.length < POINTS) {
    // Fingertips reports "no change" here (the regression has nothing to test).
    return {
      trend: "no-significant-change",
      judgement: "no-significant-change",
      method,
      significant: false,
      pointsUsed: latest.length,
      reason: `No significant change can be shown: only ${latest.length} of the latest points ${latest.length === 1 ? "has" : "have"} confidence intervals, and the test needs ${POINTS}.`,
    };
  }
  const values = latest.map((p) => p.value as number);
  const weights = latest.map(
    (p) => 1 / (((p.upper as number) - (p.lower as number)) / CI95_WIDTH_IN_SE) ** 2,
  );
  if (!weights.every((w) => Number.isFinite(w) && w > 0)) {
    return cannot("A confidence interval among the latest points has zero or negative width.");
  }
  const times = values.map((_, i) => i + 1);
  const full = weightedFit(values, weights, times);
  const noOutliers = sameSignWithoutEachPoint(
    (keep) =>
      weightedFit(
        values.filter((_, i) => keep(i)),
        weights.filter((_, i) => keep(i)),
        times.filter((_, i) => keep(i)),
      ).slope,
  );
  return result(full, noOutliers, POINTS);
}
