import type { ActionRatingStatus, TrajectoryStatus } from "./types.js";

/**
 * An action's rating in words, as every output shows it (`complete` is shown in blue).
 * @example
 * ACTION_RATING_LABEL["not-started"] //=> "Not started"
 */
export const ACTION_RATING_LABEL: Readonly<Record<ActionRatingStatus, string>> = {
  complete: "Complete",
  "not-started": "Not started",
  red: "Red",
  amber: "Amber",
  green: "Green",
  "not-rated": "Not rated",
};

/**
 * A linked indicator's rating against its trajectory, in words.
 * @example
 * TRAJECTORY_LABEL.achieved //=> "Target met"
 */
export const TRAJECTORY_LABEL: Readonly<Record<TrajectoryStatus, string>> = {
  achieved: "Target met",
  green: "On track",
  amber: "Behind",
  red: "Off track",
  "not-rated": "Not rated",
};
