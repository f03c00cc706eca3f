// published: public exports of this area (listed on purpose).
export { loadPublished, type PublishedDataset, type PublishedMeasure } from "./published-dataset.js";
export { laitPeriod } from "./lait-period.js";
export { readCell, type CellValue } from "./special-values.js";
export { decodeText, repairMojibake } from "./decode-text.js";
export { parseEesCsv } from "./parse-ees-csv.js";
export type { LoadOptions, LoadResult } from "./load-result.js";
export { parseLaitExport, type LaitExportOptions } from "./parse-lait-export.js";
