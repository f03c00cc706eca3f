// glossary: public exports of this area (listed on purpose).

export { cscGlossary } from "./csc-glossary.js";
export { cscGlossaryEntries } from "./csc-glossary-entries.js";
