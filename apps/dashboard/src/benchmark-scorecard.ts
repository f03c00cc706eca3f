import {
  buildScorecard,
  defaultRagPolicy,
  type IndicatorDefinition,
  type Observation,
  type Period,
  type Scorecard,
} from "@kpikit/core";
import {
  type CscArea,
  catalogue,
  cscGlossary,
  listAreas,
  loadPublished,
  statisticalNeighbours,
} from "@kpikit/csc";

/** Catalogue indicators that have bundled published (LAIT) data. */
export function publishedIndicators(): IndicatorDefinition[] {
  const dataset = loadPublished();
  return catalogue.filter((d) => dataset.findMeasure(d.id));
}

/** Financial years the bundled data covers, newest first (the "as at" choices). */
export function availableYears(): Period[] {
  const dataset = loadPublished();
  const byLabel = new Map<string, Period>();
  for (const d of publishedIndicators()) {
    for (const p of dataset.periods(d.id)) if (p.kind === "financial-year") byLabel.set(p.label, p);
  }
  return [...byLabel.values()].sort((a, b) => (a.end < b.end ? 1 : -1));
}

/** Options for {@link buildBenchmarkScorecard}. */
export interface BenchmarkScorecardOptions {
  /** The "as at" year: figures for periods ending after it are left out. */
  readonly period?: Period;
  /**
   * The LA's own figures (e.g. computed from its CIN census or SSDA903 files). For each indicator given, these
   * replace the LA's published figures (its whole series), and take the LA's place in the national ranking;
   * comparators still come from the bundled data. The `area` of each is set to the LA's code.
   */
  readonly local?: readonly Observation[];
  /** Only these indicators get a row (default: every indicator with a figure for the LA). */
  readonly only?: readonly string[];
  readonly title?: string;
}

/**
 * A benchmark scorecard for one LA from the bundled data (plus, optionally, its own figures): every catalogue
 * indicator with figures, compared with the LA's statistical neighbours (2025 model, mean), its region and
 * England, with national rank, band and the top-quartile threshold; default RAG policy.
 */
export function buildBenchmarkScorecard(la: CscArea, options: BenchmarkScorecardOptions = {}): Scorecard {
  const dataset = loadPublished();
  const local = (options.local ?? []).map((o) => ({ ...o, area: la.code }));
  const localIds = new Set(local.map((o) => o.indicatorId));
  const onlyIds = options.only ? new Set(options.only) : null;
  const published = publishedIndicators();
  const definitions = [
    ...published,
    ...catalogue.filter((d) => localIds.has(d.id) && !published.includes(d)),
  ].filter((d) => !onlyIds || onlyIds.has(d.id));
  const neighbours = statisticalNeighbours(la.code, "2025");
  const region = la.regionCode
    ? listAreas({ kind: "region" }).find((a) => a.code === la.regionCode)
    : undefined;
  const laCodes = new Set(listAreas({ kind: "la", includeLegacy: true }).map((a) => a.code));
  const comparatorCodes = new Set([
    la.code,
    ...neighbours.map((n) => n.code),
    ...(region ? [region.code] : []),
    "970",
  ]);
  const observations: Observation[] = [];
  const nationalValues: Observation[] = [];
  for (const def of definitions) {
    for (const period of dataset.periods(def.id)) {
      if (options.period && period.end > options.period.end) continue;
      for (const o of dataset.values(def.id, period)) {
        const obs = o.indicatorId === def.id ? o : { ...o, indicatorId: def.id };
        if (obs.area === la.code && localIds.has(def.id)) continue;
        if (laCodes.has(obs.area)) nationalValues.push(obs);
        if (comparatorCodes.has(obs.area)) observations.push(obs);
      }
    }
  }
  for (const o of local) {
    if (options.period && o.period.end > options.period.end) continue;
    observations.push(o);
    nationalValues.push(o);
  }
  const ids = new Set(
    observations.filter((o) => o.area === la.code && o.value !== null).map((o) => o.indicatorId),
  );
  const asArea = (a: CscArea, kind: "la" | "region") => ({
    code: a.code,
    name: a.name,
    kind,
    ...(a.onsCode ? { onsCode: a.onsCode } : {}),
  });
  const ends = observations.filter((o) => o.area === la.code).map((o) => o.period.end);
  const scorecard = buildScorecard({
    title: options.title ?? `${la.name}: children's services benchmarks`,
    area: { code: la.code, name: la.name, kind: "la", ...(la.onsCode ? { onsCode: la.onsCode } : {}) },
    ...(options.period ? { period: options.period } : {}),
    // biome-ignore lint/complexity/useMathMinMax: ISO dates are compared as strings, not numbers
    generated: ends.reduce((a, b) => (a > b ? a : b), "1970-01-01"),
    definitions,
    observations,
    rows: definitions
      .filter((d) => ids.has(d.id) || localIds.has(d.id))
      .map((d) => ({ indicatorId: d.id, ...(d.topic ? { section: d.topic } : {}) })),
    comparators: {
      neighbours: neighbours.map((n) => asArea(n, "la")),
      neighbourModel: "2025",
      aggregate: "mean",
      ...(region ? { region: asArea(region, "region") } : {}),
    },
    nationalValues,
    policy: defaultRagPolicy,
    glossary: cscGlossary(),
    provenance: [
      ...(local.length > 0
        ? [
            {
              name: "Your own returns",
              kind: "return" as const,
              description: `${la.name}'s own figures, computed in the browser: ${[...new Set(local.map((o) => o.source).filter(Boolean))].join("; ")}`,
            },
          ]
        : []),
      {
        name: dataset.source,
        kind: "published",
        description: "Bundled with kpikit: England, regions, statistical neighbours and every LA",
      },
      { name: "DfE statistical neighbours", kind: "reference", description: "2025 model" },
    ],
  });
  // Indicators are published for different periods (years, snapshots, September workforce counts): without a
  // chosen year no single date describes the scorecard, so none is shown; each row says its own period.
  return options.period ? scorecard : { ...scorecard, period: null };
}

/**
 * The indicator's latest period that ends by the end of the financial year `label` (so "2023/24" gives the
 * snapshot at 31 Mar 2024, or an academic year that ended in it); undefined when the year is unknown or the
 * indicator has no data by then.
 */
export function periodAsAt(indicatorId: string, label: string): Period | undefined {
  const year = availableYears().find((p) => p.label === label);
  if (!year) return undefined;
  const periods = loadPublished()
    .periods(indicatorId)
    .filter((p) => p.end <= year.end);
  return periods[periods.length - 1];
}
