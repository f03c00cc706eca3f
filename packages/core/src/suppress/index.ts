// suppress: public exports of this area (listed on purpose).
export { DEFAULT_SUPPRESSION_THRESHOLD, isDisclosive } from "./is-disclosive.js";
export { suppressSmallCounts, type CountCell, type DisclosedCell, type SuppressionOptions } from "./suppress-small-counts.js";
export {
  applyDisclosureControl,
  type DisclosureOptions,
  type DisclosureResult,
  type SuppressionRecord,
} from "./apply-disclosure-control.js";
