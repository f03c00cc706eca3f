import type { Issue } from "@kpikit/core";
import type { LoadResult } from "../published/load-result.js";
import { parseEesCsv } from "../published/parse-ees-csv.js";
import { parseLaitExport } from "../published/parse-lait-export.js";

/** A DfE file read for a report: which kind it was, and what it gave. */
export interface PublishedFileResult extends LoadResult {
  readonly kind: "ees" | "lait" | "unknown";
}

/**
 * Reads a newer DfE file for a report or the dashboard, whichever kind it is: an Explore Education Statistics
 * CSV or a LAIT export (long, or the wide "All LAs" table). The kind whose reader gets figures from it wins; a
 * file neither reads is `unknown`, with both readers' issues.
 * @example
 * const csv = "measure_short,year_label,la_number,area_name,value_raw\nReReferral,2025,865,Wiltshire,19.9";
 * loadPublishedFile(new TextEncoder().encode(csv), "lait.csv").kind //=> "lait"
 */
export function loadPublishedFile(bytes: Uint8Array, file: string): PublishedFileResult {
  const ees = parseEesCsv(bytes, { file });
  if (ees.observations.length > 0) return { kind: "ees", ...ees };
  const lait = parseLaitExport(bytes, { file });
  if (lait.observations.length > 0) return { kind: "lait", ...lait };
  const issue: Issue = {
    code: "not-a-published-file",
    file,
    row: 1,
    column: 1,
    message:
      "kpikit found no figures in this file, read as an Explore Education Statistics CSV or a LAIT export; see the issues above",
  };
  return {
    kind: "unknown",
    observations: [],
    issues: [...ees.issues, ...lait.issues, issue],
    rows: ees.rows,
  };
}
