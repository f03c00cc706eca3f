// Temporary stand-ins, with the CONTRACTS.md names, for functions other areas are writing now. Each is
// replaced by the real import as soon as it lands, and this file is deleted.
import type { GlossaryEntry, SpcAssurance, SpcVariation } from "./types.js";

export interface XmrResult {
  readonly points: readonly { label: string; value: number | null; pointType: SpcVariation }[];
  readonly groups: readonly {
    mean: number;
    lpl: number;
    upl: number;
    n: number;
    variation: SpcVariation;
    assurance: SpcAssurance;
  }[];
}
export function xmrChart(
  points: readonly { label: string; value: number | null }[],
  options: { improvementDirection: "increase" | "decrease" | "neutral"; target?: number },
): XmrResult {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  let mr = 0;
  for (let i = 1; i < values.length; i++) mr += Math.abs(values[i]! - values[i - 1]!);
  const mrBar = values.length > 1 ? mr / (values.length - 1) : 0;
  const upl = mean + 2.66 * mrBar;
  const lpl = mean - 2.66 * mrBar;
  const typeOf = (v: number): SpcVariation => {
    if (v <= upl && v >= lpl) return "common_cause";
    const high = v > upl;
    if (options.improvementDirection === "neutral")
      return high ? "special_cause_neutral_high" : "special_cause_neutral_low";
    return high === (options.improvementDirection === "increase")
      ? "special_cause_improvement"
      : "special_cause_concern";
  };
  const out = points
    .filter((p) => p.value !== null)
    .map((p) => ({ label: p.label, value: p.value, pointType: typeOf(p.value!) }));
  const last = out.at(-1)?.pointType ?? "common_cause";
  const t = options.target;
  const assurance: SpcAssurance =
    t === undefined || options.improvementDirection === "neutral"
      ? "blank"
      : (options.improvementDirection === "increase" ? lpl > t : upl < t)
        ? "consistent_pass"
        : (options.improvementDirection === "increase" ? upl < t : lpl > t)
          ? "consistent_fail"
          : "inconsistent";
  return { points: out, groups: [{ mean, lpl, upl, n: values.length, variation: last, assurance }] };
}
export function spcSummaryText(result: XmrResult): string {
  const g = result.groups.at(-1);
  return g ? `Latest point: ${g.variation.replace(/_/g, " ")}.` : "";
}

export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
}
export function findAcronyms(text: string, glossary?: Glossary): readonly GlossaryEntry[] {
  const terms = new Set(text.match(/\b[A-Z][A-Z0-9]+\b/g) ?? []);
  return (glossary?.entries ?? []).filter((e) => terms.has(e.term));
}
