import type { Area, DataQualityEntry, IndicatorDefinition, Observation } from "@kpikit/core";
import {
  type CscArea,
  findArea,
  listAreas,
  loadPublished,
  ofstedJudgement,
  statisticalNeighbours,
} from "@kpikit/csc";
import type { KpikitConfig } from "../read/config-schema.js";

/** The bundled published figures a report for one LA needs, and its comparator areas. */
export interface Gathered {
  /** The LA's own published series, its neighbours', its region's and England's. */
  readonly observations: readonly Observation[];
  /** Every LA's figure for every period, for rank, band and the top-quartile threshold. */
  readonly nationalValues: readonly Observation[];
  readonly neighbours: readonly Area[];
  readonly region?: Area;
  /** London boroughs: London, used row by row where Inner or Outer London has no value. */
  readonly regionFallbacks: readonly Area[];
  readonly highPerformers?: { readonly label: string; readonly codes: readonly string[] };
  /** Indicators with published data for this LA. */
  readonly publishedIds: ReadonlySet<string>;
  readonly source: string;
  /** Comparator choices that could not be honoured, for the data quality notes. */
  readonly notes: readonly string[];
}

const asArea = (a: CscArea, kind: Area["kind"] = a.kind): Area => ({
  code: a.code,
  name: a.name,
  kind,
  ...(a.onsCode ? { onsCode: a.onsCode } : {}),
});

/**
 * Collects published observations for the indicators given: the LA's own series (left out for indicators
 * the council supplies itself), its neighbours', region's and England's, and every LA's values.
 */
export function gatherPublished(
  la: CscArea,
  definitions: readonly IndicatorDefinition[],
  config: KpikitConfig | undefined,
  ownIndicators: ReadonlySet<string>,
  asAtEnd?: string,
): Gathered {
  const dataset = loadPublished();
  const model = String(config?.comparators?.neighbourModel ?? "2025") as "2025" | "2021";
  const neighbours = statisticalNeighbours(la.code, model);
  const regionCode = la.subregionCode ?? la.regionCode;
  const regionArea = regionCode
    ? listAreas({ kind: "region" }).find((a) => a.code === regionCode)
    : undefined;
  const region: Area | undefined = regionArea
    ? asArea(regionArea, "region")
    : la.regionCode && la.regionName
      ? { code: la.regionCode, name: la.regionName, kind: "region" }
      : undefined;
  const londonArea =
    la.subregionCode && la.regionCode
      ? listAreas({ kind: "region" }).find((a) => a.code === la.regionCode)
      : undefined;
  const regionFallbacks: Area[] =
    londonArea && region?.code !== londonArea.code ? [asArea(londonArea, "region")] : [];
  const notes: string[] = [];
  const laCodes = new Set(listAreas({ kind: "la", includeLegacy: true }).map((a) => a.code));
  const comparatorCodes = new Set([
    ...neighbours.map((n) => n.code),
    ...(region ? [region.code] : []),
    ...regionFallbacks.map((a) => a.code),
    "970",
  ]);

  const observations: Observation[] = [];
  const nationalValues: Observation[] = [];
  const publishedIds = new Set<string>();
  const rename = (o: Observation, id: string): Observation =>
    o.indicatorId === id ? o : { ...o, indicatorId: id };
  const keyOf = (p: { kind: string; start: string; end: string }) => `${p.kind}|${p.start}|${p.end}`;
  for (const def of definitions) {
    if (!dataset.findMeasure(def.id)) continue;
    const own = ownIndicators.has(def.id);
    // Every LA's figures (for rank, band and the top-quartile threshold) are needed only for the periods a
    // row can be benchmarked in: the latest two up to the "as at" period. For indicators the council
    // supplies, its latest figure may be for any period: keep them all. Other periods are read only for the
    // LA and its comparators (series), never for every LA.
    const eligible = dataset.periods(def.id).filter((p) => !asAtEnd || p.end <= asAtEnd);
    const nationalPeriods = own ? eligible : eligible.slice(-2);
    const nationalKeys = new Set(nationalPeriods.map(keyOf));
    for (const o of dataset.series(def.id, la.code)) {
      if (o.value !== null) publishedIds.add(def.id);
      // For indicators the council supplies, its own file is the only source of its own figures
      // (buildScorecard would otherwise fill gaps in its series from nationalValues).
      if (own) continue;
      const obs = rename(o, def.id);
      observations.push(obs);
      if (!nationalKeys.has(keyOf(obs.period))) nationalValues.push(obs);
    }
    for (const code of comparatorCodes)
      for (const o of dataset.series(def.id, code)) observations.push(rename(o, def.id));
    for (const period of nationalPeriods) {
      for (const o of dataset.values(def.id, period)) {
        if (o.area === la.code ? !own : laCodes.has(o.area)) nationalValues.push(rename(o, def.id));
      }
    }
  }

  let highPerformers: Gathered["highPerformers"];
  const hp = config?.comparators?.highPerformers;
  if (hp === "ofsted-outstanding") {
    const codes = listAreas({ kind: "la" })
      .filter((a) => ofstedJudgement(a.code)?.overallEffectiveness === "Outstanding")
      .map((a) => a.code);
    highPerformers = { label: "Local authorities rated Outstanding by Ofsted", codes };
  } else if (Array.isArray(hp) || (typeof hp === "object" && hp !== null)) {
    const list = Array.isArray(hp) ? hp : hp.las;
    const codes: string[] = [];
    for (const name of list) {
      const m = findArea(name, { kinds: ["la"] });
      if (m.ok) codes.push(m.area.code);
      else notes.push(`High performers: "${name}" is not a local authority (${m.message})`);
    }
    highPerformers = { label: Array.isArray(hp) ? "Named high performers" : hp.label, codes };
  }
  if (highPerformers) {
    const codes = new Set(highPerformers.codes);
    for (const def of definitions) {
      if (!dataset.findMeasure(def.id)) continue;
      for (const code of codes) {
        if (comparatorCodes.has(code) || code === la.code) continue;
        for (const o of dataset.series(def.id, code))
          observations.push(o.indicatorId === def.id ? o : { ...o, indicatorId: def.id });
      }
    }
  }
  return {
    observations,
    nationalValues,
    neighbours: neighbours.map((n) => asArea(n, "la")),
    ...(region ? { region } : {}),
    regionFallbacks,
    ...(highPerformers ? { highPerformers } : {}),
    publishedIds,
    source: dataset.source,
    notes,
  };
}

/**
 * Data-quality notes on the published figures: comparator choices that could not be honoured, and the
 * indicators whose published figures for the LA give way to its own local figures.
 */
export function publishedNotes(
  gathered: Gathered,
  localIds: ReadonlySet<string>,
  definitions: readonly IndicatorDefinition[],
  la: CscArea,
): DataQualityEntry[] {
  const notes: DataQualityEntry[] = gathered.notes.map((n) => ({ code: "comparator", message: n }));
  const replaced = [...localIds].filter((id) => gathered.publishedIds.has(id));
  if (replaced.length > 0) {
    const names = replaced.map((id) => definitions.find((d) => d.id === id)?.shortTitle ?? id);
    notes.push({
      code: "local-replaces-published",
      message: `${la.name}'s own figures for ${names.join(", ")} come from the local file; its published (LAIT) figures for these indicators are not used`,
    });
  }
  return notes;
}
