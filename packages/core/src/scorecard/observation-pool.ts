// Internal: the observations a Scorecard is built from, checked, de-duplicated and indexed once.
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Observation } from "../observation/types.js";
import { periodKey } from "../period/index.js";
import type { Period } from "../period/types.js";
import type { DataQualityEntry } from "./types.js";

/** Area code → period key → observation. */
export type AreaSeries = Map<string, Map<string, Observation>>;

/**
 * The figures of every LA for one indicator and period: where they are in `nationalValues` (first and
 * last index), indexed by area only when a row asks for them.
 */
export interface NationalPeriod {
  readonly indicatorId: string;
  readonly key: string;
  readonly period: Period;
  readonly first: number;
  last: number;
  byArea?: Map<string, Observation>;
  /** The finite published numbers of `byArea`, ascending, sorted on first use. */
  publishedSorted?: readonly number[];
}

export interface ObservationPool {
  /** Indicator id → area code → period key → observation, from `observations`. */
  readonly series: Map<string, AreaSeries>;
  /** Indicator id → period key → every LA's figure, from `nationalValues`. */
  readonly national: Map<string, Map<string, NationalPeriod>>;
  readonly note: (entry: DataQualityEntry) => void;
  readonly duplicate: (left: Observation, kept: Observation) => void;
  readonly nationalValues: readonly Observation[];
  readonly excludedAreas: ReadonlySet<string>;
  readonly keyOf: (period: Period) => string;
}

const hasNumber = (o: Observation) => o.status === "ok" || o.status === "low-reliability";

/** Makes an observation consistent: a number only when the status has one, and a finite one. */
function normalise(o: Observation, note: (e: DataQualityEntry) => void): Observation {
  if (hasNumber(o) ? o.value !== null && Number.isFinite(o.value) : o.value === null) return o;
  if (hasNumber(o)) {
    note({
      code: "missing-value",
      message: `${o.indicatorId} for ${o.area} in ${o.period.label} has status ${o.status} but no number; shown as not available`,
      indicatorId: o.indicatorId,
      ...(o.source === undefined ? {} : { source: o.source }),
    });
    return { ...o, value: null, status: "not-available" };
  }
  note({
    code: "value-with-status",
    message: `${o.indicatorId} for ${o.area} in ${o.period.label} is ${o.status} but carried a number; the number was dropped`,
    indicatorId: o.indicatorId,
    ...(o.source === undefined ? {} : { source: o.source }),
  });
  return { ...o, value: null };
}

/**
 * Indexes the Scorecard's observations. The first of several observations for the same indicator, area
 * and period wins and later ones are noted as duplicates, except that the council's own figure
 * (`origin: "local"`) always wins a period a published figure also gives (in either list, in any order), with
 * a `local-over-published` note giving the published figure where it differs; where the council's gives no
 * number and is not withheld (a blank, n/a or [x]), the published number is used, with a
 * `published-for-local-gap` note. Observations of undefined indicators are counted
 * and noted (those in `nationalValues` are reference data and are skipped silently). Published figures
 * in `nationalValues` for the LA itself, England and the region fill the periods `observations` lack, so
 * a Scorecard can be built from published data alone; England and region rows are never ranked.
 */
export function poolObservations(
  definitions: ReadonlyMap<string, IndicatorDefinition>,
  observations: readonly Observation[],
  nationalValues: readonly Observation[],
  excludedAreas: ReadonlySet<string>,
  ownCode: string,
  note: (entry: DataQualityEntry) => void,
): ObservationPool {
  const series = new Map<string, AreaSeries>();
  const national = new Map<string, Map<string, NationalPeriod>>();
  const unknown = new Map<string, number>();
  // Loaders share one period object between many observations: key each object once.
  const keys = new WeakMap<Period, string>();
  const keyOf = (p: Period): string => {
    let key = keys.get(p);
    if (key === undefined) {
      key = periodKey(p);
      keys.set(p, key);
    }
    return key;
  };
  const duplicate = (o: Observation, kept: Observation) =>
    note({
      code: "duplicate-observation",
      message: `A second figure for ${o.indicatorId}, area ${o.area}, ${o.period.label} was left out (kept ${kept.value ?? kept.status}${kept.source ? ` from ${kept.source}` : ""}, left out ${o.value ?? o.status})`,
      indicatorId: o.indicatorId,
      ...(o.source === undefined ? {} : { source: o.source }),
    });

  const seriesOf = (indicatorId: string, area: string): Map<string, Observation> => {
    let byArea = series.get(indicatorId);
    if (!byArea) {
      byArea = new Map();
      series.set(indicatorId, byArea);
    }
    let byPeriod = byArea.get(area);
    if (!byPeriod) {
      byPeriod = new Map();
      byArea.set(area, byPeriod);
    }
    return byPeriod;
  };

  // One rule for a period both the council and a published file give: the council's own figure is the one
  // used, whichever the caller lists first, and where the published figure differs the row's notes say so;
  // only where the council gives no figure for it (a blank, n/a or [x], not a withheld [c]) is a published
  // number used, and noted. `ownOverPublished` says which to keep.
  const beside = new Set<string>();
  const ownOverPublished = (own: Observation, other: Observation, key: string): Observation => {
    const fills = !hasNumber(own) && own.status !== "suppressed" && hasNumber(other);
    const at = `${own.indicatorId}\u0000${own.area}\u0000${key}`;
    if ((other.value === own.value && other.status === own.status) || beside.has(at))
      return fills ? other : own;
    beside.add(at);
    const title = definitions.get(own.indicatorId)?.shortTitle ?? own.indicatorId;
    const published = `${other.value ?? other.status}${other.source ? ` (${other.source})` : ""}`;
    note(
      fills
        ? {
            code: "published-for-local-gap",
            message: `${title}: for ${own.period.label} the council's own figures give none (${own.status}); the published figure ${published} is used`,
            indicatorId: own.indicatorId,
            ...(own.source === undefined ? {} : { source: own.source }),
          }
        : {
            code: "local-over-published",
            message: `${title}: for ${own.period.label} the council's own figure (${own.value ?? own.status}) is used; the published figure for the same period is ${published}`,
            indicatorId: own.indicatorId,
            ...(own.source === undefined ? {} : { source: own.source }),
          },
    );
    return fills ? other : own;
  };

  for (const raw of observations) {
    if (!definitions.has(raw.indicatorId)) {
      unknown.set(raw.indicatorId, (unknown.get(raw.indicatorId) ?? 0) + 1);
      continue;
    }
    const byPeriod = seriesOf(raw.indicatorId, raw.area);
    const key = keyOf(raw.period);
    const kept = byPeriod.get(key);
    if (!kept) byPeriod.set(key, normalise(raw, note));
    else if (raw.origin === "local" && kept.origin !== "local")
      byPeriod.set(key, ownOverPublished(normalise(raw, note), kept, key));
    else if (kept.origin === "local" && raw.origin !== "local")
      byPeriod.set(key, ownOverPublished(kept, normalise(raw, note), key));
    else duplicate(raw, kept);
  }

  // One cheap pass: where each indicator-period's figures are. Rows index the few periods they use.
  let lastId = "";
  let lastPeriod: Period | undefined;
  let lastKey = "";
  let byPeriod: Map<string, NationalPeriod> | undefined;
  // The indicator-period of the previous figure (figures come in runs of one indicator and period).
  let np: NationalPeriod | undefined;
  for (let i = 0; i < nationalValues.length; i++) {
    const raw = nationalValues[i]!;
    if (raw.indicatorId !== lastId) {
      lastId = raw.indicatorId;
      byPeriod = national.get(lastId);
      if (!byPeriod && definitions.has(lastId)) {
        byPeriod = new Map();
        national.set(lastId, byPeriod);
      }
      lastPeriod = undefined;
    }
    if (!byPeriod) continue;
    if (raw.period !== lastPeriod) {
      lastPeriod = raw.period;
      lastKey = keyOf(raw.period);
      np = byPeriod.get(lastKey);
    }
    const key = lastKey;
    const excluded = excludedAreas.has(raw.area);
    if (excluded || raw.area === ownCode) {
      // The LA's, England's and the region's published figures, where `observations` has none.
      const own = seriesOf(lastId, raw.area);
      const kept = own.get(key);
      if (!kept) own.set(key, normalise(raw, note));
      else if (kept.origin === "local" && raw.origin !== "local")
        own.set(key, ownOverPublished(kept, normalise(raw, note), key));
    }
    if (np) np.last = i;
    else if (!excluded) {
      np = { indicatorId: lastId, key, period: raw.period, first: i, last: i };
      byPeriod.set(key, np);
    }
  }

  for (const id of [...unknown.keys()].sort()) {
    const n = unknown.get(id)!;
    note({
      code: "unknown-indicator",
      message: `${n} ${n === 1 ? "figure" : "figures"} for "${id}" left out: no indicator has that id`,
      indicatorId: id,
    });
  }
  return { series, national, note, duplicate, nationalValues, excludedAreas, keyOf };
}

/**
 * Every LA's figure for one indicator and period by area code, indexed on first use (a Scorecard needs
 * only a period or two of the national figures it is given). Duplicates are noted then.
 */
export function nationalByArea(pool: ObservationPool, np: NationalPeriod): Map<string, Observation> {
  if (np.byArea) return np.byArea;
  const byArea = new Map<string, Observation>();
  for (let i = np.first; i <= np.last; i++) {
    const o = pool.nationalValues[i]!;
    if (
      o.indicatorId !== np.indicatorId ||
      pool.excludedAreas.has(o.area) ||
      (o.period !== np.period && pool.keyOf(o.period) !== np.key)
    )
      continue;
    const kept = byArea.get(o.area);
    if (kept) pool.duplicate(o, kept);
    else byArea.set(o.area, normalise(o, pool.note));
  }
  np.byArea = byArea;
  return byArea;
}
