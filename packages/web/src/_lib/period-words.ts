import type { Period } from "@kpikit/core";

/** "in 2019/20", "in Aug 2020", but "at 31 Mar 2024" for a snapshot (a count on one day). */
export function inPeriod(period: Pick<Period, "kind" | "label"> | null | undefined): string {
  if (!period) return "";
  return `${period.kind === "snapshot" ? "at" : "in"} ${period.label}`;
}
