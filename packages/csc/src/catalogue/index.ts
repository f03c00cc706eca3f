// catalogue: public exports of this area (listed on purpose).
export { catalogue, getIndicator, getIndicatorByLait } from "./catalogue.js";
export type { IndicatorMatch } from "./find-indicator.js";
export { findIndicator } from "./find-indicator.js";
