// suppress: public exports of this area (listed on purpose).

export {
  applyDisclosureControl,
  type DisclosureOptions,
  type DisclosureResult,
  type SuppressionRecord,
} from "./apply-disclosure-control.js";
export { DEFAULT_SUPPRESSION_THRESHOLD, isDisclosive } from "./is-disclosive.js";
export {
  type CountCell,
  type DisclosedCell,
  type SuppressionOptions,
  suppressSmallCounts,
} from "./suppress-small-counts.js";
