// labels: public exports of this area (listed on purpose).
export {
  ACTION_RATING_LABEL,
  ACTION_SOURCE_LABEL,
  ACTION_STATUS_LABEL,
  CHANGE_LABEL,
  CHANGE_ORDER,
  DIRECTION_LABEL,
  GSS_SHORTHAND,
  POLARITY_LABEL,
  POLARITY_PHRASE,
  RAG_LABEL,
  RAG_ORDER,
  STATUS_MARKER,
  type StatusMarker,
  TRAJECTORY_LABEL,
  UNIT_LABEL,
} from "./labels.js";
