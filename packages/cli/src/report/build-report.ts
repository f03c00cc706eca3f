import { basename } from "node:path";
import { buildScorecard, type Issue, type Observation, type Period, type Scorecard } from "@kpikit/core";
import {
  formerAreaNote,
  gatherPublished,
  type LocalFigure,
  localObservations,
  type PublishedDataset,
  publishedNotes,
  readableAreaName,
  scorecardComparators,
} from "@kpikit/csc";
import { usageError } from "../_lib/errors.js";
import { resolveLa } from "../_lib/resolve.js";
import { checkedConfigRows } from "./config-rows.js";
import { reportComparison, reportGlossary, reportRagPolicy } from "./config-settings.js";
import { controlLocalDisclosure } from "./disclosure.js";
import { allDefinitions, indicatorFinder, localDefinition } from "./indicators.js";
import { readReportLocalFigures } from "./local-figures.js";
import { reportPlan } from "./plan.js";
import { planFiles } from "./plan-files.js";
import { reportProvenance } from "./provenance.js";
import { readPublishedFiles } from "./published-files.js";
import { asAtPeriod, loadReportConfig } from "./report-config.js";
import { checkToday, planDay, reportDate } from "./report-date.js";
import type { BuiltReport, ReportRequest } from "./report-request.js";
import { applyLocalTargets, defaultRows, withTableRows } from "./rows.js";

export type { BuiltReport, ReportRequest };

/** Reads the inputs, gathers bundled benchmarks and builds the Scorecard. Bad input throws with every issue. */
export async function buildReport(request: ReportRequest): Promise<BuiltReport> {
  checkToday(request.today);
  const { config, locate } = await loadReportConfig(request.config, request.configName);
  const laText = request.la ?? config?.la;
  if (!laText) throw usageError("report: give --la <code|name> (or `la:` in the config)");
  const la = resolveLa(laText);

  // The config's rows and periods; every problem in it is reported at once.
  const locals = (config?.localIndicators ?? []).map(localDefinition);
  const find = indicatorFinder(locals);
  const { planned, baseline } = checkedConfigRows(config, find, locate, request.config, request.configName);
  // A former LA (Cumbria) is reported as at its last year unless a period is asked for, and the paper says so.
  const former = formerAreaNote(la);
  const asked = asAtPeriod(request.period ?? config?.period ?? former?.lastPeriod);

  // The council's own figures, and the published ones (bundled, with any newer files) the report shows.
  const local = await readReportLocalFigures(request.local, request.localName, find, la);
  const published = await readPublishedFiles(request.published ?? [], request.cwd);
  const localIds = new Set(local.figures.map((f) => f.indicator.id));
  // With local figures the report is as at their latest period, unless --period (or the config) says otherwise.
  const asAt = asked ?? localAsAt(local.figures);
  const definitions = allDefinitions(locals);
  const shown = planned.rows.map((r) => r.indicatorId);
  const hp = config?.comparators?.highPerformers;
  const gathered = gatherPublished(la, {
    definitions: shown.length > 0 ? definitions.filter((d) => shown.includes(d.id)) : definitions,
    neighbourModel: String(config?.comparators?.neighbourModel ?? "2025") as "2025" | "2021",
    ...(hp === undefined ? {} : { highPerformers: hp }),
    ownIndicators: localIds,
    ...(asAt ? { asAtEnd: asAt.end } : {}),
    dataset: published.dataset,
  });
  applyLocalTargets(planned, [
    ...local.figures.map((f) => ({ indicatorId: f.indicator.id, target: f.target, file: f.file })),
    ...local.indicators.map((r) => ({
      indicatorId: r.indicatorId,
      target: r.target,
      file: request.localName ?? "local figures",
    })),
  ]);
  const controlled = controlLocalDisclosure(
    localObservations(local.figures, la.code, request.local ? basename(request.local) : undefined),
    local.figures,
    config,
  );
  // The council's own figures first: where it and a published file give a figure for a period, its own is used.
  // A --period (or the config's period) is a hard "as at": the LA's published figures after it are left out,
  // rather than joining the trend as newer figures do when the report is as at the local figures' latest period.
  const observations = [
    ...controlled.observations,
    ...(asked
      ? gathered.observations.filter((o) => o.area !== la.code || o.period.end <= asked.end)
      : gathered.observations),
  ];
  // A wide table's rows carry their own comparison (the previous column with a figure) and notes.
  const rows = withTableRows(
    planned.rows.length > 0
      ? planned.rows
      : defaultRows(planned, local.figures, definitions, gathered.publishedIds),
    local.indicators,
  );

  // The report is dated --today (or KPIKIT_TODAY), else the day it is made; the plan is rated as at --today,
  // else the date of the data, never the clock.
  const generated = reportDate(request.today, new Date());
  const plan = await reportPlan(
    planFiles(request.plan, request.cwd, config, request.configName),
    planDay(request.today, observations, la.code, asAt),
    ownFirst(observations, la.code),
    la.code,
  );
  const scorecard = buildScorecard({
    title: request.title ?? config?.title ?? `${readableAreaName(la)} children's services performance`,
    area: {
      code: la.code,
      name: readableAreaName(la),
      kind: "la",
      ...(la.onsCode ? { onsCode: la.onsCode } : {}),
    },
    ...(asAt ? { period: asAt } : {}),
    generated,
    definitions,
    observations,
    ...(rows ? { rows } : {}),
    comparators: scorecardComparators(gathered, {
      neighbourModel: String(config?.comparators?.neighbourModel ?? "2025"),
      aggregate: config?.comparators?.aggregate ?? "mean",
    }),
    nationalValues: gathered.nationalValues,
    policy: reportRagPolicy(config),
    glossary: reportGlossary(config),
    provenance: reportProvenance(
      gathered.source,
      request.local ? { path: request.local, figures: local.figures.length } : undefined,
      request.config,
      config,
      la,
      [...published.provenance, ...plan.provenance],
      vintage(published.dataset, definitions, localIds),
    ),
    dataQuality: [
      ...(former ? [{ code: "former-la", message: `${former.message}.` }] : []),
      ...local.dataQuality,
      ...publishedNotes(gathered, localIds, definitions, la.name),
      ...controlled.dataQuality,
    ],
    ...reportComparison(config, baseline),
    ...(plan.plan ? { plan: plan.plan } : {}),
  });
  return {
    scorecard,
    la,
    warnings: [...local.warnings, ...published.warnings, ...plan.warnings, ...newerThanBenchmarks(scorecard)],
  };
}

/** The latest period of the council's own figures (the longest on a tie of end dates). */
function localAsAt(figures: readonly LocalFigure[]): Period | undefined {
  let best: Period | undefined;
  for (const f of figures) {
    const p = f.period;
    if (!best || p.end > best.end || (p.end === best.end && p.start < best.start)) best = p;
  }
  return best;
}

/** The data vintage: the latest period of the published figures for the indicators shown. */
function vintage(
  dataset: PublishedDataset,
  definitions: readonly { readonly id: string }[],
  localIds: ReadonlySet<string>,
): string {
  const ends = definitions
    .filter((d) => localIds.size === 0 || localIds.has(d.id))
    .map((d) => (dataset.findMeasure(d.id) ? dataset.latestPeriod(d.id) : undefined))
    .filter((p): p is Period => p !== undefined)
    .sort((a, b) => (a.end < b.end ? -1 : 1));
  const latest = ends.at(-1);
  return latest ? `published figures up to ${latest.label}` : "";
}

/** A warning for rows whose current figure is the council's own and newer than the benchmarks beside it. */
function newerThanBenchmarks(scorecard: Scorecard): Issue[] {
  const rows = scorecard.rows.filter(
    (r) =>
      r.current?.source !== undefined &&
      r.trend.some((t) => t.origin === "local" && t.period.end === r.current?.period.end) &&
      r.benchmarks.period !== undefined &&
      r.benchmarks.period !== null &&
      r.benchmarks.period.end < r.current.period.end,
  );
  if (rows.length === 0) return [];
  return [
    {
      code: "local-newer-than-benchmarks",
      severity: "warning",
      message: `${rows.length} of the council's own figures are newer than the published benchmarks beside them (${rows
        .slice(0, 3)
        .map(
          (r) =>
            `${r.indicator.shortTitle}: ${r.current?.period.label} against ${r.benchmarks.period?.label}`,
        )
        .join("; ")}${rows.length > 3 ? "; …" : ""}); give newer DfE files with --published`,
    },
  ];
}

/**
 * The observations with the LA's published figures left out where its own figures give one for the same
 * indicator and period (the scorecard notes each such pair; the plan sees only the council's figure).
 */
function ownFirst(observations: readonly Observation[], laCode: string): Observation[] {
  const key = (o: Observation) => `${o.indicatorId}|${o.period.kind}|${o.period.start}|${o.period.end}`;
  const own = new Set(observations.filter((o) => o.origin === "local").map(key));
  return observations.filter((o) => o.origin === "local" || o.area !== laCode || !own.has(key(o)));
}
