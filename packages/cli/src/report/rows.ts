import { basename } from "node:path";
import type { IndicatorDefinition, Issue, RagTolerance, ScorecardRowConfig } from "@kpikit/core";
import { parseValue } from "@kpikit/core";
import type { LocalFigure, LocalFiguresResolver, LocalIndicatorRow } from "@kpikit/csc";
import type { IndicatorRef, KpikitConfig } from "../read/config-schema.js";

/** Per indicator: the row's target settings. */
type RowSettings = Map<
  string,
  { readonly target?: number; readonly stretch?: number; readonly tolerance?: RagTolerance }
>;

/** The report's rows as the config lists them, their settings, and the config's problems with them. */
export interface PlannedRows {
  /** Sections in order, then unsectioned indicators; empty when the config lists none. */
  readonly rows: ScorecardRowConfig[];
  readonly settings: RowSettings;
  readonly issues: readonly Issue[];
}

/**
 * The config's rows with their targets, stretch targets, tolerances and notes. Unknown or repeated
 * indicators, unknown indicators among `targets`, and targets that are not numbers are issues.
 * @param file The config's name in issues.
 * @param targetSource What a row's target says it came from (the config's file name).
 */
export function configRows(
  config: KpikitConfig | undefined,
  find: LocalFiguresResolver["findIndicator"],
  file: string,
  targetSource: string,
): PlannedRows {
  const rows: ScorecardRowConfig[] = [];
  const settings: RowSettings = new Map();
  const issues: Issue[] = [];
  const resolveRef = (text: string, path: (string | number)[]): IndicatorDefinition | undefined => {
    const m = find(text);
    if (m.ok) return m.indicator;
    const c = m.candidates.slice(0, 3).map((x) => `"${x.indicator.id}"`);
    issues.push({
      code: "unknown-indicator",
      file,
      path,
      message: `unknown indicator "${text}" at ${path.join(".")}${c.length ? `; did you mean ${c.join(" or ")}?` : ""}`,
    });
    return undefined;
  };
  const addRef = (ref: IndicatorRef, path: (string | number)[], section?: string) => {
    const entry = typeof ref === "string" ? { id: ref } : ref;
    const def = resolveRef(entry.id, path);
    if (!def) return;
    if (rows.some((r) => r.indicatorId === def.id)) {
      issues.push({ code: "duplicate-indicator", file, path, message: `${def.id} is listed twice` });
      return;
    }
    const target = entry.target ?? config?.targets?.[entry.id] ?? config?.targets?.[def.id];
    const tolerance: RagTolerance | undefined =
      entry.tolerance ?? config?.tolerances?.[entry.id] ?? config?.tolerances?.[def.id];
    // A no-change band is written as a tolerance is (2, "2 pts", "10%") and has the same shape.
    const noChangeBand: RagTolerance | undefined =
      entry.noChangeBand ?? config?.noChangeBands?.[entry.id] ?? config?.noChangeBands?.[def.id];
    const targetValue =
      target === undefined ? undefined : numberOf(target, [...path, "target"], file, issues);
    const stretch =
      entry.stretch === undefined ? undefined : numberOf(entry.stretch, [...path, "stretch"], file, issues);
    rows.push({
      indicatorId: def.id,
      ...(section ? { section } : {}),
      ...(targetValue === undefined ? {} : { target: targetValue, targetSource }),
      ...(stretch === undefined ? {} : { stretch }),
      ...(tolerance === undefined ? {} : { tolerance }),
      ...(noChangeBand === undefined ? {} : { noChangeBand }),
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
  return { rows, settings, issues };
}

/**
 * Local targets (the local file's target column, a wide table's target column) fill the rows the config gave
 * no target; with no config rows they are kept for {@link defaultRows}. Updates `planned` in place.
 */
export function applyLocalTargets(
  planned: PlannedRows,
  targets: readonly {
    readonly indicatorId: string;
    readonly target?: number | undefined;
    readonly file: string;
  }[],
): void {
  const { rows, settings } = planned;
  for (const f of targets) {
    if (f.target === undefined) continue;
    const existing = rows.find((r) => r.indicatorId === f.indicatorId);
    if (existing && existing.target === undefined) {
      rows[rows.indexOf(existing)] = { ...existing, target: f.target, targetSource: basename(f.file) };
      settings.set(f.indicatorId, { ...settings.get(f.indicatorId), target: f.target });
    } else if (!existing && rows.length === 0)
      settings.set(f.indicatorId, { ...settings.get(f.indicatorId), target: f.target });
  }
}

/**
 * The rows with what a wide table says of each: the period its latest figure is compared with (the table's
 * previous column with a figure), and its comments, own rating and benchmarks as the row's note where the
 * config gives none. Rows of a long file, or with no table row, are unchanged.
 */
export function withTableRows(
  rows: readonly ScorecardRowConfig[] | undefined,
  table: readonly LocalIndicatorRow[],
): ScorecardRowConfig[] | undefined {
  if (!rows || table.length === 0) return rows ? [...rows] : undefined;
  const byId = new Map(table.map((t) => [t.indicatorId, t]));
  return rows.map((r) => {
    const t = byId.get(r.indicatorId);
    if (!t) return r;
    return {
      ...r,
      ...(t.baseline && r.baseline === undefined ? { baseline: t.baseline } : {}),
      ...(t.note && r.note === undefined ? { note: t.note } : {}),
    };
  });
}

/**
 * The rows of a report whose config lists none: every indicator with a local figure (in file order), then
 * those with published data, with the local targets. `undefined` (the Scorecard's own default) when there
 * are no local figures.
 */
export function defaultRows(
  planned: PlannedRows,
  figures: readonly LocalFigure[],
  definitions: readonly IndicatorDefinition[],
  publishedIds: ReadonlySet<string>,
): ScorecardRowConfig[] | undefined {
  if (figures.length === 0) return undefined;
  const ids = [
    ...new Set([
      ...figures.map((f) => f.indicator.id),
      ...definitions.filter((d) => publishedIds.has(d.id)).map((d) => d.id),
    ]),
  ];
  return ids.map((id) => {
    const s = planned.settings.get(id);
    return {
      indicatorId: id,
      ...(s?.target === undefined ? {} : { target: s.target, targetSource: "local figures" }),
    };
  });
}

function numberOf(
  value: number | string,
  path: (string | number)[],
  file: string,
  issues: Issue[],
): number | undefined {
  if (typeof value === "number") return value;
  const v = parseValue(value);
  if (v.kind === "number" || v.kind === "range") return v.value;
  issues.push({ code: "bad-target", file, path, message: `${path.join(".")}: "${value}" is not a number` });
  return undefined;
}
