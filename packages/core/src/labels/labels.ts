// The words kpikit shows for its codes, written once: every output (the Scorecard key, the web renderers,
// the CLI's writers, the dashboard) takes them from here, so a rating, a direction, a polarity, a unit or a
// GSS marker reads the same everywhere.
import type { ChangeStatus, Direction } from "../direction/types.js";
import type { Polarity, Unit } from "../indicator/types.js";
import type { ObservationStatus } from "../observation/types.js";
import type { ActionRatingStatus, ActionSource, ActionStatus, TrajectoryStatus } from "../plan/types.js";
import type { RagStatus } from "../rag/types.js";

/**
 * A rating in words, as every kpikit output shows it (colour is only a second cue), listed in
 * severity order: red first, not rated last ({@link RAG_ORDER} is this order).
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
 * Every rating, in the order outputs list them: red first (most severe), not rated last. Summaries,
 * keys, filters and the rating schema all use this order.
 * @example
 * RAG_ORDER //=> ["red", "amber", "green", "blue", "not-rated"]
 */
export const RAG_ORDER = /* @__PURE__ */ Object.freeze(Object.keys(RAG_LABEL)) as readonly RagStatus[];

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

/**
 * A change's rating in words (the second tag of a row, beside the figure's rating).
 * @example
 * CHANGE_LABEL["no-significant-change"] //=> "No significant change"
 */
export const CHANGE_LABEL: Readonly<Record<ChangeStatus, string>> = {
  improving: "Improving",
  "no-significant-change": "No significant change",
  worsening: "Worsening",
  "not-judged": "Not judged",
};

/**
 * What each change rating means, for the key beside every table.
 * @example
 * CHANGE_MEANING.improving //=> "a change bigger than noise, in the better direction"
 */
export const CHANGE_MEANING: Readonly<Record<ChangeStatus, string>> = {
  worsening: "a change bigger than noise, in the worse direction",
  "no-significant-change":
    "a change within the no-change band (1 percentage point for percentages, 2% of the previous value for other units, unless the indicator sets its own) or, where the counts are known, not significant at 95%",
  improving: "a change bigger than noise, in the better direction",
  "not-judged": "neither higher nor lower is better, or there are not two figures to compare",
};

/**
 * Every change rating, in the order outputs list them: worsening first, not judged last.
 * @example
 * CHANGE_ORDER //=> ["worsening", "no-significant-change", "improving", "not-judged"]
 */
export const CHANGE_ORDER: readonly ChangeStatus[] = [
  "worsening",
  "no-significant-change",
  "improving",
  "not-judged",
];

/**
 * Which way is better for an indicator, as a phrase inside a sentence ("Down from 66 to 23; lower is better").
 * @example
 * POLARITY_PHRASE["no-judgement"] //=> "neither higher nor lower is better"
 */
export const POLARITY_PHRASE: Readonly<Record<Polarity, string>> = {
  "higher-is-better": "higher is better",
  "lower-is-better": "lower is better",
  "no-judgement": "neither higher nor lower is better",
};

/**
 * Which way is better for an indicator, in words on their own (a table's note under the indicator).
 * @example
 * POLARITY_LABEL["lower-is-better"] //=> "Lower is better"
 */
export const POLARITY_LABEL: Readonly<Record<Polarity, string>> = {
  "higher-is-better": "Higher is better",
  "lower-is-better": "Lower is better",
  "no-judgement": `No judgement (${POLARITY_PHRASE["no-judgement"]})`,
};

/**
 * An indicator's unit in words, as a table's "unit" note shows it.
 * @example
 * UNIT_LABEL["rate-per-10k"] //=> "rate per 10,000"
 */
export const UNIT_LABEL: Readonly<Record<Unit, string>> = {
  percent: "%",
  "rate-per-10k": "rate per 10,000",
  "rate-per-100k": "rate per 100,000",
  count: "number",
  days: "days",
  weeks: "weeks",
  fte: "FTE",
  ratio: "ratio",
  score: "score",
};

/** A GSS shorthand marker (`ok` has none). */
export type StatusMarker = "[c]" | "[x]" | "[z]" | "[u]" | "";

/**
 * The GSS shorthand for each value status: suppressed `[c]`, not available `[x]`, not applicable `[z]`,
 * low reliability `[u]`; `ok` has none.
 * @example
 * STATUS_MARKER["not-applicable"] //=> "[z]"
 */
export const STATUS_MARKER: Readonly<Record<ObservationStatus, StatusMarker>> = {
  ok: "",
  suppressed: "[c]",
  "not-available": "[x]",
  "not-applicable": "[z]",
  "low-reliability": "[u]",
};

/**
 * The GSS shorthand and what each marker means, in the order a key lists them.
 * @example
 * GSS_SHORTHAND.map((s) => s.marker) //=> ["[c]", "[x]", "[z]", "[u]"]
 * GSS_SHORTHAND[1] //=> { status: "not-available", marker: "[x]", meaning: "not available" }
 */
export const GSS_SHORTHAND: readonly {
  readonly status: Exclude<ObservationStatus, "ok">;
  readonly marker: Exclude<StatusMarker, "">;
  readonly meaning: string;
}[] = [
  {
    status: "suppressed",
    marker: "[c]",
    meaning: "confidential: suppressed to protect children's privacy (small numbers)",
  },
  { status: "not-available", marker: "[x]", meaning: "not available" },
  { status: "not-applicable", marker: "[z]", meaning: "not applicable" },
  { status: "low-reliability", marker: "[u]", meaning: "low reliability" },
];

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

/**
 * Where an action comes from, in words.
 * @example
 * ACTION_SOURCE_LABEL["ilacs-recommendation"] //=> "ILACS recommendation"
 */
export const ACTION_SOURCE_LABEL: Readonly<Record<ActionSource, string>> = {
  "ilacs-recommendation": "ILACS recommendation",
  "monitoring-visit": "Monitoring visit",
  "improvement-notice": "Improvement notice",
  "peer-review": "Peer review",
  local: "Local",
};

/**
 * An action's recorded status, in words.
 * @example
 * ACTION_STATUS_LABEL["in-progress"] //=> "In progress"
 */
export const ACTION_STATUS_LABEL: Readonly<Record<ActionStatus, string>> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  complete: "Complete",
  ceased: "Ceased",
  deferred: "Deferred",
};
