import { computeCinMeasures } from "../compute-cin-measures.js";
import { computeSsda903Measures } from "../compute-ssda903-measures.js";
import type { MeasureResult, ReturnsMeasureOptions, ReturnYear } from "../measure-types.js";

/**
 * Computes every DfE measure kpikit knows for one collection year from the parsed returns of that year and of
 * any earlier years (their history: look-backs and episodes that continue). Years after `options.year` are
 * ignored. Counts only; nothing child-level is returned.
 * @example
 * computeReturnsMeasures([], { year: 2023 }).observations.length //=> 0
 */
export function computeReturnsMeasures(
  years: readonly ReturnYear[],
  options: ReturnsMeasureOptions,
): MeasureResult {
  const area = options.area ?? "local";
  const current = years.find((y) => y.year === options.year);
  const earlier = years.filter((y) => y.year < options.year).sort((a, b) => a.year - b.year);
  const observations: MeasureResult["observations"][number][] = [];
  const exclusions: MeasureResult["exclusions"][number][] = [];
  if (current?.cin) {
    const m = computeCinMeasures(current.cin.children, {
      collectionYear: options.year + 1,
      area,
      previousCensuses: earlier.flatMap((y) => (y.cin ? [y.cin.children] : [])),
    });
    observations.push(...m.observations);
    exclusions.push(...m.exclusions);
  }
  if (current?.ssda903) {
    const m = computeSsda903Measures(current.ssda903.tables, {
      year: options.year,
      area,
      previousYears: earlier.flatMap((y) => (y.ssda903 ? [y.ssda903.tables] : [])),
    });
    observations.push(...m.observations);
    exclusions.push(...m.exclusions);
  }
  return { observations, exclusions };
}
