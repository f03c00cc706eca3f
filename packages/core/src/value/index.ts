// value: public exports of this area (listed on purpose).
export { parseValue, type ParsedValue } from "./parse-value.js";
export { defaultDecimals, formatChange, formatValue, MINUS, type FormatChangeOptions, type FormatValueOptions } from "./format-value.js";
export { statusMarker } from "./status-marker.js";
