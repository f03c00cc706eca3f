import type { Glossary } from "./create-glossary.js";
import { findAcronyms } from "./find-acronyms.js";
import type { GlossaryEntry } from "./types.js";

/**
 * Writes each glossary term out in full the first time it is used: "initial child protection conference
 * (ICPC)". Later uses stay short. `seen` carries across calls (e.g. the cells of one report) and is
 * updated; a term already written out ("child in need (CIN)") counts as explained.
 *
 * @example
 * expandAcronymsOnFirstUse("ICPCs held: the ICPC rate", createGlossary([{ term: "ICPC", expansion: "initial child protection conference" }]))
 * //=> "initial child protection conference (ICPCs) held: the ICPC rate"
 */
export function expandAcronymsOnFirstUse(
  text: string,
  glossary: Glossary,
  seen: Set<string> = new Set(),
): string {
  let out = "";
  let at = 0;
  for (const m of findAcronyms(text, glossary)) {
    if (!m.entry || seen.has(m.term)) continue;
    seen.add(m.term);
    if (alreadyExplained(text, m.index, m.text, m.entry)) continue;
    out += `${text.slice(at, m.index)}${m.entry.expansion} (${m.text})`;
    at = m.index + m.text.length;
  }
  return out + text.slice(at);
}

function alreadyExplained(text: string, index: number, written: string, entry: GlossaryEntry): boolean {
  const before = text.slice(0, index).toLowerCase();
  const after = text.slice(index + written.length);
  const expansion = entry.expansion.toLowerCase();
  // "child in need (CIN)" or "CIN (child in need)".
  if (after.startsWith(")") && before.trimEnd().endsWith(`${expansion} (`)) return true;
  return after.toLowerCase().startsWith(` (${expansion})`);
}
