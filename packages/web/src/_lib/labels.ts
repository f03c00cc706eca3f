import type { ChangeStatus, RagStatus, SpcVariation } from "@kpikit/core";

// Only what is particular to the web renderers: shapes and chart colours. The words for ratings,
// directions, polarities, units and GSS markers, and the rating order, are core's (RAG_LABEL, RAG_ORDER…).

/** Rating shapes: a third cue after text and colour. */
export const RAG_SHAPE: Readonly<Record<RagStatus, string>> = {
  red: "\u25C6", // ◆
  amber: "\u25B2", // ▲
  green: "\u25CF", // ●
  blue: "\u2605", // ★
  "not-rated": "\u25CB", // ○
};

/** Change rating shapes (after the label): a tick-like mark for better, a cross for worse. */
export const CHANGE_SHAPE: Readonly<Record<ChangeStatus, string>> = {
  improving: "\u2714", // ✔
  "no-significant-change": "=",
  worsening: "\u2716", // ✖
  "not-judged": "\u2013", // –
};

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
