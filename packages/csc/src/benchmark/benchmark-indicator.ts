import {
  type AggregateMethod,
  aggregate,
  formatChange,
  formatValue,
  type IndicatorDefinition,
  kpikitError,
  type Observation,
  type ObservationStatus,
  type Period,
  type Polarity,
  type QuartileBand,
  rankAndBand,
  STATUS_MARKER,
  samePeriodLastYear,
  type Unit,
} from "@kpikit/core";
import { definitionForLait } from "../published/catalogue-link.js";
import {
  loadPublished,
  type PublishedDataset,
  type PublishedMeasure,
} from "../published/published-dataset.js";
import { getArea } from "../reference/areas.js";
import { type NeighbourModel, statisticalNeighbours } from "../reference/statistical-neighbours.js";

/** Options for {@link benchmarkIndicator}. */
export interface BenchmarkIndicatorOptions {
  /** The period (a Period, its label such as `2023/24`, or LAIT's year label `2024`); default the latest with LA data. */
  readonly period?: Period | string;
  /** Statistical-neighbour model; default `"2025"`. The current list is applied to every year, as LAIT does. */
  readonly neighbourModel?: NeighbourModel;
  /** Neighbour aggregate: `"mean"` (LAIT, default) or `"median"` (DfE CSC outcomes dashboard). */
  readonly aggregate?: Exclude<AggregateMethod, "pooled">;
  /** Polarity for rank and band; default LAIT's polarity for the measure (so ranks match LAIT). */
  readonly polarity?: Polarity;
  /** The dataset to use; default {@link loadPublished}(). */
  readonly dataset?: PublishedDataset;
}

/** One LA in the LAIT "All LAs" view of an indicator. */
export interface BenchmarkRow {
  readonly laCode: string;
  readonly laName: string;
  /** `null` unless `status` is `ok` (or `low-reliability` with a number). */
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** National rank, 1 = best; `null` without a value or for a no-judgement measure. */
  readonly rank: number | null;
  /** How many LAs have a value. */
  readonly rankOf: number;
  /** Quartile band A (best) to D; `null` without a value, for no-judgement or LAIT no-quartile measures. */
  readonly band: QuartileBand | null;
  /** Unrounded mean (or median) of the statistical neighbours with a value; `null` when none has one. */
  readonly neighbourAverage: number | null;
  /** Neighbours with a value, out of `neighbourOf`. */
  readonly neighbourCount: number;
  readonly neighbourOf: number;
  /** The comparator region: the LA's region, or Inner/Outer London for boroughs (London when that has no value). */
  readonly regionCode: string | null;
  readonly regionName: string | null;
  /** The published region row's value, never an average of LAs. */
  readonly regionValue: number | null;
  /** The published England row's value. */
  readonly englandValue: number | null;
  /** The value a year earlier (same period last year) and the change since; `null` when either is missing. */
  readonly previousValue: number | null;
  readonly change: number | null;
  /** Every figure of the row as it is shown, so a renderer formats and judges nothing. */
  readonly display: BenchmarkRowDisplay;
}

/**
 * A benchmark row's figures in words, formatted by core's `formatValue` and `formatChange` with the
 * indicator's unit and decimals; a missing figure is its GSS marker: `[x]` not available, `[z]` not
 * applicable (no rank or band for a no-judgement or no-quartile measure), `[c]` suppressed.
 */
export interface BenchmarkRowDisplay {
  /** E.g. `25.0%`, or the LA's status marker. */
  readonly value: string;
  /** E.g. `86 of 152`. */
  readonly rank: string;
  /** `A` to `D`. */
  readonly band: string;
  readonly neighbourAverage: string;
  /** E.g. `9 of 10`: the neighbours with a value. */
  readonly neighbourCount: string;
  readonly regionValue: string;
  readonly englandValue: string;
  readonly previousValue: string;
  /** E.g. `−0.6 pts`. */
  readonly change: string;
}

/** The LAIT "All LAs" view of one indicator in one period. */
export interface IndicatorBenchmark {
  readonly kind: "indicator-benchmark";
  readonly indicator: PublishedMeasure;
  /** The catalogue definition, when the catalogue has one. */
  readonly definition?: IndicatorDefinition;
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly polarity: Polarity;
  readonly neighbourModel: NeighbourModel;
  readonly aggregate: Exclude<AggregateMethod, "pooled">;
  readonly england: {
    readonly value: number | null;
    readonly status: ObservationStatus | null;
    /** Formatted with the indicator's unit and decimals, or a GSS marker. */
    readonly display: string;
  };
  /** The published rows of the 9 regions, Inner and Outer London, in code order (980–990). */
  readonly regions: readonly {
    readonly code: string;
    readonly name: string;
    readonly value: number | null;
    readonly status: ObservationStatus;
    readonly display: string;
  }[];
  /** The unit and decimal places every display uses (the catalogue's, else LAIT's decimals). */
  readonly unit: Unit;
  readonly decimals: number;
  /** Every LA with a row in the period (legacy LAs included while they have rows), in DfE code order. */
  readonly rows: readonly BenchmarkRow[];
  /** Where the figures come from. */
  readonly source: string;
}

const numberOf = (o: Observation | undefined): number | null =>
  o && o.value !== null && Number.isFinite(o.value) ? o.value : null;

/**
 * Benchmarks an indicator across every LA, the way DfE's LAIT "All LAs" view does: each LA's value, national
 * rank of N and quartile band (type-7 quartiles over all LAs with a value, ties take the minimum rank), the
 * unrounded mean of its statistical neighbours with data (DfE codes, current list applied to every year; median
 * as an option), the published region value (London boroughs: Inner or Outer London, falling back to London),
 * the published England value, and the value a year earlier with the change.
 * Throws kpikitError `unknown-indicator` for an indicator with no LAIT data and `unknown-period` for a period
 * the data does not have.
 * @param idOrAlias Catalogue id, alias, title or LAIT id (`ReReferral`).
 * @param optionsOrPeriod Options, or just the period (`benchmarkIndicator("cpp-repeat", "2024/25")`).
 * @example
 * const b = benchmarkIndicator("PrevRegCPR", { period: "2024/25" });
 * const wilts = b.rows.find((r) => r.laCode === "865");
 * wilts?.value //=> 25
 * [wilts?.rank, wilts?.rankOf, wilts?.band] //=> [86, 152, "C"]
 * wilts?.neighbourAverage //=> 26.3
 * wilts?.change //=> -0.6
 * [wilts?.display.value, wilts?.display.rank, wilts?.display.change] //=> ["25.0%", "86 of 152", "\u22120.6 pts"]
 * b.england.value //=> 24.5
 * b.regions.find((r) => r.code === "990")?.value //=> 26.2
 * benchmarkIndicator("cpp-repeat", "2023/24").period.label //=> "2023/24"
 */
export function benchmarkIndicator(
  idOrAlias: string,
  optionsOrPeriod: BenchmarkIndicatorOptions | Period | string = {},
): IndicatorBenchmark {
  const options: BenchmarkIndicatorOptions =
    typeof optionsOrPeriod === "string" || "kind" in optionsOrPeriod
      ? { period: optionsOrPeriod }
      : optionsOrPeriod;
  const data = options.dataset ?? loadPublished();
  const measure = data.measure(idOrAlias);
  const period =
    options.period === undefined
      ? data.latestPeriod(measure.lait)
      : findPeriod(data, measure, options.period);
  if (!period) {
    throw kpikitError(
      "unknown-period",
      `${measure.name} (${measure.lait}) has no data for ${describe(options.period)}.`,
    );
  }
  const model = options.neighbourModel ?? "2025";
  const method = options.aggregate ?? "mean";
  const polarity = options.polarity ?? measure.polarity;
  const current = data.values(measure.lait, period);
  const byArea = new Map(current.map((o) => [o.area, o]));
  const previousPeriod = samePeriodLastYear(period);
  const previous = new Map(data.values(measure.lait, previousPeriod).map((o) => [o.area, o]));

  const laObservations = current.filter((o) => getArea(o.area)?.kind === "la");
  const ranks = rankAndBand(
    laObservations.map((o) => ({ code: o.area, value: numberOf(o) })),
    polarity,
    { noQuartile: measure.noQuartile },
  );
  const englandObs = byArea.get("970");
  const englandValue = numberOf(englandObs);
  const definition = definitionForLait(measure.lait);
  const unit: Unit = definition?.unit ?? "score";
  const decimals = definition?.decimals ?? measure.decimals ?? 1;
  const show = (value: number | null, status?: ObservationStatus | null) =>
    formatValue(value, { unit, decimals, ...(status ? { status } : {}) });
  // No rank or band: not applicable when the measure is never ranked (or banded), else the figure is missing.
  const notRanked = polarity === "no-judgement" ? STATUS_MARKER["not-applicable"] : null;
  const notBanded = notRanked ?? (measure.noQuartile ? STATUS_MARKER["not-applicable"] : null);

  const rows = laObservations.map((o): BenchmarkRow => {
    const area = getArea(o.area);
    const value = numberOf(o);
    const rb = ranks.get(o.area);
    const neighbours = statisticalNeighbours(o.area, model);
    const agg = aggregate(
      neighbours.map((n) => ({ value: numberOf(byArea.get(n.code)) })),
      method,
    );
    let regionCode = area?.subregionCode ?? area?.regionCode ?? null;
    let regionValue = regionCode ? numberOf(byArea.get(regionCode)) : null;
    if (regionValue === null && area?.subregionCode && area.regionCode) {
      regionCode = area.regionCode;
      regionValue = numberOf(byArea.get(regionCode));
    }
    const previousValue = numberOf(previous.get(o.area));
    // 12 significant digits drop float noise (25 - 25.6 = -0.6000000000000014) without rounding real figures.
    const change =
      value !== null && previousValue !== null ? Number((value - previousValue).toPrecision(12)) : null;
    const missing = value === null ? show(null, o.status) : STATUS_MARKER["not-available"];
    return {
      laCode: o.area,
      laName: area?.name ?? o.area,
      value,
      status: o.status,
      rank: rb?.rank ?? null,
      rankOf: rb?.rankOf ?? 0,
      band: rb?.band ?? null,
      neighbourAverage: agg.value,
      neighbourCount: agg.count,
      neighbourOf: agg.of,
      regionCode,
      regionName: regionCode ? (getArea(regionCode)?.name ?? null) : null,
      regionValue,
      englandValue,
      previousValue,
      change,
      display: {
        value: show(value, o.status),
        rank: rb?.rank ? `${rb.rank} of ${rb.rankOf}` : (notRanked ?? missing),
        band: rb?.band ?? notBanded ?? missing,
        neighbourAverage: show(agg.value),
        neighbourCount: `${agg.count} of ${agg.of}`,
        regionValue: show(regionValue),
        englandValue: show(englandValue, englandObs?.status),
        previousValue: show(previousValue, previous.get(o.area)?.status),
        change: change === null ? STATUS_MARKER["not-available"] : formatChange(change, { unit, decimals }),
      },
    };
  });
  rows.sort((a, b) => Number(a.laCode) - Number(b.laCode));
  return {
    kind: "indicator-benchmark",
    indicator: measure,
    ...(definition ? { definition } : {}),
    period,
    previousPeriod,
    polarity,
    neighbourModel: model,
    aggregate: method,
    england: {
      value: englandValue,
      status: englandObs?.status ?? null,
      display: show(englandValue, englandObs?.status),
    },
    regions: current
      .filter((o) => getArea(o.area)?.kind === "region")
      .map((o) => ({
        code: o.area,
        name: getArea(o.area)?.name ?? o.area,
        value: numberOf(o),
        status: o.status,
        display: show(numberOf(o), o.status),
      })),
    unit,
    decimals,
    rows,
    source: data.source,
  };
}

function findPeriod(
  data: PublishedDataset,
  measure: PublishedMeasure,
  period: Period | string,
): Period | undefined {
  const obs = data.values(measure.lait, period);
  return obs[0]?.period;
}

function describe(period: Period | string | undefined): string {
  if (period === undefined) return "any period";
  return typeof period === "string" ? `"${period}"` : period.label;
}
