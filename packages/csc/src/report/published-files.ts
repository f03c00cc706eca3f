import { type Observation, type Period, periodKey } from "@kpikit/core";
import type { PublishedDataset, PublishedMeasure } from "../published/published-dataset.js";

/** Figures read from a DfE file (an EES CSV or a LAIT export) by the loaders in `published/`. */
export interface PublishedFile {
  /** The file's name, for provenance. */
  readonly file: string;
  readonly observations: readonly Observation[];
}

const byEnd = (a: Period, b: Period) =>
  a.end === b.end ? (a.start < b.start ? -1 : 1) : a.end < b.end ? -1 : 1;

/**
 * The bundled figures with newer DfE files laid over them: a file's figure for an indicator, area and period
 * replaces the bundled one, and its periods and areas add to them (a later file wins over an earlier one).
 * Indicators only the files have are found by their catalogue id.
 * @example
 * const p = { kind: "financial-year", startYear: 2025, start: "2025-04-01", end: "2026-03-31", label: "2025/26" } as const;
 * const data = withPublishedFiles(loadPublished(), [{ file: "ees.csv", observations: [{ indicatorId: "re-referrals-12m", area: "970", period: p, value: 21.9, status: "ok" }] }]);
 * data.value("re-referrals-12m", "970", "2025/26")?.value //=> 21.9
 */
export function withPublishedFiles(
  base: PublishedDataset,
  files: readonly PublishedFile[],
): PublishedDataset {
  if (files.every((f) => f.observations.length === 0)) return base;
  // indicator id → period key → area → observation, and the period of each key.
  const extra = new Map<string, Map<string, Map<string, Observation>>>();
  const periodOf = new Map<string, Period>();
  for (const f of files) {
    for (const o of f.observations) {
      const id = base.findMeasure(o.indicatorId)?.indicatorId ?? o.indicatorId;
      const key = periodKey(o.period);
      periodOf.set(key, o.period);
      let byPeriod = extra.get(id);
      if (!byPeriod) {
        byPeriod = new Map();
        extra.set(id, byPeriod);
      }
      let byArea = byPeriod.get(key);
      if (!byArea) {
        byArea = new Map();
        byPeriod.set(key, byArea);
      }
      byArea.set(o.area, { ...o, indicatorId: id, source: o.source ?? f.file });
    }
  }
  const idOf = (idOrLait: string) => base.findMeasure(idOrLait)?.indicatorId ?? idOrLait;
  const synthetic = (id: string): PublishedMeasure => ({
    lait: id,
    indicatorId: id,
    name: id,
    topic: "",
    polarity: "no-judgement",
    yearType: "",
    noQuartile: false,
    yAxis: "",
    sourceTable: files.map((f) => f.file).join(", "),
  });
  const findMeasure = (idOrLait: string) =>
    base.findMeasure(idOrLait) ?? (extra.has(idOrLait) ? synthetic(idOrLait) : undefined);
  const periods = (idOrLait: string): readonly Period[] => {
    const own = extra.get(idOf(idOrLait));
    const bundled = base.findMeasure(idOrLait) ? base.periods(idOrLait) : [];
    if (!own) return bundled;
    const all = new Map(bundled.map((p) => [periodKey(p), p]));
    for (const key of own.keys()) if (!all.has(key)) all.set(key, periodOf.get(key) as Period);
    return [...all.values()].sort(byEnd);
  };
  const keyFor = (idOrLait: string, period: Period | string): string | undefined => {
    if (typeof period !== "string") return periodKey(period);
    const hit = periods(idOrLait).find((p) => p.label === period || periodKey(p) === period);
    return hit ? periodKey(hit) : undefined;
  };
  const values = (idOrLait: string, period: Period | string): readonly Observation[] => {
    const key = keyFor(idOrLait, period);
    const bundled = base.findMeasure(idOrLait) ? base.values(idOrLait, period) : [];
    const own = key ? extra.get(idOf(idOrLait))?.get(key) : undefined;
    if (!own) return bundled;
    return [...bundled.filter((o) => !own.has(o.area)), ...own.values()];
  };
  return {
    source: `${base.source}, with ${files.map((f) => f.file).join(", ")}`,
    measures: base.measures,
    areaCodes: base.areaCodes,
    findMeasure,
    measure: (idOrLait) => findMeasure(idOrLait) ?? base.measure(idOrLait),
    series: (idOrLait, areaCode) => {
      const own = extra.get(idOf(idOrLait));
      const bundled = base.findMeasure(idOrLait) ? base.series(idOrLait, areaCode) : [];
      if (!own) return bundled;
      const all = new Map(bundled.map((o) => [periodKey(o.period), o]));
      for (const [key, byArea] of own) {
        const o = byArea.get(areaCode);
        if (o) all.set(key, o);
      }
      return [...all.values()].sort((a, b) => byEnd(a.period, b.period));
    },
    values,
    value: (idOrLait, areaCode, period) => values(idOrLait, period).find((o) => o.area === areaCode),
    periods,
    latestPeriod: (idOrLait) =>
      [...periods(idOrLait)]
        .reverse()
        .find((p) =>
          values(idOrLait, p).some((o) => o.value !== null && /^\d{3}$/.test(o.area) && Number(o.area) < 970),
        ),
  };
}
