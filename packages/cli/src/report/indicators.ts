import type { IndicatorDefinition } from "@kpikit/core";
import { catalogue, findIndicator, type LocalFiguresResolver } from "@kpikit/csc";
import type { LocalIndicatorConfig } from "../read/config-schema.js";

/** A config's local indicator as a full IndicatorDefinition (source `local`). */
export function localDefinition(c: LocalIndicatorConfig): IndicatorDefinition {
  return {
    id: c.id,
    title: c.title,
    shortTitle: c.shortTitle ?? c.title,
    description: c.description ?? c.title,
    unit: c.unit,
    polarity: c.polarity,
    ...(c.polarityReason ? { polarityReason: c.polarityReason } : {}),
    decimals: c.decimals ?? (c.unit === "percent" ? 1 : 0),
    periodType: "financial-year",
    source: "local",
    aliases: c.aliases ?? [],
    acronyms: c.acronyms ?? [],
    method: c.method ?? "Defined locally in the kpikit config.",
    ...(c.topic ? { topic: c.topic } : {}),
  };
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();

/** Looks indicators up in the config's local indicators first, then the catalogue (`findIndicator`). */
export function indicatorFinder(
  locals: readonly IndicatorDefinition[],
): LocalFiguresResolver["findIndicator"] {
  const byName = new Map<string, IndicatorDefinition>();
  for (const d of locals)
    for (const name of [d.id, d.title, d.shortTitle, ...d.aliases]) byName.set(norm(name), d);
  return (text) => {
    const local = byName.get(norm(text));
    if (local) return { ok: true, indicator: local };
    return findIndicator(text);
  };
}

/** Every definition a report can use: the catalogue plus local ones (a local id replaces a catalogue id). */
export function allDefinitions(locals: readonly IndicatorDefinition[]): readonly IndicatorDefinition[] {
  const ids = new Set(locals.map((d) => d.id));
  return [...catalogue.filter((d) => !ids.has(d.id)), ...locals];
}
