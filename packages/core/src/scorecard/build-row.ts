// Internal: one row of a Scorecard.
import { directionOfTravel, rateChange } from "../direction/index.js";
import type { ChangeRating } from "../direction/types.js";
import type { IndicatorDefinition, Unit } from "../indicator/types.js";
import type { Area, Observation } from "../observation/types.js";
import { checkComparable, comparePeriods, periodKey } from "../period/index.js";
import type { Period } from "../period/types.js";
import { evaluateRag, type RagPolicy } from "../rag/index.js";
import { spcSummaryText, xmrChart } from "../spc/index.js";
import { proportionWithCI, rateWithCI } from "../stats/index.js";
import { recentTrend } from "../trend/index.js";
import { formatValue } from "../value/index.js";
import type { ScorecardRowConfig } from "./input.js";
import type { ObservationPool } from "./observation-pool.js";
import {
  EMPTY_BENCHMARKS,
  type ResolvedComparators,
  rowBenchmarks,
  unitMultiplier,
} from "./row-benchmarks.js";
import type {
  DataQualityEntry,
  ScorecardRecentTrend,
  ScorecardRow,
  ScorecardSpc,
  ScorecardTarget,
  ScorecardValue,
  TrendPoint,
} from "./types.js";

/** Points needed for an XmR chart (NHS Making Data Count recommends 15 or more). */
export const SPC_MIN_POINTS = 15;
/** Points with counts needed for the Fingertips recent trend. */
export const RECENT_TREND_MIN_POINTS = 5;

export interface RowContext {
  readonly definition: IndicatorDefinition;
  readonly config: ScorecardRowConfig;
  readonly area: Area;
  readonly asAt: Period | undefined;
  readonly pool: ObservationPool;
  readonly comparators: ResolvedComparators;
  readonly policy: RagPolicy;
  readonly noChangeBand: number | undefined;
  /** The baseline period rows compare with where they have a figure for it (`comparison.kind: baseline`). */
  readonly baseline: Period | undefined;
  /** `comparison.kind: strict`: only a comparable figure is ever the previous value. */
  readonly strict?: boolean;
  readonly note: (entry: DataQualityEntry) => void;
}

const hasNumber = (o: { value: number | null; status: Observation["status"] }) =>
  o.value !== null && (o.status === "ok" || o.status === "low-reliability");

function labels(periods: readonly Period[]): string {
  const list = periods.map((p) => p.label);
  return list.length <= 4 ? list.join(", ") : `${list.slice(0, 3).join(", ")} and ${list.length - 3} more`;
}

/**
 * The points a recent trend and an SPC chart may use from a joined series (oldest first): one per period (the
 * council's own figure where a published one has the same period), all of one period length by
 * `checkComparable`; the largest such set with a number, the current figure's set on a tie.
 */
function oneLengthSeries(points: readonly Observation[], current: Observation | undefined): Observation[] {
  const byPeriod = new Map<string, Observation>();
  for (const o of points) {
    const key = `${o.period.start}/${o.period.end}/${o.period.kind}`;
    const had = byPeriod.get(key);
    if (!had || (o.origin === "local" && had.origin !== "local" && hasNumber(o))) byPeriod.set(key, o);
  }
  const unique = [...byPeriod.values()];
  let best: Observation[] = [];
  let bestCount = -1;
  const references = [...(current ? [current] : []), ...unique.filter(hasNumber).reverse()];
  for (const ref of references) {
    const set = unique.filter((o) => o === ref || checkComparable(ref.period, o.period).comparable);
    const count = set.filter(hasNumber).length;
    if (count > bestCount) {
      best = set;
      bestCount = count;
    }
  }
  return best;
}

/** Latest first: by period, then the indicator's own period type wins a tie on dates. */
function newestFirst(definition: IndicatorDefinition) {
  return (a: Observation, b: Observation) => {
    const c = comparePeriods(b.period, a.period);
    if (c !== 0) return c;
    return (
      (b.period.kind === definition.periodType ? 1 : 0) - (a.period.kind === definition.periodType ? 1 : 0)
    );
  };
}

function recentTrendKind(unit: Unit): "proportion" | "rate" | null {
  if (unit === "percent") return "proportion";
  if (unit === "rate-per-10k" || unit === "rate-per-100k") return "rate";
  return null;
}

/** Builds one row: current and previous values, change, direction, trend, SPC, benchmarks, target, RAG. */
export function buildRow(ctx: RowContext): ScorecardRow {
  const { definition: def, config, area, pool, comparators } = ctx;
  const show = (value: number | null, status: Observation["status"]) =>
    formatValue(value, { unit: def.unit, decimals: def.decimals, status });
  const toValue = (o: Observation): ScorecardValue => ({
    period: o.period,
    value: o.value,
    status: o.status,
    ...(o.numerator === undefined ? {} : { numerator: o.numerator }),
    ...(o.denominator === undefined ? {} : { denominator: o.denominator }),
    // A range is shown as written (75%–77%) in every format; its midpoint is the value compared.
    display: o.range ? `${show(o.range.low, "ok")}–${show(o.range.high, "ok")}` : show(o.value, o.status),
    ...(o.source === undefined ? {} : { source: o.source }),
    ...(o.note === undefined ? {} : { note: o.note }),
    ...(o.range === undefined ? {} : { range: o.range }),
  });

  const all = [...(pool.series.get(def.id)?.get(area.code)?.values() ?? [])].sort(newestFirst(def));
  const asAtEnd = ctx.asAt?.end;
  const later = asAtEnd === undefined ? [] : all.filter((o) => o.period.end > asAtEnd);
  const upToAsAt = asAtEnd === undefined ? all : all.filter((o) => o.period.end <= asAtEnd);
  // With the council's own figures, its latest one is the current figure: a newer published figure joins the
  // trend (below) but does not replace it, and the report says so.
  const joined = all.some((o) => o.origin === "local");
  // The council's latest figure is one with a number or one it withheld ([c]); a blank, n/a or [x] in its
  // latest column is none (the last quarter not yet reported), so the figure before it stays the current one.
  const latestLocal = joined
    ? (upToAsAt.find((o) => o.origin === "local" && (hasNumber(o) || o.status === "suppressed")) ??
      upToAsAt.find((o) => o.origin === "local"))
    : undefined;
  const newerPublished = latestLocal
    ? upToAsAt.filter((o) => o.origin !== "local" && o.period.end > latestLocal.period.end)
    : [];
  const own = newerPublished.length > 0 ? upToAsAt.filter((o) => !newerPublished.includes(o)) : upToAsAt;
  const laterPublished = joined ? later.filter((o) => o.origin !== "local" && hasNumber(o)) : [];
  if (latestLocal && newerPublished.length + laterPublished.length > 0) {
    const newer = [...newerPublished, ...laterPublished].sort((a, b) => comparePeriods(a.period, b.period));
    ctx.note({
      code: "newer-published",
      message: `${def.shortTitle}: published figures newer than the council's latest (${latestLocal.period.label}) join the trend (${labels(newer.map((o) => o.period))}); the current figure is the council's own`,
      indicatorId: def.id,
    });
  }
  const leftOut = later.filter((o) => !laterPublished.includes(o));
  if (leftOut.length > 0) {
    ctx.note({
      code: "after-period",
      message: `${def.shortTitle}: ${leftOut.length === 1 ? "a figure" : `${leftOut.length} figures`} after ${ctx.asAt?.label} left out (${labels(leftOut.map((o) => o.period).reverse())})`,
      indicatorId: def.id,
    });
  }

  const currentObs = latestLocal ?? own[0];
  const comparable: Observation[] = [];
  const notComparable: Observation[] = [];
  let why = "";
  for (const o of own) {
    if (!currentObs) break;
    const check =
      o === currentObs ? { comparable: true as const } : checkComparable(currentObs.period, o.period);
    if (check.comparable) comparable.push(o);
    else {
      notComparable.push(o);
      why ||= check.reason;
    }
  }
  // With local figures the trend joins everything known (the LA's published series and its own figures,
  // in-year ones included), each point marked; recent trend and SPC use the joined points of one period length
  // (a month is never charted or tested beside a year), and the note says which.
  const joinedPoints = joined
    ? [...own, ...newerPublished, ...laterPublished].sort((a, b) => comparePeriods(a.period, b.period))
    : [];
  const charted = joined ? oneLengthSeries(joinedPoints, currentObs) : [...comparable].reverse();
  if (notComparable.length > 0 && !joined) {
    ctx.note({
      code: "non-comparable-period",
      message: `${def.shortTitle}: ${labels(notComparable.map((o) => o.period).reverse())} left out of the trend (${why.replace(/\.$/, "")})`,
      indicatorId: def.id,
    });
  } else if (
    joined &&
    (notComparable.length > 0 || joinedPoints.some((o) => hasNumber(o) && !charted.includes(o)))
  ) {
    const used = charted.filter(hasNumber);
    const kinds = (list: readonly Observation[]) =>
      [
        list.some((o) => o.origin === "local") ? "local" : "",
        list.some((o) => o.origin !== "local") ? "published" : "",
      ]
        .filter(Boolean)
        .join(" and ");
    const leftOutOfCharts = joinedPoints.filter((o) => hasNumber(o) && !charted.includes(o));
    ctx.note({
      code: "non-comparable-period",
      message: `${def.shortTitle}: the trend joins ${labels(joinedPoints.map((o) => o.period))}, marked as published or local and in-year; recent trend and SPC use ${used.length === 0 ? "no figure" : `the ${used.length} ${kinds(used)} figure${used.length === 1 ? "" : "s"} of one period length (${labels(used.map((o) => o.period))})`}${leftOutOfCharts.length > 0 ? `, not ${labels(leftOutOfCharts.map((o) => o.period))} (${leftOutOfCharts.length === 1 ? "a different length of time" : "different lengths of time"}; never mixed in one chart)` : ""}`,
      indicatorId: def.id,
    });
  }
  // `comparable` is newest first; [0] is the current figure.
  const baselineObs = baselineFigure(ctx, currentObs);
  const previousObs = baselineObs ?? comparable[1] ?? notComparable[0];
  // A row with the council's own figures and no comparable earlier one compares with its latest earlier
  // figure, saying the periods differ (committee tables do), unless the comparison is strict.
  const acrossPeriods =
    baselineObs !== undefined ||
    (joined && !ctx.strict && comparable[1] === undefined && previousObs !== undefined);

  const current = currentObs ? toValue(currentObs) : null;
  const previous = previousObs ? toValue(previousObs) : null;
  const direction = directionOfTravel({
    current,
    previous,
    polarity: def.polarity,
    unit: def.unit,
    decimals: def.decimals,
    ...(ctx.noChangeBand === undefined ? {} : { noChangeBand: ctx.noChangeBand }),
    ...(acrossPeriods ? { allowDifferentPeriods: true } : {}),
  });
  const changeRating = rateChange({
    current,
    previous,
    polarity: def.polarity,
    unit: def.unit,
    decimals: def.decimals,
    ...(changeBand(ctx) === undefined ? {} : { band: changeBand(ctx)! }),
    ...(acrossPeriods ? { allowDifferentPeriods: true } : {}),
  });
  const smallNumbers = smallNumbersOf(current, previous);
  // Noted only where the baseline changes the comparison (it is not already the previous comparable figure).
  if (baselineObs && currentObs && baselineObs !== comparable[1]) {
    const differ = !comparable.includes(baselineObs);
    ctx.note({
      code: "baseline-comparison",
      message: `${def.shortTitle}: direction of travel from the ${baselineObs.period.label} baseline to ${currentObs.period.label}, as asked${differ ? ", although the periods differ" : ""}`,
      indicatorId: def.id,
      ...(baselineObs.source === undefined ? {} : { source: baselineObs.source }),
    });
  }

  const series = charted;
  const trend: TrendPoint[] = (joined ? joinedPoints : series).map((o) => ({
    period: o.period,
    value: o.value,
    status: o.status,
    display: o.range ? `${show(o.range.low, "ok")}–${show(o.range.high, "ok")}` : show(o.value, o.status),
    ...(joined ? { origin: o.origin === "local" ? ("local" as const) : ("published" as const) } : {}),
    ...(joined && isInYear(o.period) ? { inYear: true as const } : {}),
    ...(joined && o.note !== undefined ? { note: o.note } : {}),
    ...(joined && o.source !== undefined ? { source: o.source } : {}),
  }));

  let recent: ScorecardRecentTrend | null = null;
  const trendKind = recentTrendKind(def.unit);
  const withCounts = series.filter(
    (o) => hasNumber(o) && o.numerator !== undefined && o.denominator !== undefined,
  );
  if (trendKind && withCounts.length >= RECENT_TREND_MIN_POINTS) {
    // Fingertips weights each point by its 95% confidence interval, computed here from the counts.
    const multiplier = unitMultiplier(def.unit);
    const r = recentTrend(
      withCounts.map((o) => {
        const ci =
          trendKind === "proportion"
            ? proportionWithCI(o.numerator!, o.denominator!, { multiplier })
            : rateWithCI(o.numerator!, o.denominator!, { multiplier });
        return {
          value: o.value,
          numerator: o.numerator!,
          denominator: o.denominator!,
          lower: ci.lower,
          upper: ci.upper,
          label: o.period.label,
        };
      }),
      { polarity: def.polarity, kind: trendKind },
    );
    recent = { trend: r.trend, judgement: r.judgement, summary: r.reason };
  }

  let spc: ScorecardSpc | null = null;
  const valued = series.filter(hasNumber) as (Observation & { value: number })[];
  if (valued.length >= SPC_MIN_POINTS) {
    const result = xmrChart(
      valued.map((o) => ({ label: o.period.label, value: o.value })),
      {
        improvementDirection:
          def.polarity === "higher-is-better"
            ? "increase"
            : def.polarity === "lower-is-better"
              ? "decrease"
              : "neutral",
        ...(config.target === undefined ? {} : { target: config.target }),
      },
    );
    const { mean, lpl, upl, variation } = result;
    if (result.status === "ok" && mean !== null && lpl !== null && upl !== null && variation !== null) {
      spc = {
        mean,
        lpl,
        upl,
        n: result.n,
        variation,
        assurance: result.assurance,
        points: result.points.map((p) => ({ label: p.label, value: p.value, pointType: p.pointType })),
        summary: spcSummaryText(result, { format: (v) => show(v, "ok") }),
      };
    }
  }

  const benchmarkPeriod = chooseBenchmarkPeriod(ctx, currentObs?.period);
  if (benchmarkPeriod && currentObs && periodKey(benchmarkPeriod) !== periodKey(currentObs.period)) {
    ctx.note({
      code: "benchmark-period-differs",
      message: `${def.shortTitle}: there are no national figures for ${currentObs.period.label}; benchmarks are for ${benchmarkPeriod.label}, the latest period with national figures`,
      indicatorId: def.id,
    });
  }
  const benchmarks = benchmarkPeriod
    ? rowBenchmarks({
        definition: def,
        period: benchmarkPeriod,
        periodKey: periodKey(benchmarkPeriod),
        own: { code: area.code, value: likeForLike(ctx, benchmarkPeriod, current) },
        pool,
        comparators,
      })
    : EMPTY_BENCHMARKS;

  const target: ScorecardTarget | null =
    config.target === undefined
      ? null
      : {
          value: config.target,
          display: show(config.target, "ok"),
          ...(config.stretch === undefined ? {} : { stretch: config.stretch }),
          ...(config.targetSource === undefined ? {} : { source: config.targetSource }),
        };

  const rag = evaluateRag(
    {
      indicator: {
        id: def.id,
        shortTitle: def.shortTitle,
        polarity: def.polarity,
        unit: def.unit,
        decimals: def.decimals,
      },
      current: current
        ? {
            value: current.value,
            status: current.status,
            period: current.period,
            ...interval(current, def.unit),
          }
        : null,
      ...(config.target === undefined ? {} : { target: config.target }),
      ...(config.stretch === undefined ? {} : { stretch: config.stretch }),
      ...(config.tolerance === undefined ? {} : { tolerance: config.tolerance }),
      benchmarks: {
        england: benchmarks.england
          ? { value: benchmarks.england.value, label: benchmarks.england.area.name }
          : null,
        region: benchmarks.region
          ? { value: benchmarks.region.value, label: benchmarks.region.area.name }
          : null,
        neighbours: benchmarks.neighbours ? { value: benchmarks.neighbours.value } : null,
      },
      band: benchmarks.band,
      rank: benchmarks.rank,
      rankOf: benchmarks.rankOf,
      direction: ragDirection(changeRating, direction),
    },
    ctx.policy,
  );

  const section = config.section ?? def.topic;
  return {
    indicator: {
      id: def.id,
      title: def.title,
      shortTitle: def.shortTitle,
      description: def.description,
      unit: def.unit,
      polarity: def.polarity,
      decimals: def.decimals,
      ...(def.lait === undefined ? {} : { lait: def.lait }),
    },
    ...(section === undefined ? {} : { section }),
    current,
    previous,
    change: direction.change,
    direction: direction.direction,
    directionReason: direction.reason,
    trend,
    recentTrend: recent,
    spc,
    benchmarks,
    target,
    rag,
    changeRating,
    ...(smallNumbers === undefined ? {} : { smallNumbers }),
    ...(config.note === undefined ? {} : { note: config.note }),
  };
}

/** Denominators under this count as small numbers. */
const SMALL_DENOMINATOR = 10;

/** The row's band: its own, else the scorecard's absolute band, else the unit's default (in rateChange). */
function changeBand(ctx: RowContext) {
  if (ctx.config.noChangeBand !== undefined) return ctx.config.noChangeBand;
  return ctx.noChangeBand === undefined
    ? undefined
    : ({ kind: "absolute", value: ctx.noChangeBand } as const);
}

/** The direction the RAG policy's direction rule sees: the change's rating, so noise is never red or green. */
function ragDirection(
  rating: ChangeRating,
  direction: { readonly direction: ScorecardRow["direction"]; readonly reason: string },
): { readonly direction: ScorecardRow["direction"]; readonly reason: string } {
  switch (rating.status) {
    case "improving":
    case "worsening":
      return { direction: rating.status, reason: rating.reason };
    case "no-significant-change":
      return { direction: "no-change", reason: rating.reason };
    case "not-judged":
      return direction;
    default: {
      const never: never = rating.status;
      return never;
    }
  }
}

/** Why a row rests on small numbers: a suppressed current figure, or a denominator under 10. */
function smallNumbersOf(
  current: ScorecardValue | null,
  previous: ScorecardValue | null,
): { readonly reason: string } | undefined {
  if (current?.status === "suppressed")
    return { reason: `Small numbers: the ${current.period.label} figure is suppressed [c]` };
  const small = [current, previous].filter(
    (v): v is ScorecardValue => v?.denominator !== undefined && v.denominator < SMALL_DENOMINATOR,
  );
  if (small.length === 0) return undefined;
  const parts = small.map((v) => `${v.period.label} is out of ${v.denominator}`);
  return { reason: `Small numbers (under ${SMALL_DENOMINATOR}): ${parts.join(", ")}` };
}

/**
 * The row's figure for its baseline period (the row's own, else the scorecard's), when there is one and the
 * current figure ends after it. A baseline of 2018/19 matches a figure for 2018/19 itself, else one for a
 * period ending with it (31 Mar 2019, Q4 2018/19, 2016-19), else the latest within it.
 */
function baselineFigure(ctx: RowContext, currentObs: Observation | undefined): Observation | undefined {
  const baseline = ctx.config.baseline ?? ctx.baseline;
  if (!baseline || !currentObs) return undefined;
  const series = ctx.pool.series.get(ctx.definition.id)?.get(ctx.area.code);
  const exact = series?.get(ctx.pool.keyOf(baseline));
  const within = (o: Observation) =>
    o.value !== null &&
    o.period.end <= baseline.end &&
    (o.period.end === baseline.end || o.period.start >= baseline.start);
  const candidates = exact
    ? [exact]
    : [...(series?.values() ?? [])]
        .filter(within)
        .sort((a, b) =>
          a.period.end === b.period.end
            ? a.period.start < b.period.start
              ? 1
              : -1
            : a.period.end < b.period.end
              ? 1
              : -1,
        );
  const obs = candidates[0];
  return obs && obs.period.end < currentObs.period.end ? obs : undefined;
}

/** The 95% confidence interval of a value with counts (for significance rules), or nothing. */
function interval(v: ScorecardValue, unit: Unit): { lower?: number | null; upper?: number | null } {
  const kind = recentTrendKind(unit);
  if (!kind || v.numerator === undefined || v.denominator === undefined || !hasNumber(v)) return {};
  const multiplier = unitMultiplier(unit);
  const ci =
    kind === "proportion"
      ? proportionWithCI(v.numerator, v.denominator, { multiplier })
      : rateWithCI(v.numerator, v.denominator, { multiplier });
  return { lower: ci.lower, upper: ci.upper };
}

/**
 * The period benchmarks are for: the current period when any comparator has a figure for it; otherwise
 * the latest earlier period with comparator figures (comparable periods first).
 */
function chooseBenchmarkPeriod(ctx: RowContext, current: Period | undefined): Period | undefined {
  const { definition: def, pool, comparators: c } = ctx;
  const candidates = new Map<string, Period>();
  for (const [key, np] of pool.national.get(def.id) ?? []) candidates.set(key, np.period);
  const series = pool.series.get(def.id);
  const codes = [
    ...c.englandCodes,
    ...(c.region ? [c.region.code] : []),
    ...c.regionFallbacks.map((a) => a.code),
    ...c.neighbours.map((a) => a.code),
  ];
  for (const code of codes) for (const [key, o] of series?.get(code) ?? []) candidates.set(key, o.period);
  if (current && candidates.has(periodKey(current))) return current;
  const end = current?.end ?? ctx.asAt?.end;
  const eligible = [...candidates.values()]
    .filter((p) => end === undefined || p.end <= end)
    .sort((a, b) => comparePeriods(b, a));
  if (!current) return eligible[0];
  return eligible.find((p) => checkComparable(current, p).comparable) ?? eligible[0];
}

/** A month, a quarter, a year to date or a rolling period under a year: part of a year. */
function isInYear(p: Period): boolean {
  switch (p.kind) {
    case "month":
    case "financial-quarter":
    case "year-to-date":
      return true;
    case "rolling":
      return p.months < 12;
    default:
      return false;
  }
}

/**
 * The LA's figure ranked and banded against the benchmark period's national figures: its own figure for that
 * period where it has one (19.4% for 2019/20, not an in-year 18.9% for Aug 2020), else the current figure.
 */
function likeForLike(ctx: RowContext, period: Period, current: ScorecardValue | null): number | null {
  const same = ctx.pool.series.get(ctx.definition.id)?.get(ctx.area.code)?.get(ctx.pool.keyOf(period));
  if (same && hasNumber(same)) return same.value;
  return current && hasNumber(current) ? current.value : null;
}
