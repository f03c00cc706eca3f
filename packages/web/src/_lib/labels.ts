import type { ObservationStatus, Polarity, RagStatus, SpcVariation, Unit } from "@kpikit/core";

// The words for ratings and directions come from core, so every output says the same.
export { DIRECTION_LABEL, RAG_LABEL } from "@kpikit/core";

/** Rating shapes (a third cue after text and colour) and severity order (red first). */
export const RAG_SHAPE: Readonly<Record<RagStatus, string>> = {
  red: "\u25C6", // ◆
  amber: "\u25B2", // ▲
  green: "\u25CF", // ●
  blue: "\u2605", // ★
  "not-rated": "\u25CB", // ○
};
export const RAG_SEVERITY: Readonly<Record<RagStatus, number>> = {
  red: 0,
  amber: 1,
  green: 2,
  blue: 3,
  "not-rated": 4,
};
export const RAG_ORDER: readonly RagStatus[] = ["red", "amber", "green", "blue", "not-rated"];

export const POLARITY_LABEL: Readonly<Record<Polarity, string>> = {
  "higher-is-better": "Higher is better",
  "lower-is-better": "Lower is better",
  "no-judgement": "No judgement (neither higher nor lower is better)",
};

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

export const STATUS_MARKER: Readonly<Record<ObservationStatus, string>> = {
  ok: "",
  suppressed: "[c]",
  "not-available": "[x]",
  "not-applicable": "[z]",
  "low-reliability": "[u]",
};

/** GSS shorthand and what it means. */
export const SHORTHAND: readonly { readonly marker: string; readonly meaning: string }[] = [
  { marker: "[c]", meaning: "confidential: suppressed to protect children's privacy (small numbers)" },
  { marker: "[x]", meaning: "not available" },
  { marker: "[z]", meaning: "not applicable" },
  { marker: "[u]", meaning: "low reliability" },
];

export const SPC_LABEL: Readonly<Record<SpcVariation, string>> = {
  common_cause: "Common cause",
  special_cause_improvement: "Special cause: improvement",
  special_cause_concern: "Special cause: concern",
  special_cause_neutral_high: "Special cause: neutral (high)",
  special_cause_neutral_low: "Special cause: neutral (low)",
};

/** Chart colours (Government Analysis Function palette) and shapes for SPC point types. */
export const PALETTE = {
  darkBlue: "#12436D",
  turquoise: "#28A197",
  darkPink: "#801650",
  orange: "#F46A25",
  darkGrey: "#3D3D3D",
  plum: "#A285D1",
} as const;

export const SPC_STYLE: Readonly<
  Record<
    SpcVariation,
    { readonly fill: string; readonly shape: "circle" | "square" | "triangle" | "diamond" }
  >
> = {
  common_cause: { fill: PALETTE.darkGrey, shape: "circle" },
  special_cause_improvement: { fill: PALETTE.darkBlue, shape: "square" },
  special_cause_concern: { fill: PALETTE.orange, shape: "triangle" },
  special_cause_neutral_high: { fill: PALETTE.plum, shape: "diamond" },
  special_cause_neutral_low: { fill: PALETTE.plum, shape: "diamond" },
};
