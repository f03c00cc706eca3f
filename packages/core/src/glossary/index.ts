// glossary: public exports of this area (listed on purpose).
export { createGlossary, mergeGlossaries, type Glossary } from "./create-glossary.js";
export { findAcronyms, type AcronymMatch } from "./find-acronyms.js";
export { expandAcronymsOnFirstUse } from "./expand-acronyms.js";
export { defaultAllowedTokens, unexplainedAcronyms, type UnexplainedOptions } from "./unexplained-acronyms.js";
