import { kpikitError } from "../errors.js";
import { findAcronyms, unexplainedAcronyms } from "../glossary/index.js";
import type { GlossaryEntry } from "../glossary/types.js";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Area } from "../observation/types.js";
import { comparePeriods } from "../period/index.js";
import type { Period } from "../period/types.js";
import { defaultRagPolicy } from "../rag/index.js";
import { buildRow } from "./build-row.js";
import type { ScorecardComparison, ScorecardInput, ScorecardRowConfig } from "./input.js";
import { poolObservations } from "./observation-pool.js";
import { planSection } from "./plan-section.js";
import { ragKey, ragKeyRules } from "./rag-key.js";
import type { ResolvedComparators } from "./row-benchmarks.js";
import { scorecardSummary } from "./summary.js";
import type { DataQualityEntry, Scorecard, ScorecardPlan, ScorecardRow } from "./types.js";

const ENGLAND: Area = { code: "E92000001", name: "England", kind: "england" };

/**
 * Builds the Scorecard document from definitions, observations, comparators, targets and a RAG policy.
 * Pure and deterministic: the same input gives the same document (`generated` is a parameter, never the
 * clock). Every figure left out is accounted for in `dataQuality`.
 *
 * Per row: `current` is the LA's latest figure ending on or before `period` (whatever its status, so a
 * suppressed latest figure shows as `[c]`); `previous` is the latest earlier figure comparable with it
 * (`checkComparable`), or, when there is none, the latest earlier figure, giving `not-comparable`; the
 * trend is every comparable figure, oldest first. The Fingertips recent trend needs 5 figures with counts
 * (proportions and rates); the XmR chart 15 figures with values. Benchmarks are all for one period: the
 * current one, or the latest earlier period with comparator figures when there are none for it (noted).
 * With `comparison: { kind: "baseline", baseline }`, a row with a figure for the baseline period compares
 * the current figure with it instead, even across different kinds of period (see {@link ScorecardComparison}).
 * @param input see {@link ScorecardInput}.
 * @throws kpikitError `invalid-generated-date` when `generated` is not an ISO date; `unknown-comparison`
 * when `comparison.kind` is not one of the kinds above.
 * @example
 * const fy = (y: number) => ({ kind: "financial-year", startYear: y, start: `${y}-04-01`, end: `${y + 1}-03-31`, label: `${y}/${String(y + 1).slice(2)}` }) as const;
 * const def = { id: "re-referrals-12m", title: "Re-referrals within 12 months", shortTitle: "Re-referrals", description: "", unit: "percent", polarity: "lower-is-better", decimals: 1, periodType: "financial-year", source: "cin-census", aliases: [], acronyms: [], method: "" } as const;
 * const observations = [{ indicatorId: def.id, area: "865", period: fy(2023), value: 15, status: "ok" }, { indicatorId: def.id, area: "865", period: fy(2024), value: 18.9, status: "ok" }] as const;
 * const sc = buildScorecard({ area: { code: "865", name: "Wiltshire", kind: "la" }, generated: "2025-06-30", definitions: [def], observations, comparators: { neighbours: [] } });
 * sc.rows[0].directionReason //=> "Up from 15.0% to 18.9%; lower is better"
 */
export function buildScorecard(input: ScorecardInput): Scorecard {
  if (
    typeof input.generated !== "string" ||
    !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(input.generated)
  ) {
    throw kpikitError(
      "invalid-generated-date",
      `generated must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(input.generated)}`,
    );
  }
  const dataQuality: DataQualityEntry[] = [...(input.dataQuality ?? [])];
  const note = (e: DataQualityEntry) => dataQuality.push(e);
  const definitions = new Map<string, IndicatorDefinition>();
  for (const d of input.definitions) if (!definitions.has(d.id)) definitions.set(d.id, d);

  const c = input.comparators;
  const england = c.england ?? ENGLAND;
  const comparators: ResolvedComparators = {
    neighbours: c.neighbours,
    ...(c.neighbourModel === undefined ? {} : { neighbourModel: c.neighbourModel }),
    aggregate: c.aggregate ?? "mean",
    ...(c.region === undefined ? {} : { region: c.region }),
    regionFallbacks: c.regionFallbacks ?? [],
    england,
    englandCodes: c.england ? [c.england.code] : [ENGLAND.code, "970"],
    ...(c.highPerformers === undefined ? {} : { highPerformers: c.highPerformers }),
  };
  const excluded = new Set([
    ...comparators.englandCodes,
    ...(c.region ? [c.region.code] : []),
    ...comparators.regionFallbacks.map((a) => a.code),
  ]);
  const pool = poolObservations(
    definitions,
    input.observations,
    input.nationalValues ?? [],
    excluded,
    input.area.code,
    note,
  );

  let configs: readonly ScorecardRowConfig[];
  if (input.rows) {
    configs = input.rows.filter((r) => {
      if (definitions.has(r.indicatorId)) return true;
      note({
        code: "unknown-indicator",
        message: `Row "${r.indicatorId}" left out: no indicator has that id`,
        indicatorId: r.indicatorId,
      });
      return false;
    });
  } else {
    const own = (id: string) => (pool.series.get(id)?.get(input.area.code)?.size ?? 0) > 0;
    configs = [...definitions.keys()].filter(own).map((indicatorId) => ({ indicatorId }));
  }

  const policy = input.policy ?? defaultRagPolicy;
  const rows: ScorecardRow[] = configs.map((config) =>
    buildRow({
      definition: definitions.get(config.indicatorId)!,
      config,
      area: input.area,
      asAt: input.period,
      pool,
      comparators,
      policy,
      noChangeBand: input.noChangeBand,
      baseline: baselineOf(input.comparison),
      strict: input.comparison?.kind === "strict",
      note,
    }),
  );

  const sections: string[] = [];
  for (const row of rows)
    if (row.section !== undefined && !sections.includes(row.section)) sections.push(row.section);
  const key = ragKey(policy, rows);
  const title = input.title ?? `${input.area.name} performance scorecard`;
  const plan = input.plan === undefined ? undefined : planSection(input.plan);
  const { glossary, unexplained } = usedGlossary(input, title, rows, key, dataQuality, plan);
  for (const term of unexplained) {
    note({
      code: "unexplained-acronym",
      message: `"${term}" is used in the scorecard but the glossary does not explain it`,
    });
  }

  return {
    schemaVersion: 2,
    title,
    area: input.area,
    period: input.period ?? latestCurrentPeriod(rows),
    generated: input.generated,
    comparators: {
      ...(c.neighbourModel === undefined ? {} : { neighbourModel: c.neighbourModel }),
      neighbours: c.neighbours,
      aggregate: comparators.aggregate,
      ...(c.region === undefined ? {} : { region: c.region }),
      ...(c.highPerformers === undefined ? {} : { highPerformers: c.highPerformers.label }),
    },
    ...(sections.length > 0 ? { sections } : {}),
    rows,
    summary: scorecardSummary(rows),
    glossary,
    key,
    keyRules: ragKeyRules(policy, rows),
    provenance: input.provenance ?? [],
    dataQuality,
    ...(plan === undefined ? {} : { plan }),
  };
}

function baselineOf(comparison: ScorecardComparison | undefined): Period | undefined {
  if (comparison === undefined) return undefined;
  switch (comparison.kind) {
    case "previous-comparable":
    case "strict":
      return undefined;
    case "baseline":
      return comparison.baseline;
    default: {
      const never: never = comparison;
      throw kpikitError(
        "unknown-comparison",
        `comparison.kind must be "previous-comparable", "baseline" or "strict", got ${JSON.stringify((never as { kind: unknown }).kind)}`,
      );
    }
  }
}

function latestCurrentPeriod(rows: readonly ScorecardRow[]): Period | null {
  let latest: Period | null = null;
  for (const row of rows)
    if (row.current && (!latest || comparePeriods(row.current.period, latest) > 0))
      latest = row.current.period;
  return latest;
}

/**
 * The glossary entries for acronyms the Scorecard's text uses, in the glossary's (alphabetical) order,
 * and the acronyms it uses that the glossary does not explain.
 */
function usedGlossary(
  input: ScorecardInput,
  title: string,
  rows: readonly ScorecardRow[],
  key: Scorecard["key"],
  dataQuality: readonly DataQualityEntry[],
  plan: ScorecardPlan | undefined,
): { glossary: GlossaryEntry[]; unexplained: readonly string[] } {
  if (!input.glossary) return { glossary: [], unexplained: [] };
  const texts: string[] = [title];
  for (const row of rows) {
    texts.push(
      row.indicator.title,
      row.indicator.shortTitle,
      row.indicator.description,
      row.directionReason,
      row.rag.reason,
    );
    if (row.changeRating) texts.push(row.changeRating.reason);
    if (row.smallNumbers) texts.push(row.smallNumbers.reason);
    if (row.section) texts.push(row.section);
    if (row.note) texts.push(row.note);
    if (row.spc) texts.push(row.spc.summary);
    if (row.recentTrend) texts.push(row.recentTrend.summary);
    if (row.target?.source) texts.push(row.target.source);
  }
  for (const k of key) texts.push(k.meaning);
  for (const d of dataQuality) texts.push(d.message);
  // The sources are shown in the report too ("LAIT", "SSDA903 returns"), so their acronyms need explaining.
  for (const p of input.provenance ?? []) texts.push(p.name, p.description ?? "");
  if (input.comparators.highPerformers) texts.push(input.comparators.highPerformers.label);
  if (plan) {
    texts.push(plan.title, ...plan.themes.map((t) => t.title), ...plan.key.map((k) => k.meaning));
    for (const a of plan.actions) {
      texts.push(a.text, a.owner ?? "", a.source ?? "", a.rating.reason, a.evidenceOfImpact ?? "");
      texts.push(
        ...a.flags.map((f) => f.text),
        ...a.milestones.map((m) => m.title),
        a.latestUpdate?.text ?? "",
      );
      texts.push(...a.indicators.flatMap((i) => [i.title, i.rating.reason]));
    }
  }
  const text = texts.join("\n");
  const used = new Set(findAcronyms(text, input.glossary).map((m) => m.term));
  return {
    glossary: input.glossary.entries.filter((e) => used.has(e.term)),
    unexplained: unexplainedAcronyms(text, input.glossary),
  };
}
