import type { Glossary } from "./create-glossary.js";
import type { GlossaryEntry } from "./types.js";

/** An acronym (or glossary term) found in text. */
export interface AcronymMatch {
  /** The term without any plural ending: "ICPC" for "ICPCs". */
  readonly term: string;
  /** The text as written: "ICPCs", "CLA's". */
  readonly text: string;
  /** Position of `text` in the input (UTF-16 index). */
  readonly index: number;
  /** The glossary entry, or null when the glossary has none. */
  readonly entry: GlossaryEntry | null;
}

const PLURAL = "(s|'s|\u2019s)?";
const ACRONYM = new RegExp(`(?<![A-Za-z0-9])([A-Z][A-Z0-9]*[A-Z0-9])${PLURAL}(?![A-Za-z0-9])`, "g");
const cache = new WeakMap<Glossary, RegExp | null>();

function termsRegex(glossary: Glossary): RegExp | null {
  const hit = cache.get(glossary);
  if (hit !== undefined) return hit;
  const terms = [...glossary.byTerm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re =
    escaped.length === 0
      ? null
      : new RegExp(`(?<![A-Za-z0-9])(${escaped.join("|")})${PLURAL}(?![A-Za-z0-9])`, "g");
  cache.set(glossary, re);
  return re;
}

/** Looks like an acronym: ≥2 capital letters (CIN, ICPC) or a capital with digits (S47, SSDA903). */
function acronymLike(token: string): boolean {
  const letters = token.replace(/[^A-Z]/g, "").length;
  const digits = token.length - letters;
  return letters >= 2 || (letters >= 1 && digits >= 1);
}

/**
 * Finds acronyms in text, in order: every glossary term (case-sensitive, whole words, with plurals such as
 * "ICPCs", "S47s", "CLA's"), and every other acronym-like token (≥2 capitals, or a capital with digits
 * such as S47) with `entry: null` when the glossary does not explain it.
 *
 * @example
 * findAcronyms("Two ICPCs and one S47", createGlossary([{ term: "ICPC", expansion: "initial child protection conference" }])).map((m) => [m.term, m.text, m.entry !== null])
 * //=> [["ICPC", "ICPCs", true], ["S47", "S47", false]]
 */
export function findAcronyms(text: string, glossary?: Glossary): readonly AcronymMatch[] {
  const found: AcronymMatch[] = [];
  const taken: [number, number][] = [];
  const re = glossary ? termsRegex(glossary) : null;
  if (glossary && re) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const term = m[1] as string;
      found.push({ term, text: m[0], index: m.index, entry: glossary.byTerm.get(term) ?? null });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m !== null; m = ACRONYM.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const token = m[1] as string;
    if (!acronymLike(token)) continue;
    found.push({ term: token, text: m[0], index: start, entry: glossary?.byTerm.get(token) ?? null });
  }
  return found.sort((a, b) => a.index - b.index);
}
