import { kpikitError } from "../errors.js";
import type { GlossaryEntry } from "./types.js";

/** An acronym registry: entries sorted by term, and a lookup by exact term. */
export interface Glossary {
  readonly kind: "glossary";
  /** One entry per term, sorted by term (case-insensitive). */
  readonly entries: readonly GlossaryEntry[];
  /** Exact term → entry. */
  readonly byTerm: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * Builds a glossary. Terms are trimmed; when a term appears twice the later entry wins, so local terms
 * listed after the standard ones override them.
 *
 * @throws kpikitError `bad-glossary-entry` for an empty term or expansion.
 * @example
 * createGlossary([{ term: "CIN", expansion: "child in need" }, { term: "CIN", expansion: "Children in need" }]).byTerm.get("CIN")?.expansion //=> "Children in need"
 */
export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    const term = typeof e?.term === "string" ? e.term.trim() : "";
    const expansion = typeof e?.expansion === "string" ? e.expansion.trim() : "";
    if (term === "" || expansion === "") {
      throw kpikitError(
        "bad-glossary-entry",
        `a glossary entry needs a term and an expansion (got ${JSON.stringify(e)})`,
      );
    }
    const clean: GlossaryEntry =
      e.description === undefined ? { term, expansion } : { term, expansion, description: e.description };
    byTerm.delete(term);
    byTerm.set(term, clean);
  }
  const sorted = [...byTerm.values()].sort((a, b) => compareTerms(a.term, b.term));
  return { kind: "glossary", entries: sorted, byTerm: new Map(sorted.map((e) => [e.term, e])) };
}

function compareTerms(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges glossaries and entry lists; later sources override earlier ones (local extensions last).
 * @example
 * mergeGlossaries(createGlossary([{ term: "EHE", expansion: "elective home education" }]), [{ term: "EHE", expansion: "Elective home education (local)" }]).byTerm.get("EHE")?.expansion //=> "Elective home education (local)"
 */
export function mergeGlossaries(...sources: readonly (Glossary | readonly GlossaryEntry[])[]): Glossary {
  const all: GlossaryEntry[] = [];
  for (const s of sources) all.push(...(isGlossary(s) ? s.entries : s));
  return createGlossary(all);
}

function isGlossary(s: Glossary | readonly GlossaryEntry[]): s is Glossary {
  return !Array.isArray(s) && (s as Glossary).kind === "glossary";
}
