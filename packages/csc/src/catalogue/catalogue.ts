import type { IndicatorDefinition } from "@kpikit/core";
import { laitMeasureDefinitions } from "../_data/lait-measures.generated.js";
import { adoptionIndicators } from "./curated-adoption.js";
import { careLeaverIndicators } from "./curated-care-leavers.js";
import { childProtectionIndicators } from "./curated-child-protection.js";
import { educationIndicators } from "./curated-education.js";
import { lookedAfterIndicators } from "./curated-looked-after.js";
import { referralIndicators } from "./curated-referrals.js";
import { workforceIndicators } from "./curated-workforce.js";
import { normaliseName } from "./text-match.js";

const curated: readonly IndicatorDefinition[] = [
  ...referralIndicators,
  ...childProtectionIndicators,
  ...lookedAfterIndicators,
  ...adoptionIndicators,
  ...careLeaverIndicators,
  ...workforceIndicators,
  ...educationIndicators,
];

const laitKey = (laitId: string): string => laitId.trim().toLowerCase();
const generatedByLait = new Map(laitMeasureDefinitions.map((d) => [laitKey(d.lait ?? ""), d]));

/** A curated definition that covers a LAIT measure also answers to LAIT's own names, and takes its no-quartile flag. */
function withLaitNames(def: IndicatorDefinition): IndicatorDefinition {
  const generated = def.lait === undefined ? undefined : generatedByLait.get(laitKey(def.lait));
  if (generated === undefined) return def;
  const seen = new Set([normaliseName(def.title), normaliseName(def.shortTitle)]);
  const aliases: string[] = [];
  for (const a of [...def.aliases, generated.shortTitle, generated.title, ...generated.aliases]) {
    const key = normaliseName(a);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    aliases.push(a);
  }
  return {
    ...def,
    aliases,
    ...(generated.noQuartile === true ? { noQuartile: true } : {}),
    ...(def.topic === undefined && generated.topic !== undefined ? { topic: generated.topic } : {}),
  };
}

const curatedLait = new Set(curated.flatMap((d) => (d.lait === undefined ? [] : [laitKey(d.lait)])));

/**
 * Every children's social care indicator kpikit knows: curated definitions (the wording councils use, with
 * methods) followed by one generated definition per remaining LAIT measure. One definition per LAIT id.
 *
 * @example
 * catalogue.find((d) => d.id === "re-referrals-12m")?.polarity
 * //=> "lower-is-better"
 */
export const catalogue: readonly IndicatorDefinition[] = Object.freeze([
  ...curated.map(withLaitNames),
  ...laitMeasureDefinitions.filter((d) => !curatedLait.has(laitKey(d.lait ?? ""))),
]);

const byId = new Map<string, IndicatorDefinition>(catalogue.map((d) => [d.id, d]));
const byLait = new Map<string, IndicatorDefinition>();
for (const d of catalogue) if (d.lait !== undefined) byLait.set(laitKey(d.lait), d);
// A generated id stays valid when a curated definition takes its measure over ("lait-rereferral").
const redirects = new Map<string, IndicatorDefinition>();
for (const g of laitMeasureDefinitions) {
  const target = byLait.get(laitKey(g.lait ?? ""));
  if (target !== undefined && target.id !== g.id) redirects.set(g.id, target);
}

/** Internal: generated ids that now resolve to a curated definition. */
export const laitIdRedirects: ReadonlyMap<string, IndicatorDefinition> = redirects;

/**
 * The indicator with this id (case and surrounding spaces ignored), or `undefined`. A generated LAIT id
 * (`lait-…`) still resolves after a curated definition has replaced it.
 *
 * @example
 * getIndicator("cpp-repeat")?.lait
 * //=> "PrevRegCPR"
 */
export function getIndicator(id: string): IndicatorDefinition | undefined {
  const key = id.trim().toLowerCase();
  return byId.get(key) ?? redirects.get(key);
}

/**
 * The indicator for a LAIT measure id (`measure_short`), case-insensitive, or `undefined`.
 *
 * @example
 * getIndicatorByLait("rereferral")?.id
 * //=> "re-referrals-12m"
 */
export function getIndicatorByLait(laitId: string): IndicatorDefinition | undefined {
  return byLait.get(laitKey(laitId));
}
