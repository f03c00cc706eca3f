// published: public exports of this area (listed on purpose).

export { laitPeriod } from "./lait-period.js";
export type { LoadOptions, LoadResult } from "./load-result.js";
export { parseEesCsv } from "./parse-ees-csv.js";
export { type LaitExportOptions, parseLaitExport } from "./parse-lait-export.js";
export { loadPublished, type PublishedDataset, type PublishedMeasure } from "./published-dataset.js";
export { type CellValue, readCell } from "./special-values.js";
