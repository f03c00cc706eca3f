// glossary: public exports of this area (listed on purpose).
export { createGlossary, type Glossary, mergeGlossaries } from "./create-glossary.js";
export { expandAcronymsOnFirstUse } from "./expand-acronyms.js";
export { type AcronymMatch, findAcronyms } from "./find-acronyms.js";
export {
  defaultAllowedTokens,
  type UnexplainedOptions,
  unexplainedAcronyms,
} from "./unexplained-acronyms.js";
