// Internal: the observations a Scorecard is built from, checked, de-duplicated and indexed once.
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Observation } from "../observation/types.js";
import { periodKey } from "../period/index.js";
import type { Period } from "../period/types.js";
import type { DataQualityEntry } from "./types.js";

/** Area code → period key → observation. */
export type AreaSeries = Map<string, Map<string, Observation>>;

/** The figures of every LA for one indicator and period. */
export interface NationalPeriod {
  readonly period: Period;
  readonly byArea: Map<string, Observation>;
}

export interface ObservationPool {
  /** Indicator id → area code → period key → observation (from `observations`, then `nationalValues`). */
  readonly series: Map<string, AreaSeries>;
  /** Indicator id → period key → every LA's figure (from `nationalValues`). */
  readonly national: Map<string, Map<string, NationalPeriod>>;
  readonly dataQuality: DataQualityEntry[];
}

const hasNumber = (o: Observation) => o.status === "ok" || o.status === "low-reliability";

/** Makes an observation consistent: a number only when the status has one, and a finite one. */
function normalise(o: Observation, note: (e: DataQualityEntry) => void): Observation {
  if (hasNumber(o) && (o.value === null || !Number.isFinite(o.value))) {
    note({
      code: "missing-value",
      message: `${o.indicatorId} for ${o.area} in ${o.period.label} has status ${o.status} but no number; shown as not available`,
      indicatorId: o.indicatorId,
      ...(o.source === undefined ? {} : { source: o.source }),
    });
    return { ...o, value: null, status: "not-available" };
  }
  if (!hasNumber(o) && o.value !== null) {
    note({
      code: "value-with-status",
      message: `${o.indicatorId} for ${o.area} in ${o.period.label} is ${o.status} but carried a number; the number was dropped`,
      indicatorId: o.indicatorId,
      ...(o.source === undefined ? {} : { source: o.source }),
    });
    return { ...o, value: null };
  }
  return o;
}

/**
 * Indexes the Scorecard's observations. The first of several observations for the same indicator, area
 * and period wins; later ones are noted as duplicates (the LA's own `observations` win over
 * `nationalValues` without a note). Observations of undefined indicators are counted and noted.
 */
export function poolObservations(
  definitions: ReadonlyMap<string, IndicatorDefinition>,
  observations: readonly Observation[],
  nationalValues: readonly Observation[],
  excludedAreas: ReadonlySet<string>,
): ObservationPool {
  const dataQuality: DataQualityEntry[] = [];
  const note = (e: DataQualityEntry) => dataQuality.push(e);
  const series = new Map<string, AreaSeries>();
  const national = new Map<string, Map<string, NationalPeriod>>();
  const unknown = new Map<string, number>();

  const add = (o: Observation, key: string, fromNational: boolean): boolean => {
    let byArea = series.get(o.indicatorId);
    if (!byArea) {
      byArea = new Map();
      series.set(o.indicatorId, byArea);
    }
    let byPeriod = byArea.get(o.area);
    if (!byPeriod) {
      byPeriod = new Map();
      byArea.set(o.area, byPeriod);
    }
    const existing = byPeriod.get(key);
    if (existing === undefined) {
      byPeriod.set(key, o);
      return true;
    }
    if (fromNational) return false;
    note({
      code: "duplicate-observation",
      message: `A second figure for ${o.indicatorId}, area ${o.area}, ${o.period.label} was left out (kept ${existing.value ?? existing.status}${existing.source ? ` from ${existing.source}` : ""}, left out ${o.value ?? o.status})`,
      indicatorId: o.indicatorId,
      ...(o.source === undefined ? {} : { source: o.source }),
    });
    return false;
  };

  for (const raw of observations) {
    if (!definitions.has(raw.indicatorId)) {
      unknown.set(raw.indicatorId, (unknown.get(raw.indicatorId) ?? 0) + 1);
      continue;
    }
    add(normalise(raw, note), periodKey(raw.period), false);
  }
  const seenNational = new Set<string>();
  for (const raw of nationalValues) {
    if (!definitions.has(raw.indicatorId) || excludedAreas.has(raw.area)) continue;
    const key = periodKey(raw.period);
    const id = `${raw.indicatorId}\u0000${raw.area}\u0000${key}`;
    if (seenNational.has(id)) {
      note({
        code: "duplicate-observation",
        message: `A second national figure for ${raw.indicatorId}, area ${raw.area}, ${raw.period.label} was left out`,
        indicatorId: raw.indicatorId,
        ...(raw.source === undefined ? {} : { source: raw.source }),
      });
      continue;
    }
    seenNational.add(id);
    const o = normalise(raw, note);
    add(o, key, true);
    let byPeriod = national.get(o.indicatorId);
    if (!byPeriod) {
      byPeriod = new Map();
      national.set(o.indicatorId, byPeriod);
    }
    let np = byPeriod.get(key);
    if (!np) {
      np = { period: o.period, byArea: new Map() };
      byPeriod.set(key, np);
    }
    np.byArea.set(o.area, o);
  }
  for (const id of [...unknown.keys()].sort()) {
    const n = unknown.get(id)!;
    note({
      code: "unknown-indicator",
      message: `${n} ${n === 1 ? "figure" : "figures"} for "${id}" left out: no indicator has that id`,
      indicatorId: id,
    });
  }
  return { series, national, dataQuality };
}
