import type { Observation, Period } from "@kpikit/core";

/**
 * The report's date: `today` when given (`--today`, `KPIKIT_TODAY`), else the end of the LA's latest figure
 * up to the "as at" period, so the same inputs always give the same report.
 */
export function reportDate(
  today: string | undefined,
  observations: readonly Observation[],
  laCode: string,
  asAt: Period | undefined,
): string {
  const ownEnds = observations
    .filter((o) => o.area === laCode && (!asAt || o.period.end <= asAt.end))
    .map((o) => o.period.end);
  return today ?? [...ownEnds].sort().at(-1) ?? "1970-01-01";
}
