import type { Observation, Period } from "@kpikit/core";
import { usageError } from "../_lib/errors.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `--today` must be an ISO day (YYYY-MM-DD); anything else is a usage error. */
export function checkToday(today: string | undefined): void {
  if (today !== undefined && !ISO_DATE.test(today))
    throw usageError(`--today "${today}": write the date as YYYY-MM-DD`);
}

/**
 * The report's date: `today` when given (`--today`, `KPIKIT_TODAY`), else the day it is produced (`now`, the
 * clock's local day). What the data are "as at" is the Scorecard's period, shown separately.
 */
export function reportDate(today: string | undefined, now: Date): string {
  if (today !== undefined) return today;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day an improvement plan in the report is rated as at: `today` when given, else the end of the LA's
 * latest figure up to the "as at" period, so the same inputs always give the same ratings (never the clock).
 */
export function planDay(
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
