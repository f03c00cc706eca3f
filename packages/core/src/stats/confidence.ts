// Confidence levels: validation and the two-sided normal z, cached per level.
import { kpikitError } from "../errors.js";
import { normalQuantile } from "./distributions.js";

const zCache = new Map<number, number>();

/** The levels requested, validated; default [0.95]. @internal */
export function confidenceLevels(confidence: number | readonly number[] | undefined): readonly number[] {
  const levels =
    confidence === undefined ? [0.95] : typeof confidence === "number" ? [confidence] : confidence;
  if (levels.length === 0) throw kpikitError("invalid-confidence", "at least one confidence level is needed");
  for (const level of levels) {
    if (!(typeof level === "number" && level > 0 && level < 1)) {
      throw kpikitError(
        "invalid-confidence",
        `confidence must be a fraction between 0 and 1 (e.g. 0.95), got ${String(level)}`,
      );
    }
  }
  return levels;
}

/** The z for a two-sided interval at this level: qnorm(confidence + (1 - confidence) / 2). @internal */
export function twoSidedZ(confidence: number): number {
  let z = zCache.get(confidence);
  if (z === undefined) {
    if (!(confidence > 0 && confidence < 1)) {
      throw kpikitError(
        "invalid-confidence",
        `confidence must be a fraction between 0 and 1 (e.g. 0.95), got ${String(confidence)}`,
      );
    }
    z = normalQuantile(confidence + (1 - confidence) / 2);
    if (zCache.size > 64) zCache.clear();
    zCache.set(confidence, z);
  }
  return z;
}

/** A finite number, or null for null/undefined/NaN/infinite. @internal */
export function finiteOrNull(x: number | null | undefined): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}
