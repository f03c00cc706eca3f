// value: public exports of this area (listed on purpose).

export {
  defaultDecimals,
  type FormatChangeOptions,
  type FormatValueOptions,
  formatChange,
  formatValue,
  MINUS,
} from "./format-value.js";
export { type ParsedValue, parseValue } from "./parse-value.js";
export { implausibleValue, type PlausibleValueInput } from "./plausible-value.js";
export { statusMarker } from "./status-marker.js";
