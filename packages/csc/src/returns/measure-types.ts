import type { Observation } from "@kpikit/core";

/** Records left out of a measure, counted by reason (never listed: the records are child-level). */
export interface MeasureExclusion {
  readonly indicatorId: string;
  readonly reason: string;
  readonly count: number;
}

/**
 * Measures computed from a return: one observation per indicator, each a percentage (0–100, unrounded) with its
 * numerator and denominator, and the exclusions. Only counts: nothing in it identifies a child. Small counts
 * are not suppressed here; apply `applyDisclosureControl` from @kpikit/core before publishing.
 */
export interface MeasureResult {
  readonly observations: readonly Observation[];
  readonly exclusions: readonly MeasureExclusion[];
}

/** Common options for the measure functions. */
export interface MeasureOptions {
  /** Area code put on the observations (the DfE 3-digit LA code). Default `"local"`. */
  readonly area?: string;
}
