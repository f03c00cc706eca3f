import { basename } from "node:path";
import { buildScorecard } from "@kpikit/core";
import { localObservations } from "@kpikit/csc";
import { usageError } from "../_lib/errors.js";
import { resolveLa } from "../_lib/resolve.js";
import { checkedConfigRows } from "./config-rows.js";
import { reportComparators, reportComparison, reportGlossary, reportRagPolicy } from "./config-settings.js";
import { controlLocalDisclosure } from "./disclosure.js";
import { gatherPublished, publishedNotes } from "./gather.js";
import { allDefinitions, indicatorFinder, localDefinition } from "./indicators.js";
import { readReportLocalFigures } from "./local-figures.js";
import { reportPlan } from "./plan.js";
import { planFiles } from "./plan-files.js";
import { reportProvenance } from "./provenance.js";
import { asAtPeriod, loadReportConfig } from "./report-config.js";
import { checkToday, reportDate } from "./report-date.js";
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
  const asAt = asAtPeriod(request.period ?? config?.period);

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
  const observations = [...gathered.observations, ...controlled.observations];
  // A wide table's rows carry their own comparison (the previous column with a figure) and notes.
  const rows = withTableRows(
    planned.rows.length > 0
      ? planned.rows
      : defaultRows(planned, local.figures, definitions, gathered.publishedIds),
    local.indicators,
  );

  // The plan is rated as at the report's own day: --today, KPIKIT_TODAY, else the date of the data.
  const generated = reportDate(request.today, observations, la.code, asAt);
  const plan = await reportPlan(
    planFiles(request.plan, request.cwd, config, request.configName),
    generated,
    observations,
    la.code,
  );
  const scorecard = buildScorecard({
    title: request.title ?? config?.title ?? `${la.name} children's services performance`,
    area: { code: la.code, name: la.name, kind: "la", ...(la.onsCode ? { onsCode: la.onsCode } : {}) },
    ...(asAt ? { period: asAt } : {}),
    generated,
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
      plan.provenance,
    ),
    dataQuality: [
      ...local.dataQuality,
      ...publishedNotes(gathered, localIds, definitions, la),
      ...controlled.dataQuality,
    ],
    ...reportComparison(config, baseline),
    ...(plan.plan ? { plan: plan.plan } : {}),
  });
  return { scorecard, la, warnings: [...local.warnings, ...plan.warnings] };
}
