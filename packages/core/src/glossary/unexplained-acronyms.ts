import type { Glossary } from "./create-glossary.js";
import { findAcronyms } from "./find-acronyms.js";

/**
 * Tokens that look like acronyms but are not (quarter labels); never reported as unexplained.
 * @example
 * defaultAllowedTokens.includes("Q4") //=> true
 */
export const defaultAllowedTokens: readonly string[] = ["Q1", "Q2", "Q3", "Q4"];

export interface UnexplainedOptions {
  /** Tokens never reported (in addition to `defaultAllowedTokens`), e.g. ["UK", "NHS"]. */
  readonly allow?: readonly string[];
  /**
   * Ignore Roman numerals made of I, V and X ("Part II", "Schedule IV"). Default true. Numerals with
   * C, D, L or M are not ignored: too many real acronyms (CD, DC, MD) are made of them.
   */
  readonly ignoreRomanNumerals?: boolean;
}

const ROMAN = /^(?=[IVX]+$)X{0,3}(IX|IV|V?I{0,3})$/;

/**
 * The acronyms in text that the glossary does not explain, each once, in order of first use — so that no
 * report ships an unexplained acronym.
 *
 * @example
 * unexplainedAcronyms("CIN and LADO referrals, Part II, Q4", createGlossary([{ term: "CIN", expansion: "child in need" }])) //=> ["LADO"]
 */
export function unexplainedAcronyms(
  text: string,
  glossary: Glossary,
  options: UnexplainedOptions = {},
): readonly string[] {
  const allow = new Set([...defaultAllowedTokens, ...(options.allow ?? [])]);
  const ignoreRoman = options.ignoreRomanNumerals ?? true;
  const out: string[] = [];
  for (const m of findAcronyms(text, glossary)) {
    if (m.entry || allow.has(m.term) || out.includes(m.term)) continue;
    if (ignoreRoman && ROMAN.test(m.term)) continue;
    out.push(m.term);
  }
  return out;
}
