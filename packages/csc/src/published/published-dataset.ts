import {
  comparePeriods,
  kpikitError,
  type Observation,
  type Period,
  type Polarity,
  periodKey,
} from "@kpikit/core";
import { laitAreaCodes, laitMeasures } from "../_data/lait.generated.js";
import type { LaitMeasureRecord, WorkforceMeasureRecord } from "../_data/types.js";
import { workforceMeasures } from "../_data/workforce.generated.js";
import { definitionFor, definitionForLait } from "./catalogue-link.js";
import { laitPeriod } from "./lait-period.js";
import { readCell } from "./special-values.js";

/** A LAIT measure (or a CSWW workforce count LAIT has only as a rate) in the bundled dataset. */
export interface PublishedMeasure {
  /** LAIT `measure_short`, e.g. `ReReferral`; for a CSWW count kpikit's id, e.g. `CSWW_agency_fte`. */
  readonly lait: string;
  /** The catalogue id when the catalogue defines the measure, otherwise the LAIT id. */
  readonly indicatorId: string;
  readonly name: string;
  readonly topic: string;
  /** From LAIT's polarity: `High` → higher-is-better, `Low` → lower-is-better, `-` → no-judgement. */
  readonly polarity: Polarity;
  /** LAIT's year type (`Financial Year`, `Annual`, `Annual (end of Sept)`, `Academic Year`). */
  readonly yearType: string;
  /** LAIT's No_Quartile flag: ranks but no quartile bands. */
  readonly noQuartile: boolean;
  /** LAIT's decimal places, when it gives them. */
  readonly decimals?: number;
  readonly yAxis: string;
  readonly sourceTable: string;
}

/** The bundled LAIT children's social care dataset. Every lookup accepts a catalogue id, alias or LAIT id. */
export interface PublishedDataset {
  /** Where the figures come from, for provenance. */
  readonly source: string;
  /**
   * The 112 LAIT measures, in LAIT's order, then the CSWW workforce counts (agency social workers and
   * vacancies as FTE, the cases held).
   */
  readonly measures: readonly PublishedMeasure[];
  /** Area codes with rows (LAs incl. legacy, regions 980–990, England 970), ascending. */
  readonly areaCodes: readonly string[];
  /** The measure for a LAIT id or LAIT name, or a catalogue id, alias or title; `undefined` when there is none. */
  findMeasure(idOrLait: string): PublishedMeasure | undefined;
  /** As {@link PublishedDataset.findMeasure} but throws kpikitError `unknown-indicator`. */
  measure(idOrLait: string): PublishedMeasure;
  /** One area's observations for every period, oldest first (statuses kept; absent rows omitted). */
  series(idOrLait: string, areaCode: string): readonly Observation[];
  /** Every area's observation for one period (a Period, its label, its periodKey or LAIT's year label). */
  values(idOrLait: string, period: Period | string): readonly Observation[];
  /** One area's observation for one period, or `undefined` when LAIT has no row. */
  value(idOrLait: string, areaCode: string, period: Period | string): Observation | undefined;
  /** The periods with data, oldest first. */
  periods(idOrLait: string): readonly Period[];
  /** The latest period in which at least one LA has a value. */
  latestPeriod(idOrLait: string): Period | undefined;
}

const SOURCE =
  "DfE Local Authority Interactive Tool (LAIT), children's social care measures, and DfE children's social work workforce (CSWW) census";
const POLARITY: Readonly<Record<string, Polarity>> = { High: "higher-is-better", Low: "lower-is-better" };

interface Decoded {
  readonly record: LaitMeasureRecord;
  readonly indicatorId: string;
  readonly yearLabels: readonly string[];
  readonly periods: readonly Period[];
  /** periods[i] -> the raw row (cells in area order, comma-separated), split only when first read. */
  readonly rows: readonly string[];
  readonly cells: (readonly string[] | undefined)[];
  /**
   * periods[i] -> areas[j] -> the observation, decoded only when first read (`null`: LAIT has no row), so
   * that one area's series or one period's values never decodes the rest of the measure.
   */
  readonly observations: ((Observation | null | undefined)[] | undefined)[];
}

let singleton: PublishedDataset | undefined;

/**
 * Loads the bundled LAIT dataset (all 112 LAIT children's social care measures, 2016–2025, every LA incl.
 * legacy ones, regions, Inner/Outer London and England), with the CSWW workforce census's counts that LAIT has
 * only as rates or averages (2017–2025): agency social workers and vacancies as FTE, and the cases held.
 * Synchronous and cached: the data is compiled into the package, so it works in Node and in a browser bundle
 * with no fetch and no fs; measures are decoded the first time they are asked for. LAIT's `-` (missing or suppressed) is kept as status `not-available`, never
 * as a number.
 * @example
 * const data = loadPublished();
 * data.measures.length //=> 115
 * data.value("agency-sw-count", "865", "30 Sep 2020")?.value //=> 22
 * data.value("ReReferral", "970", "2024/25")?.value //=> 22.6
 * data.latestPeriod("ReReferral")?.label //=> "2024/25"
 * data.series("ReReferral", "865").length //=> 10
 */
export function loadPublished(): PublishedDataset {
  singleton ??= createDataset();
  return singleton;
}

function createDataset(): PublishedDataset {
  const areaCodes = laitAreaCodes.split(",");
  const areaIndex = new Map(areaCodes.map((c, i) => [c, i]));
  const all: readonly LaitMeasureRecord[] = [...laitMeasures, ...workforceMeasures];
  const records = new Map(all.map((m) => [m.id, m]));
  const lowerIds = new Map(all.map((m) => [m.id.toLowerCase(), m.id]));
  const workforceByIndicator = new Map<string, WorkforceMeasureRecord>(
    workforceMeasures.map((m) => [m.indicatorId, m]),
  );
  const workforce = new Map<string, WorkforceMeasureRecord>(workforceMeasures.map((m) => [m.id, m]));
  const fold = (t: string) => t.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
  const byName = new Map<string, string>();
  for (const m of all) {
    for (const n of [m.name, m.chartTitle]) if (!byName.has(fold(n))) byName.set(fold(n), m.id);
  }
  const measureCache = new Map<string, PublishedMeasure>();
  const decodedCache = new Map<string, Decoded>();

  const toMeasure = (r: LaitMeasureRecord): PublishedMeasure => {
    let m = measureCache.get(r.id);
    if (!m) {
      m = {
        lait: r.id,
        indicatorId: workforce.get(r.id)?.indicatorId ?? definitionForLait(r.id)?.id ?? r.id,
        name: r.name,
        topic: r.topic,
        polarity: (Object.hasOwn(POLARITY, r.polarity) ? POLARITY[r.polarity] : undefined) ?? "no-judgement",
        yearType: r.yearType,
        noQuartile: r.noQuartile,
        ...(r.dps !== undefined ? { decimals: r.dps } : {}),
        yAxis: r.yAxis,
        sourceTable: r.sourceTable,
      };
      measureCache.set(r.id, m);
    }
    return m;
  };

  const findRecord = (idOrLait: string): LaitMeasureRecord | undefined => {
    const text = idOrLait.trim();
    const direct =
      records.get(text) ?? records.get(lowerIds.get(text.toLowerCase()) ?? byName.get(fold(text)) ?? "");
    if (direct) return direct;
    const def = definitionFor(text);
    if (def === undefined) return undefined;
    return def.lait ? records.get(def.lait) : workforceByIndicator.get(def.id);
  };
  const record = (idOrLait: string): LaitMeasureRecord => {
    const r = findRecord(idOrLait);
    if (!r)
      throw kpikitError(
        "unknown-indicator",
        `"${idOrLait}" is not a LAIT measure or a catalogue indicator with LAIT data.`,
      );
    return r;
  };

  const decode = (r: LaitMeasureRecord): Decoded => {
    let d = decodedCache.get(r.id);
    if (!d) {
      const yearLabels = r.years.split(",");
      const rows = r.values.split("|");
      const periods: Period[] = [];
      const rowTexts: string[] = [];
      yearLabels.forEach((y, i) => {
        const p = laitPeriod(r.yearType, y);
        if (p) {
          periods.push(p);
          rowTexts.push(rows[i] ?? "");
        }
      });
      const order = periods
        .map((_, i) => i)
        .sort((a, b) => comparePeriods(periods[a] as Period, periods[b] as Period));
      d = {
        record: r,
        indicatorId: toMeasure(r).indicatorId,
        yearLabels: order.map((i) => yearLabels[i] ?? ""),
        periods: order.map((i) => periods[i] as Period),
        rows: order.map((i) => rowTexts[i] ?? ""),
        cells: [],
        observations: [],
      };
      decodedCache.set(r.id, d);
    }
    return d;
  };

  /** The observation of one cell (period index, area index), decoded once. */
  const observationAt = (d: Decoded, pi: number, ai: number): Observation | undefined => {
    let decoded = d.observations[pi];
    if (!decoded) {
      decoded = [];
      d.observations[pi] = decoded;
    }
    const hit = decoded[ai];
    if (hit !== undefined) return hit ?? undefined;
    let row = d.cells[pi];
    if (!row) {
      row = (d.rows[pi] ?? "").split(",");
      d.cells[pi] = row;
    }
    const o = readObservation(d, pi, row[ai] ?? "", areaCodes[ai] as string);
    decoded[ai] = o ?? null;
    return o;
  };

  const readObservation = (d: Decoded, pi: number, text: string, area: string): Observation | undefined => {
    const period = d.periods[pi] as Period;
    const indicatorId = d.indicatorId;
    const source = `${workforce.get(d.record.id)?.source ?? "LAIT"} ${d.yearLabels[pi] ?? ""}`;
    const cell = readCell(text);
    switch (cell.kind) {
      case "empty":
        return undefined;
      case "number":
        return {
          indicatorId,
          area,
          period,
          value: cell.value,
          status: "ok",
          source,
        } satisfies Observation;
      case "status":
        return {
          indicatorId,
          area,
          period,
          value: null,
          status: cell.status,
          source,
          note: `${cell.marker}: ${cell.meaning}`,
        } satisfies Observation;
      case "invalid":
        return {
          indicatorId,
          area,
          period,
          value: null,
          status: "not-available",
          source,
          note: `unreadable value "${cell.text}"`,
        } satisfies Observation;
      default: {
        const never: never = cell;
        return never;
      }
    }
  };

  const periodIndex = (d: Decoded, period: Period | string): number => {
    if (typeof period !== "string") {
      const key = periodKey(period);
      return d.periods.findIndex((p) => periodKey(p) === key);
    }
    const t = period.trim();
    const byYear = d.yearLabels.indexOf(t);
    if (byYear >= 0) return byYear;
    return d.periods.findIndex((p) => p.label === t || periodKey(p) === t);
  };

  return {
    source: SOURCE,
    measures: all.map(toMeasure),
    areaCodes,
    findMeasure: (id) => {
      const r = findRecord(id);
      return r ? toMeasure(r) : undefined;
    },
    measure: (id) => toMeasure(record(id)),
    series: (id, areaCode) => {
      const d = decode(record(id));
      const ai = areaIndex.get(areaCode.trim());
      if (ai === undefined) return [];
      const out: Observation[] = [];
      for (let pi = 0; pi < d.periods.length; pi++) {
        const o = observationAt(d, pi, ai);
        if (o) out.push(o);
      }
      return out;
    },
    values: (id, period) => {
      const d = decode(record(id));
      const pi = periodIndex(d, period);
      if (pi < 0) return [];
      const out: Observation[] = [];
      for (let ai = 0; ai < areaCodes.length; ai++) {
        const o = observationAt(d, pi, ai);
        if (o) out.push(o);
      }
      return out;
    },
    value: (id, areaCode, period) => {
      const d = decode(record(id));
      const pi = periodIndex(d, period);
      const ai = areaIndex.get(areaCode.trim());
      return pi < 0 || ai === undefined ? undefined : observationAt(d, pi, ai);
    },
    periods: (id) => decode(record(id)).periods,
    latestPeriod: (id) => {
      const d = decode(record(id));
      for (let pi = d.periods.length - 1; pi >= 0; pi--) {
        for (let ai = 0; ai < areaCodes.length; ai++) {
          const o = observationAt(d, pi, ai);
          if (o && Number(o.area) < 970 && o.value !== null) return d.periods[pi];
        }
      }
      return undefined;
    },
  };
}
