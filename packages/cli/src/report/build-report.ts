import { basename } from "node:path";
import {
  applyDisclosureControl,
  buildScorecard,
  defaultRagPolicy,
  type IndicatorDefinition,
  type Issue,
  type Observation,
  type Period,
  parsePeriod,
  parseValue,
  type RagPolicy,
  type RagTolerance,
  type Scorecard,
  type ScorecardRowConfig,
} from "@kpikit/core";
import { type CscArea, cscGlossary, findArea } from "@kpikit/csc";
import { errorsOf, inputError, usageError } from "../_lib/errors.js";
import { resolveLa } from "../_lib/resolve.js";
import type { IndicatorRef, KpikitConfig } from "../read/config-schema.js";
import { interpretLocalFigures, type LocalFigure } from "../read/local-figures.js";
import { readTable } from "../read/read-table.js";
import { gatherPublished } from "./gather.js";
import { allDefinitions, indicatorFinder, localDefinition } from "./indicators.js";

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
  const warnings: Issue[] = [];
  let config: KpikitConfig | undefined;
  let locate: (path: readonly (string | number)[]) => { row?: number; column?: number } = () => ({});
  const configName = request.config ? basename(request.config) : undefined;
  if (request.config) {
    // Imported only when there is a config: it brings zod and yaml.
    const { loadConfig } = await import("../read/load-config.js");
    const loaded = await loadConfig(request.config, request.configName ?? request.config);
    if (!loaded.ok)
      throw inputError(
        `${request.configName ?? request.config}: the config has ${count(loaded.issues)}`,
        loaded.issues,
      );
    config = loaded.config;
    locate = loaded.locate;
  }
  const laText = request.la ?? config?.la;
  if (!laText) throw usageError("report: give --la <code|name> (or `la:` in the config)");
  const la = resolveLa(laText);

  const locals = (config?.localIndicators ?? []).map(localDefinition);
  const find = indicatorFinder(locals);
  const configIssues: Issue[] = [];
  const resolveRef = (text: string, path: (string | number)[]): IndicatorDefinition | undefined => {
    const m = find(text);
    if (m.ok) return m.indicator;
    const c = m.candidates.slice(0, 3).map((x) => `"${x.indicator.id}"`);
    configIssues.push({
      code: "unknown-indicator",
      file: request.configName ?? request.config ?? "config",
      path,
      message: `unknown indicator "${text}" at ${path.join(".")}${c.length ? `; did you mean ${c.join(" or ")}?` : ""}`,
    });
    return undefined;
  };

  // Rows from the config: sections in order, then unsectioned indicators.
  const rowConfigs: ScorecardRowConfig[] = [];
  // Per indicator: the row's target settings (local targets fill rows the config gave none).
  const settings = new Map<
    string,
    { readonly target?: number; readonly stretch?: number; readonly tolerance?: RagTolerance }
  >();
  const addRef = (ref: IndicatorRef, path: (string | number)[], section?: string) => {
    const entry = typeof ref === "string" ? { id: ref } : ref;
    const def = resolveRef(entry.id, path);
    if (!def) return;
    if (rowConfigs.some((r) => r.indicatorId === def.id)) {
      configIssues.push({
        code: "duplicate-indicator",
        file: request.configName ?? request.config ?? "config",
        path,
        message: `${def.id} is listed twice`,
      });
      return;
    }
    const target = entry.target ?? config?.targets?.[entry.id] ?? config?.targets?.[def.id];
    const tolerance: RagTolerance | undefined =
      entry.tolerance ?? config?.tolerances?.[entry.id] ?? config?.tolerances?.[def.id];
    const targetValue =
      target === undefined
        ? undefined
        : numberOf(target, [...path, "target"], request.configName ?? request.config, configIssues);
    const stretch =
      entry.stretch === undefined
        ? undefined
        : numberOf(entry.stretch, [...path, "stretch"], request.configName ?? request.config, configIssues);
    rowConfigs.push({
      indicatorId: def.id,
      ...(section ? { section } : {}),
      ...(targetValue === undefined ? {} : { target: targetValue, targetSource: configName ?? "config" }),
      ...(stretch === undefined ? {} : { stretch }),
      ...(tolerance === undefined ? {} : { tolerance }),
      ...(entry.note ? { note: entry.note } : {}),
    });
    settings.set(def.id, {
      ...(targetValue === undefined ? {} : { target: targetValue }),
      ...(stretch === undefined ? {} : { stretch }),
      ...(tolerance === undefined ? {} : { tolerance }),
    });
  };
  for (const [i, s] of (config?.sections ?? []).entries()) {
    for (const [j, ref] of s.indicators.entries()) addRef(ref, ["sections", i, "indicators", j], s.title);
  }
  for (const [i, ref] of (config?.indicators ?? []).entries()) addRef(ref, ["indicators", i]);
  for (const key of Object.keys(config?.targets ?? {})) resolveRef(key, ["targets", key]);

  let baseline: Period | undefined;
  if (config?.comparison?.previous === "baseline" && !config.comparison.baseline) {
    configIssues.push({
      code: "missing-baseline",
      file: request.configName ?? request.config ?? "config",
      path: ["comparison", "previous"],
      message: "comparison.previous is baseline: give the baseline period too (e.g. baseline: 2018/19)",
    });
  }
  if (config?.comparison?.baseline) {
    const p = parsePeriod(config.comparison.baseline);
    if (p.ok) baseline = p.period;
    else
      configIssues.push({
        code: "bad-period",
        file: request.configName ?? request.config ?? "config",
        path: ["comparison", "baseline"],
        message: p.error.message,
      });
  }
  let asAt: Period | undefined;
  const periodText = request.period ?? config?.period;
  if (periodText) {
    const p = parsePeriod(periodText);
    if (!p.ok) throw usageError(`--period "${periodText}": ${p.error.message}`);
    asAt = p.period;
  }
  if (errorsOf(configIssues).length > 0)
    throw inputError(
      `${request.configName ?? request.config}: the config has ${count(configIssues)}`,
      configIssues.map((i) => ({ ...i, ...(i.path ? locate(i.path) : {}) })),
    );

  // Local figures.
  let figures: readonly LocalFigure[] = [];
  const dataQuality: {
    code: string;
    message: string;
    indicatorId?: string;
    source?: string;
    row?: number;
  }[] = [];
  if (request.local) {
    const table = await readTable(request.local, request.localName ?? request.local);
    if (!table.ok)
      throw inputError(
        `${request.localName ?? request.local}: cannot use the local figures file`,
        table.issues,
      );
    const result = interpretLocalFigures(table, {
      findIndicator: find,
      parsePeriod,
      parseValue,
      area: (text) => {
        const m = findArea(text, { kinds: ["la"] });
        if (!m.ok) return { ok: false, message: `"${text}" is not a local authority: ${m.message}` };
        if (m.area.code === la.code) return { ok: true };
        return {
          ok: false,
          message: `this row is for ${m.area.name} (${m.area.code}) but the report is for ${la.name} (${la.code}); keep only ${la.name}'s figures in the file`,
        };
      },
    });
    if (errorsOf(result.issues).length > 0)
      throw inputError(
        `${request.localName ?? request.local}: the local figures have ${count(result.issues)}`,
        result.issues,
      );
    figures = result.figures;
    warnings.push(...result.issues);
    for (const w of result.issues)
      dataQuality.push({
        code: w.code,
        message: w.message,
        source: basename(request.local),
        ...(w.row === undefined ? {} : { row: w.row }),
      });
    for (const s of result.skipped)
      if (!s.reason.includes("template row"))
        dataQuality.push({
          code: "local-row-skipped",
          message: s.reason,
          source: basename(request.local),
          row: s.row,
        });
  }
  const localIds = new Set(figures.map((f) => f.indicator.id));
  const definitions = allDefinitions(locals);
  const gathered = gatherPublished(
    la,
    rowConfigs.length > 0
      ? definitions.filter((d) => rowConfigs.some((r) => r.indicatorId === d.id))
      : definitions,
    config,
    localIds,
    asAt?.end,
  );
  for (const n of gathered.notes) dataQuality.push({ code: "comparator", message: n });
  const replaced = [...localIds].filter((id) => gathered.publishedIds.has(id));
  if (replaced.length > 0) {
    const names = replaced.map((id) => definitions.find((d) => d.id === id)?.shortTitle ?? id);
    dataQuality.push({
      code: "local-replaces-published",
      message: `${la.name}'s own figures for ${names.join(", ")} come from the local file; its published (LAIT) figures for these indicators are not used`,
    });
  }
  const localObservations: Observation[] = figures.map((f) => ({
    indicatorId: f.indicator.id,
    area: la.code,
    period: f.period,
    value: f.value,
    status: f.status,
    ...(f.numerator === undefined ? {} : { numerator: f.numerator }),
    ...(f.denominator === undefined ? {} : { denominator: f.denominator }),
    source: `${basename(request.local ?? f.file)} row ${f.row}`,
    ...(f.range
      ? { note: `written as ${f.range.low}–${f.range.high}; the midpoint is used` }
      : f.note
        ? { note: f.note }
        : {}),
  }));
  // Local targets (the file's target column) fill rows the config gave no target.
  for (const f of figures) {
    if (f.target === undefined) continue;
    const existing = rowConfigs.find((r) => r.indicatorId === f.indicator.id);
    if (existing && existing.target === undefined) {
      rowConfigs[rowConfigs.indexOf(existing)] = {
        ...existing,
        target: f.target,
        targetSource: basename(f.file),
      };
      settings.set(f.indicator.id, { ...settings.get(f.indicator.id), target: f.target });
    } else if (!existing && rowConfigs.length === 0)
      settings.set(f.indicator.id, { ...settings.get(f.indicator.id), target: f.target });
  }

  // Disclosure control on the council's own figures (published ones are already controlled by DfE):
  // small numerators and small counts are suppressed, shown as [c], unless the config turns it off.
  let controlled: readonly Observation[] = localObservations;
  if (config?.suppression?.enabled !== false && localObservations.length > 0) {
    const countIndicators = [
      ...new Set(figures.filter((f) => f.indicator.unit === "count").map((f) => f.indicator.id)),
    ];
    const result = applyDisclosureControl(localObservations, {
      ...(config?.suppression?.threshold === undefined ? {} : { threshold: config.suppression.threshold }),
      countIndicators,
    });
    controlled = result.observations;
    for (const r of result.suppressed)
      dataQuality.push({
        code: "suppressed",
        message: `${r.indicatorId} ${r.period}: suppressed for disclosure control (${r.reason})`,
        indicatorId: r.indicatorId,
      });
  }
  const observations = [...gathered.observations, ...controlled];
  const ownEnds = observations
    .filter((o) => o.area === la.code && (!asAt || o.period.end <= asAt.end))
    .map((o) => o.period.end);
  const generated = request.today ?? [...ownEnds].sort().at(-1) ?? "1970-01-01";

  // The config's rag section has RagPolicy's shape (checked by the config schema).
  const policy: RagPolicy = config?.rag
    ? ({
        defaults: config.rag.defaults ?? defaultRagPolicy.defaults,
        ...(config.rag.indicators ? { indicators: config.rag.indicators } : {}),
      } as RagPolicy)
    : defaultRagPolicy;
  let rows: ScorecardRowConfig[] | undefined = rowConfigs.length > 0 ? rowConfigs : undefined;
  if (!rows && figures.length > 0) {
    // No config rows: every indicator with a local figure (in file order), then those with published data.
    const ids = [
      ...new Set([
        ...figures.map((f) => f.indicator.id),
        ...definitions.filter((d) => gathered.publishedIds.has(d.id)).map((d) => d.id),
      ]),
    ];
    rows = ids.map((id) => {
      const s = settings.get(id);
      return {
        indicatorId: id,
        ...(s?.target === undefined ? {} : { target: s.target, targetSource: "local figures" }),
      };
    });
  }
  const provenance = [
    {
      name: gathered.source,
      kind: "published" as const,
      description: "Bundled with kpikit: England, regions, statistical neighbours and every local authority",
    },
    ...(request.local
      ? [
          {
            name: basename(request.local),
            kind: "local" as const,
            description: `${figures.length} figures supplied by ${la.name}`,
          },
        ]
      : []),
    ...(request.config
      ? [
          {
            name: basename(request.config),
            kind: "config" as const,
            description: "Indicators, sections, targets, comparators and rating rules (red, amber, green)",
          },
        ]
      : []),
    {
      name: "DfE statistical neighbours",
      kind: "reference" as const,
      description: `${String(config?.comparators?.neighbourModel ?? "2025")} model`,
    },
  ];
  const scorecard = buildScorecard({
    title: request.title ?? config?.title ?? `${la.name} children's services performance`,
    area: { code: la.code, name: la.name, kind: "la", ...(la.onsCode ? { onsCode: la.onsCode } : {}) },
    ...(asAt ? { period: asAt } : {}),
    generated,
    definitions,
    observations,
    ...(rows ? { rows } : {}),
    comparators: {
      neighbours: gathered.neighbours,
      neighbourModel: String(config?.comparators?.neighbourModel ?? "2025"),
      aggregate: config?.comparators?.aggregate ?? "mean",
      ...(gathered.region ? { region: gathered.region } : {}),
      regionFallbacks: gathered.regionFallbacks,
      ...(gathered.highPerformers ? { highPerformers: gathered.highPerformers } : {}),
    },
    nationalValues: gathered.nationalValues,
    policy,
    glossary: cscGlossary(
      (config?.glossary ?? []).map((g) => ({
        term: g.term,
        expansion: g.expansion,
        ...(g.description ? { description: g.description } : {}),
      })),
    ),
    provenance,
    dataQuality,
    ...(config?.comparison?.noChangeBand === undefined
      ? {}
      : { noChangeBand: config.comparison.noChangeBand }),
    // The committee table's own comparison: each row with a baseline figure is compared with it.
    ...(config?.comparison?.previous === "baseline" && baseline
      ? { comparison: { kind: "baseline" as const, baseline } }
      : {}),
  });
  return { scorecard, la, warnings };
}

function numberOf(
  value: number | string,
  path: (string | number)[],
  file: string | undefined,
  issues: Issue[],
): number | undefined {
  if (typeof value === "number") return value;
  const v = parseValue(value);
  if (v.kind === "number" || v.kind === "range") return v.value;
  issues.push({
    code: "bad-target",
    file: file ?? "config",
    path,
    message: `${path.join(".")}: "${value}" is not a number`,
  });
  return undefined;
}

function count(issues: readonly Issue[]): string {
  const n = errorsOf(issues).length;
  return n === 1 ? "1 problem" : `${n} problems`;
}
