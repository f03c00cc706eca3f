// glossary: public exports of this area (listed on purpose).
export { cscGlossaryEntries } from "./csc-glossary-entries.js";
export { cscGlossary } from "./csc-glossary.js";
