import type {
  Area,
  DataQualityEntry,
  IndicatorDefinition,
  Observation,
  ScorecardComparators,
} from "@kpikit/core";
import { loadPublished, type PublishedDataset } from "../published/published-dataset.js";
import {
  type CscArea,
  findArea,
  listAreas,
  ofstedJudgement,
  statisticalNeighbours,
} from "../reference/index.js";

/** Which LAs are the high performers: a rule, or named LAs (with a label). */
export type HighPerformersChoice =
  | "top-quartile"
  | "best-neighbour"
  | "ofsted-outstanding"
  | readonly string[]
  | { readonly label: string; readonly las: readonly string[] };

/** How to gather an LA's published figures and comparators. */
export interface GatherOptions {
  /** The indicators the report shows. */
  readonly definitions: readonly IndicatorDefinition[];
  /** DfE statistical neighbour model; default `2025`. */
  readonly neighbourModel?: "2025" | "2021";
  readonly highPerformers?: HighPerformersChoice;
  /** Indicators the council supplies its own figures for (they take the LA's place in the ranking). */
  readonly ownIndicators?: ReadonlySet<string>;
  /** The end of the "as at" period: later national figures are not needed for ranking. */
  readonly asAtEnd?: string;
  /** The published figures; default the bundled LAIT dataset ({@link loadPublished}), or it with newer files. */
  readonly dataset?: PublishedDataset;
}

/** The published figures a report for one LA needs, and its comparator areas. */
export interface Gathered {
  /** The LA's own published series, its neighbours', its region's, England's and the high performers'. */
  readonly observations: readonly Observation[];
  /** Every LA's figure for the periods a row can be benchmarked in, for rank, band and the top-quartile threshold. */
  readonly nationalValues: readonly Observation[];
  readonly neighbours: readonly Area[];
  /** The LA's region; for a London borough, Inner or Outer London. */
  readonly region?: Area;
  /** London boroughs: London, used row by row where Inner or Outer London has no value. */
  readonly regionFallbacks: readonly Area[];
  readonly highPerformers?: { readonly label: string; readonly codes: readonly string[] };
  /** Indicators with published figures for this LA. */
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
 * Collects an LA's published figures for the indicators given and its comparator areas: its own series, its
 * statistical neighbours', its region's (a London borough's Inner or Outer London, falling back to London
 * where the sub-region has no value), England's and the high performers', and every LA's figures for the
 * periods a row can be ranked in. The CLI report and the dashboard both assemble a scorecard from this.
 * @example
 * const camden = findArea("Camden");
 * camden.ok && gatherPublished(camden.area, { definitions: [] }).region?.name //=> "Inner London"
 */
export function gatherPublished(la: CscArea, options: GatherOptions): Gathered {
  const dataset = options.dataset ?? loadPublished();
  const { definitions, asAtEnd } = options;
  const own = options.ownIndicators ?? new Set<string>();
  const neighbours = statisticalNeighbours(la.code, options.neighbourModel ?? "2025");
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
    const mine = own.has(def.id);
    // Every LA's figures are needed only for the periods a row can be benchmarked in: the latest two up to the
    // "as at" period. For indicators the council supplies, its latest figure may be for any period: keep them
    // all. Other periods are read only for the LA and its comparators (series), never for every LA.
    const eligible = dataset.periods(def.id).filter((p) => !asAtEnd || p.end <= asAtEnd);
    const nationalPeriods = mine ? eligible : eligible.slice(-2);
    const nationalKeys = new Set(nationalPeriods.map(keyOf));
    for (const o of dataset.series(def.id, la.code)) {
      if (o.value !== null) publishedIds.add(def.id);
      const obs: Observation = { ...rename(o, def.id), origin: "published" };
      // The LA's published series joins its own figures in the trend (the council's own figure wins a period
      // both give, as the report's observations list it first).
      observations.push(obs);
      if (!mine && !nationalKeys.has(keyOf(obs.period))) nationalValues.push(obs);
    }
    for (const code of comparatorCodes)
      for (const o of dataset.series(def.id, code)) observations.push(rename(o, def.id));
    for (const period of nationalPeriods) {
      for (const o of dataset.values(def.id, period)) {
        if (o.area === la.code ? !mine : laCodes.has(o.area)) nationalValues.push(rename(o, def.id));
      }
    }
  }

  let highPerformers: Gathered["highPerformers"];
  const hp = options.highPerformers;
  if (hp === "ofsted-outstanding") {
    const codes = listAreas({ kind: "la" })
      .filter((a) => ofstedJudgement(a.code)?.overallEffectiveness === "Outstanding")
      .map((a) => a.code);
    highPerformers = { label: "Local authorities rated Outstanding by Ofsted", codes };
  } else if (Array.isArray(hp) || (typeof hp === "object" && hp !== null)) {
    const list: readonly string[] = Array.isArray(hp) ? hp : (hp as { las: readonly string[] }).las;
    const codes: string[] = [];
    for (const name of list) {
      const m = findArea(name, { kinds: ["la"] });
      if (m.ok) codes.push(m.area.code);
      else notes.push(`High performers: "${name}" is not a local authority (${m.message})`);
    }
    highPerformers = {
      label: Array.isArray(hp) ? "Named high performers" : (hp as { label: string }).label,
      codes,
    };
  }
  if (highPerformers) {
    const codes = new Set(highPerformers.codes);
    for (const def of definitions) {
      if (!dataset.findMeasure(def.id)) continue;
      for (const code of codes) {
        if (comparatorCodes.has(code) || code === la.code) continue;
        for (const o of dataset.series(def.id, code)) observations.push(rename(o, def.id));
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
 * The comparators of an LA's scorecard from what {@link gatherPublished} found.
 * @example
 * scorecardComparators({ observations: [], nationalValues: [], neighbours: [], regionFallbacks: [], publishedIds: new Set(), source: "", notes: [] }).aggregate //=> "mean"
 */
export function scorecardComparators(
  gathered: Gathered,
  options: { readonly neighbourModel?: string; readonly aggregate?: "mean" | "median" } = {},
): ScorecardComparators {
  return {
    neighbours: gathered.neighbours,
    neighbourModel: options.neighbourModel ?? "2025",
    aggregate: options.aggregate ?? "mean",
    ...(gathered.region ? { region: gathered.region } : {}),
    regionFallbacks: gathered.regionFallbacks,
    ...(gathered.highPerformers ? { highPerformers: gathered.highPerformers } : {}),
  };
}

/**
 * Data-quality notes on the published figures: comparator choices that could not be honoured, and the
 * indicators for which the council's own figures are used where both give a figure for a period.
 * @example
 * publishedNotes({ observations: [], nationalValues: [], neighbours: [], regionFallbacks: [], publishedIds: new Set(), source: "", notes: ["x"] }, new Set(), [], "Wiltshire")[0]?.code //=> "comparator"
 */
export function publishedNotes(
  gathered: Gathered,
  localIds: ReadonlySet<string>,
  definitions: readonly IndicatorDefinition[],
  laName: string,
): DataQualityEntry[] {
  const notes: DataQualityEntry[] = gathered.notes.map((n) => ({ code: "comparator", message: n }));
  const both = [...localIds].filter((id) => gathered.publishedIds.has(id));
  if (both.length > 0) {
    const names = both.map((id) => definitions.find((d) => d.id === id)?.shortTitle ?? id);
    notes.push({
      code: "local-and-published",
      message: `${laName}'s own figures for ${names.join(", ")} come from the local file and join its published figures in the trend; where both give a figure for the same period, the council's own is used`,
    });
  }
  return notes;
}
