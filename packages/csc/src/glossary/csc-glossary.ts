import { createGlossary, type Glossary, type GlossaryEntry } from "@kpikit/core";
import { cscGlossaryEntries } from "./csc-glossary-entries.js";

/**
 * The children's social care glossary, extended with the council's own terms (programme names, team names,
 * local abbreviations). Local terms come last, so a local entry with the same term replaces the built-in one.
 *
 * @param localTerms - extra entries, e.g. `[{ term: "FACT", expansion: "Families and Children Transformation programme" }]`.
 * @throws kpikitError `bad-glossary-entry` when an entry has an empty term or expansion.
 * @example
 * cscGlossary([{ term: "FACT", expansion: "Families and Children Transformation programme" }]).byTerm.get("FACT")?.expansion
 * //=> "Families and Children Transformation programme"
 */
export function cscGlossary(localTerms: readonly GlossaryEntry[] = []): Glossary {
  return createGlossary([...cscGlossaryEntries, ...localTerms]);
}
