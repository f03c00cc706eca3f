// The words for ratings and directions of travel, shared by the Scorecard key and every output.
import type { RagStatus } from "../rag/types.js";
import type { Direction } from "./types.js";

/**
 * A rating in words, as every kpikit output shows it (colour is only a second cue): renderers,
 * the CLI's writers and the Scorecard key use these words.
 * @example
 * RAG_LABEL["not-rated"] //=> "Not rated"
 */
export const RAG_LABEL: Readonly<Record<RagStatus, string>> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  blue: "Blue",
  "not-rated": "Not rated",
};

/**
 * A direction of travel in words, as every kpikit output shows it.
 * @example
 * DIRECTION_LABEL["no-change"] //=> "No change"
 */
export const DIRECTION_LABEL: Readonly<Record<Direction, string>> = {
  improving: "Improving",
  worsening: "Worsening",
  "no-change": "No change",
  "not-judged": "Not judged",
  "not-comparable": "Not comparable",
};
