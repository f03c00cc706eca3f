import { basename } from "node:path";
import { buildScorecard, type Issue, type Scorecard } from "@kpikit/core";
import type { CscArea } from "@kpikit/csc";
import { errorsOf, inputError, usageError } from "../_lib/errors.js";
import { resolveLa } from "../_lib/resolve.js";
import { reportComparators, reportComparison, reportGlossary, reportRagPolicy } from "./config-settings.js";
import { controlLocalDisclosure } from "./disclosure.js";
import { gatherPublished, publishedNotes } from "./gather.js";
import { allDefinitions, indicatorFinder, localDefinition } from "./indicators.js";
import { localObservations, readReportLocalFigures } from "./local-figures.js";
import { problemCount } from "./problem-count.js";
import { reportProvenance } from "./provenance.js";
import { asAtPeriod, comparisonBaseline, loadReportConfig } from "./report-config.js";
import { reportDate } from "./report-date.js";
import { applyLocalTargets, configRows, defaultRows } from "./rows.js";

/** What `kpikit report` was asked for. */
export interface ReportRequest {
  readonly la?: string;
  readonly local?: string;
  /** The local file's name as the user wrote it (for messages); default: `local`. */
  readonly localName?: string;
  readonly config?: string;
  readonly configName?: string;
  readonly period?: string;
  /** `--today` or `KPIKIT_TODAY`; default: the end date of the latest figure used. */
  readonly today?: string;
  readonly title?: string;
}

/** A built report: the Scorecard and the warnings met on the way. */
export interface BuiltReport {
  readonly scorecard: Scorecard;
  readonly la: CscArea;
  readonly warnings: readonly Issue[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the inputs, gathers bundled benchmarks and builds the Scorecard. Bad input throws with every issue. */
export async function buildReport(request: ReportRequest): Promise<BuiltReport> {
  if (request.today !== undefined && !ISO_DATE.test(request.today))
    throw usageError(`--today "${request.today}": write the date as YYYY-MM-DD`);
  const { config, locate } = await loadReportConfig(request.config, request.configName);
  const laText = request.la ?? config?.la;
  if (!laText) throw usageError("report: give --la <code|name> (or `la:` in the config)");
  const la = resolveLa(laText);

  // The config's rows and periods; every problem in it is reported at once.
  const locals = (config?.localIndicators ?? []).map(localDefinition);
  const find = indicatorFinder(locals);
  const configFile = request.configName ?? request.config ?? "config";
  const planned = configRows(config, find, configFile, request.config ? basename(request.config) : "config");
  const { baseline, issues: baselineIssues } = comparisonBaseline(config, configFile);
  const asAt = asAtPeriod(request.period ?? config?.period);
  const configIssues = [...planned.issues, ...baselineIssues];
  if (errorsOf(configIssues).length > 0)
    throw inputError(
      `${request.configName ?? request.config}: the config has ${problemCount(configIssues)}`,
      configIssues.map((i) => ({ ...i, ...(i.path ? locate(i.path) : {}) })),
    );

  // The council's own figures, and the bundled published ones for the indicators the report shows.
  const local = await readReportLocalFigures(request.local, request.localName, find, la);
  const localIds = new Set(local.figures.map((f) => f.indicator.id));
  const definitions = allDefinitions(locals);
  const shown = planned.rows.map((r) => r.indicatorId);
  const gathered = gatherPublished(
    la,
    shown.length > 0 ? definitions.filter((d) => shown.includes(d.id)) : definitions,
    config,
    localIds,
    asAt?.end,
  );
  applyLocalTargets(planned, local.figures);
  const controlled = controlLocalDisclosure(
    localObservations(local.figures, request.local, la),
    local.figures,
    config,
  );
  const observations = [...gathered.observations, ...controlled.observations];
  const rows =
    planned.rows.length > 0
      ? planned.rows
      : defaultRows(planned, local.figures, definitions, gathered.publishedIds);

  const scorecard = buildScorecard({
    title: request.title ?? config?.title ?? `${la.name} children's services performance`,
    area: { code: la.code, name: la.name, kind: "la", ...(la.onsCode ? { onsCode: la.onsCode } : {}) },
    ...(asAt ? { period: asAt } : {}),
    generated: reportDate(request.today, observations, la.code, asAt),
    definitions,
    observations,
    ...(rows ? { rows } : {}),
    comparators: reportComparators(config, gathered),
    nationalValues: gathered.nationalValues,
    policy: reportRagPolicy(config),
    glossary: reportGlossary(config),
    provenance: reportProvenance(
      gathered.source,
      request.local ? { path: request.local, figures: local.figures.length } : undefined,
      request.config,
      config,
      la,
    ),
    dataQuality: [
      ...local.dataQuality,
      ...publishedNotes(gathered, localIds, definitions, la),
      ...controlled.dataQuality,
    ],
    ...reportComparison(config, baseline),
  });
  return { scorecard, la, warnings: local.warnings };
}
