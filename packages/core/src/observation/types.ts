import type { Period } from "../period/types.js";

/**
 * The state of a value. Anything but `ok` (and `low-reliability`, which still has a value) means
 * there is no number to compare; GSS shorthand: suppressed `[c]`, not-available `[x]`,
 * not-applicable `[z]`, low-reliability `[u]`.
 */
export type ObservationStatus = "ok" | "suppressed" | "not-available" | "not-applicable" | "low-reliability";

/** A kind of area; `group` is a named set of LAs (e.g. statistical neighbours). */
export type AreaKind = "la" | "region" | "england" | "group";

/** A place figures belong to. `code` is the DfE 3-digit LA code for LAs (the join key; ONS codes change). */
export interface Area {
  readonly code: string;
  readonly name: string;
  readonly kind: AreaKind;
  readonly onsCode?: string;
}

/** One value of one indicator for one area and period. */
export interface Observation {
  readonly indicatorId: string;
  /** Area code (DfE 3-digit code for an LA; `E92000001` or `970` for England; region codes). */
  readonly area: string;
  readonly period: Period;
  /** `null` whenever `status` is not `ok` or `low-reliability`. */
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly status: ObservationStatus;
  /** Where the figure came from, e.g. `LAIT 2025`, `local.csv row 4`. */
  readonly source?: string;
  /** A figure written as a range (`75-77%`): its ends; `value` is the midpoint. */
  readonly range?: { readonly low: number; readonly high: number };
  /** `local`: the council's own figure (its local figures file), as against a published one. */
  readonly origin?: "local" | "published";
  readonly note?: string;
}

export type { Period };
