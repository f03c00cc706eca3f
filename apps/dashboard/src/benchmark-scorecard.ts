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
  gatherPublished,
  loadPublished,
  type PublishedDataset,
  publishedNotes,
  scorecardComparators,
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
   * The LA's own figures (computed from its CIN census or SSDA903 files, or read from a local figures file). For
   * each indicator given, these take the LA's place in the national ranking and join its published series in the
   * trend (the council's own figure wins a period both give); comparators come from the published data. The
   * `area` of each is set to the LA's code.
   */
  readonly local?: readonly Observation[];
  /** What the own figures are, for provenance: computed from returns (default) or a local figures file. */
  readonly localSource?: { readonly kind: "return" | "local"; readonly name: string };
  /** Only these indicators get a row (default: every indicator with a figure for the LA). */
  readonly only?: readonly string[];
  readonly title?: string;
  /** The published figures: default the bundled ones; with newer DfE files, `withPublishedFiles`. */
  readonly dataset?: PublishedDataset;
}

/**
 * A benchmark scorecard for one LA from the published data (plus, optionally, its own figures): every catalogue
 * indicator with figures, compared with the LA's statistical neighbours (2025 model, mean), its region (a London
 * borough's Inner or Outer London, falling back to London, as `kpikit report` does: both assemble the input with
 * @kpikit/csc's gatherPublished) and England, with national rank, band and the top-quartile threshold; default
 * RAG policy.
 */
export function buildBenchmarkScorecard(la: CscArea, options: BenchmarkScorecardOptions = {}): Scorecard {
  const dataset = options.dataset ?? loadPublished();
  const local = (options.local ?? [])
    .filter((o) => !options.period || o.period.end <= options.period.end)
    .map((o): Observation => ({ ...o, area: la.code, origin: "local" }));
  const localIds = new Set(local.map((o) => o.indicatorId));
  const onlyIds = options.only ? new Set(options.only) : null;
  const published = catalogue.filter((d) => dataset.findMeasure(d.id));
  const definitions = [
    ...published,
    ...catalogue.filter((d) => localIds.has(d.id) && !published.includes(d)),
  ].filter((d) => !onlyIds || onlyIds.has(d.id));
  const gathered = gatherPublished(la, {
    definitions,
    ownIndicators: localIds,
    ...(options.period ? { asAtEnd: options.period.end } : {}),
    dataset,
  });
  // The council's own figures first: where it and the published data give a figure for a period, its own is used.
  const observations = [
    ...local,
    ...gathered.observations.filter((o) => !options.period || o.period.end <= options.period.end),
  ];
  const ids = new Set(
    observations.filter((o) => o.area === la.code && o.value !== null).map((o) => o.indicatorId),
  );
  const ends = observations.filter((o) => o.area === la.code).map((o) => o.period.end);
  const source = options.localSource ?? { kind: "return" as const, name: "Your own returns" };
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
    comparators: scorecardComparators(gathered),
    nationalValues: gathered.nationalValues,
    policy: defaultRagPolicy,
    glossary: cscGlossary(),
    provenance: [
      ...(local.length > 0
        ? [
            {
              name: source.name,
              kind: source.kind,
              description: `${la.name}'s own figures, ${source.kind === "return" ? "computed" : "read"} in the browser: ${[...new Set(local.map((o) => o.source).filter(Boolean))].join("; ")}`,
            },
          ]
        : []),
      {
        name: dataset.source,
        kind: "published",
        description:
          "England, regions, statistical neighbours and every LA (bundled, with any newer DfE files opened)",
      },
      { name: "DfE statistical neighbours", kind: "reference", description: "2025 model" },
    ],
    dataQuality: publishedNotes(gathered, localIds, definitions, la.name),
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
