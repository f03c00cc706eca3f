import { formatDate } from "@kpikit/core";

/** "2025-03-12" (or a date-time starting so) → "12 March 2025"; anything else is returned as given. */
export function longDate(iso: string | undefined): string {
  return formatDate(iso ?? "");
}
