// labels: public exports of this area (listed on purpose).
export {
  DIRECTION_LABEL,
  GSS_SHORTHAND,
  POLARITY_LABEL,
  RAG_LABEL,
  RAG_ORDER,
  STATUS_MARKER,
  type StatusMarker,
  UNIT_LABEL,
} from "./labels.js";
