// Internal: the benchmarks of one Scorecard row, all for one period.

import { comparisonWord } from "../benchmark/comparison-word.js";
import { aggregate, bestOf, quantileType7, quartileBand } from "../benchmark/index.js";
import { rankIn } from "../benchmark/national-ranks.js";
import { cutsOfSorted } from "../benchmark/quartile-cuts.js";
import type { AggregateMethod } from "../benchmark/types.js";
import type { IndicatorDefinition, Unit } from "../indicator/types.js";
import type { Area, Observation } from "../observation/types.js";
import type { Period } from "../period/types.js";
import { formatValue } from "../value/index.js";
import { type NationalPeriod, nationalByArea, type ObservationPool } from "./observation-pool.js";
import type { BenchmarkValue, NeighbourBenchmark, ScorecardBenchmarks } from "./types.js";

/** Resolved comparators (England always has an area; `englandCodes` are the codes read as England). */
export interface ResolvedComparators {
  readonly neighbours: readonly Area[];
  readonly neighbourModel?: string;
  readonly aggregate: AggregateMethod;
  readonly region?: Area;
  /** Tried in order when the region has no value for the row. */
  readonly regionFallbacks: readonly Area[];
  readonly england: Area;
  readonly englandCodes: readonly string[];
  readonly highPerformers?: { readonly label: string; readonly codes: readonly string[] };
}

export const EMPTY_BENCHMARKS: ScorecardBenchmarks = {
  england: null,
  region: null,
  neighbours: null,
  topQuartile: null,
  bestNeighbour: null,
  highPerformers: null,
  rank: null,
  rankOf: null,
  band: null,
};

/** Pooled aggregates of rates and percentages scale Σnumerators / Σdenominators by this. */
export function unitMultiplier(unit: Unit): number {
  switch (unit) {
    case "percent":
      return 100;
    case "rate-per-10k":
      return 10_000;
    case "rate-per-100k":
      return 100_000;
    default:
      return 1;
  }
}

/**
 * A count or an FTE is a size: England's and a region's figures are totals over many local authorities, not a
 * level one LA's figure compares with, so a row in such a unit is benchmarked against LAs only (neighbours,
 * high performers, quartiles and rank) and its England and region cells say "not applicable".
 */
export function isSizeUnit(unit: Unit): boolean {
  return unit === "count" || unit === "fte";
}

const hasNumber = (o: Observation | undefined): o is Observation & { value: number } =>
  o !== undefined && o.value !== null && (o.status === "ok" || o.status === "low-reliability");

export interface RowBenchmarkInput {
  readonly definition: IndicatorDefinition;
  readonly period: Period;
  readonly periodKey: string;
  /** The LA's own figure for the row (ranked in place of its national figure). */
  readonly own: { readonly code: string; readonly value: number | null };
  readonly pool: ObservationPool;
  readonly comparators: ResolvedComparators;
}

/** England, region, neighbours, best neighbour, high performers, top quartile, rank and band for one period. */
export function rowBenchmarks(input: RowBenchmarkInput): ScorecardBenchmarks {
  const { definition: def, period, periodKey: key, pool, comparators: c } = input;
  const show = (value: number | null, status: Observation["status"] = "ok") =>
    formatValue(value, { unit: def.unit, decimals: def.decimals, status });
  const series = pool.series.get(def.id);
  const np: NationalPeriod | undefined = pool.national.get(def.id)?.get(key);
  const nationalPeriod = np ? nationalByArea(pool, np) : undefined;
  /** An area's figure: from the observations given, else from the national figures. */
  const figure = (code: string): Observation | undefined =>
    series?.get(code)?.get(key) ?? nationalPeriod?.get(code);

  const benchmark = (area: Area, codes: readonly string[]): BenchmarkValue | null => {
    for (const code of codes) {
      const o = figure(code);
      if (o) return { area, value: o.value, status: o.status, display: show(o.value, o.status), period };
    }
    return null;
  };

  const members = c.neighbours.map((a) => {
    const o = figure(a.code);
    return {
      code: a.code,
      name: a.name,
      value: o?.value ?? null,
      status: o?.status ?? ("not-available" as const),
      ...(o?.numerator === undefined ? {} : { numerator: o.numerator }),
      ...(o?.denominator === undefined ? {} : { denominator: o.denominator }),
    };
  });
  let neighbours: NeighbourBenchmark | null = null;
  if (c.neighbours.length > 0) {
    const agg = aggregate(members, c.aggregate, { multiplier: unitMultiplier(def.unit) });
    neighbours = {
      value: agg.value,
      display: show(agg.value, agg.value === null ? "not-available" : "ok"),
      method: c.aggregate,
      count: agg.count,
      of: agg.of,
      ...(c.neighbourModel === undefined ? {} : { model: c.neighbourModel }),
      ...(agg.value === null || input.own.value === null
        ? {}
        : { comparison: comparisonWord(input.own.value, agg.value, def.polarity) }),
      members: members.map((m) => ({
        code: m.code,
        name: m.name,
        value: m.value,
        status: m.status,
        display: show(m.value, m.status),
      })),
    };
  }
  const best = bestOf(
    members.filter((m) => m.status === "ok" || m.status === "low-reliability"),
    def.polarity,
  );
  const bestArea = best ? c.neighbours.find((a) => a.code === best.code) : undefined;

  let highPerformers: ScorecardBenchmarks["highPerformers"] = null;
  if (c.highPerformers) {
    const values = c.highPerformers.codes.map((code) => {
      const o = figure(code);
      return hasNumber(o)
        ? {
            value: o.value,
            ...(o.numerator === undefined ? {} : { numerator: o.numerator }),
            ...(o.denominator === undefined ? {} : { denominator: o.denominator }),
          }
        : { value: null };
    });
    const agg = aggregate(values, c.aggregate, { multiplier: unitMultiplier(def.unit) });
    highPerformers = {
      label: c.highPerformers.label,
      value: agg.value,
      display: show(agg.value, agg.value === null ? "not-available" : "ok"),
      count: agg.count,
    };
  }

  let topQuartile: ScorecardBenchmarks["topQuartile"] = null;
  let rank: number | null = null;
  let rankOf: number | null = null;
  let band: ScorecardBenchmarks["band"] = null;
  if (np && nationalPeriod) {
    // The threshold is the published one; the LA is ranked with the figure the row shows, in place of its
    // published one. Only the LA's rank and band are needed, so no other LA is ranked.
    const published = publishedSorted(np, nationalPeriod);
    if (def.polarity !== "no-judgement" && published.length > 0) {
      const threshold = quantileType7(published, def.polarity === "higher-is-better" ? 0.75 : 0.25);
      topQuartile = { value: threshold, display: show(threshold) };
    }
    const ranked = published.slice();
    const mine = nationalPeriod.get(input.own.code);
    const publishedOwn = hasNumber(mine) ? mine.value : null;
    if (publishedOwn !== null && Number.isFinite(publishedOwn))
      ranked.splice(indexOf(ranked, publishedOwn), 1);
    const value = input.own.value;
    const valued = value !== null && Number.isFinite(value);
    if (valued) ranked.splice(indexOf(ranked, value), 0, value);
    rankOf = ranked.length;
    if (valued && def.polarity !== "no-judgement") {
      rank = rankIn(ranked, value, def.polarity);
      band = def.noQuartile ? null : quartileBand(value, cutsOfSorted(ranked), def.polarity);
    }
  }

  const total = (area: Area | undefined): BenchmarkValue | null =>
    area
      ? { area, value: null, status: "not-applicable", display: show(null, "not-applicable"), period }
      : null;
  const size = isSizeUnit(def.unit);
  return {
    england: size ? total(c.england) : benchmark(c.england, c.englandCodes),
    region: size ? total(c.region ?? c.regionFallbacks[0]) : regionBenchmark(c, benchmark),
    neighbours,
    topQuartile,
    bestNeighbour:
      best && bestArea
        ? {
            area: bestArea,
            value: best.value,
            status: best.status,
            display: show(best.value, best.status),
            period,
          }
        : null,
    highPerformers,
    rank,
    rankOf,
    band,
    period,
  };
}

/** The region's figure, or the first fallback area's with a value (London sub-region → London). */
function regionBenchmark(
  c: ResolvedComparators,
  benchmark: (area: Area, codes: readonly string[]) => BenchmarkValue | null,
): BenchmarkValue | null {
  const areas = c.region ? [c.region, ...c.regionFallbacks] : [...c.regionFallbacks];
  let first: BenchmarkValue | null = null;
  for (const area of areas) {
    const found = benchmark(area, [area.code]);
    if (found && found.value !== null) return found;
    first ??= found;
  }
  return first;
}

/** Every LA's published number for one indicator-period, finite ones only, ascending (sorted once). */
function publishedSorted(np: NationalPeriod, byArea: ReadonlyMap<string, Observation>): readonly number[] {
  if (np.publishedSorted) return np.publishedSorted;
  const values = new Float64Array(byArea.size);
  let n = 0;
  let negativeZero = false;
  for (const o of byArea.values()) {
    if (!hasNumber(o) || !Number.isFinite(o.value)) continue;
    values[n++] = o.value;
    if (Object.is(o.value, -0)) negativeZero = true;
  }
  // A typed array sorts numbers without a comparator call per step. It puts -0 before 0, where a stable
  // numeric sort keeps their order, so a set with -0 is sorted the plain way (thresholds keep their sign).
  const out = negativeZero
    ? Array.from(values.subarray(0, n)).sort((a, b) => a - b)
    : Array.from(values.subarray(0, n).sort());
  np.publishedSorted = out;
  return out;
}

/** The first index of an ascending array whose number is not less than `v`. */
function indexOf(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
