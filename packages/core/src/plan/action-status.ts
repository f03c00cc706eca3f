import type { ActionStatus } from "./types.js";

// The words trackers use, folded to lower case with spaces for - and _ (so `ON HOLD`, `on-hold`, `On_hold` agree).
const WORDS: Readonly<Record<string, ActionStatus>> = {
  "not started": "not-started",
  "not yet started": "not-started",
  "not begun": "not-started",
  planned: "not-started",
  "in progress": "in-progress",
  ongoing: "in-progress",
  started: "in-progress",
  underway: "in-progress",
  "under way": "in-progress",
  "on track": "in-progress",
  "off track": "in-progress",
  active: "in-progress",
  complete: "complete",
  completed: "complete",
  done: "complete",
  achieved: "complete",
  closed: "complete",
  finished: "complete",
  ceased: "ceased",
  withdrawn: "ceased",
  cancelled: "ceased",
  canceled: "ceased",
  stopped: "ceased",
  "no longer required": "ceased",
  superseded: "ceased",
  deferred: "deferred",
  "on hold": "deferred",
  paused: "deferred",
  postponed: "deferred",
};

/**
 * Reads an action's status as a tracker writes it, or `null` when the words are not a status.
 * Case, hyphens, underscores and extra spaces do not matter.
 * @example
 * parseActionStatus("ON HOLD") //=> "deferred"
 * @example
 * parseActionStatus("Completed") //=> "complete"
 * @example
 * parseActionStatus("nearly") //=> null
 */
export function parseActionStatus(text: string): ActionStatus | null {
  const key = text.toLowerCase().replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return Object.hasOwn(WORDS, key) ? (WORDS[key] ?? null) : null;
}
