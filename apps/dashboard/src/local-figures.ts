import {
  applyDisclosureControl,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type Issue,
  type Observation,
} from "@kpikit/core";
import {
  findIndicator,
  loadPublishedFile,
  localObservations,
  localTableFromFile,
  type PublishedFile,
  readLocalFigures,
} from "@kpikit/csc";

/** The computed figures with small-number suppression applied, and how many were withheld. */
export interface SuppressedFigures {
  readonly observations: readonly Observation[];
  readonly suppressed: number;
  readonly threshold: number;
}

/**
 * Small-number suppression for anything that leaves the page: a percentage whose numerator is 1 to
 * `threshold − 1` is withheld (`[c]`), with its numerator and denominator.
 *
 * @example
 * const p = { kind: "financial-year", startYear: 2021, start: "2021-04-01", end: "2022-03-31", label: "2021/22" } as const;
 * suppressFigures([{ indicatorId: "re-referrals-12m", area: "local", period: p, value: 5.6, numerator: 3, denominator: 54, status: "ok" }]).observations[0]?.status //=> "suppressed"
 */
export function suppressFigures(
  observations: readonly Observation[],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedFigures {
  const r = applyDisclosureControl(observations, { threshold });
  return { observations: r.observations, suppressed: r.suppressed.length, threshold };
}

/** What the files a user opens give the LA's scorecard: its own figures, newer DfE files, and what was wrong. */
export interface OpenedFiles {
  readonly local: readonly Observation[];
  readonly localFiles: readonly string[];
  readonly published: readonly PublishedFile[];
  /** Problems, each naming its file, row and column; any error means nothing from that file is used. */
  readonly issues: readonly Issue[];
}

/**
 * Reads the files a user opens beside an LA's scorecard, in the page: each is a local figures file (long, or a
 * wide committee table; CSV, TSV, pasted text or an XLSX workbook's first sheet, read by @kpikit/csc as the CLI
 * reads it) when kpikit's local figures reader reads it, else a newer DfE file (an EES CSV or a LAIT export). A
 * file that is neither, or that has errors, is left out with its issues.
 *
 * @example
 * const csv = new TextEncoder().encode("Indicator,2019/20\nRe-referral rate,19.4%\n");
 * readOpenedFiles([{ name: "table.csv", bytes: csv }], "865") instanceof Promise //=> true
 */
export async function readOpenedFiles(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  laCode: string,
): Promise<OpenedFiles> {
  const local: Observation[] = [];
  const localFiles: string[] = [];
  const published: PublishedFile[] = [];
  const issues: Issue[] = [];
  for (const f of files) {
    const table = await localTableFromFile(f.bytes, f.name);
    const read = table.ok ? readLocalFigures(table.table, { findIndicator }) : undefined;
    // A local figures file: its reader finds figures, or names indicator rows (a wide table) or an indicator
    // column (a long file). A LAIT or EES file has neither and goes to the published loaders.
    const looksLocal =
      read !== undefined &&
      (read.figures.length > 0 ||
        read.indicators.length > 0 ||
        (table.ok && table.table.header.some((h) => h.trim().toLowerCase() === "indicator")));
    if (read && looksLocal) {
      const errors = read.issues.filter((i) => i.severity !== "warning");
      // Pushed one by one: a list of many thousand items spread into a call overflows the stack.
      for (const i of read.issues) issues.push(i);
      if (errors.length === 0 && read.figures.length > 0) {
        for (const o of localObservations(read.figures, laCode)) local.push(o);
        localFiles.push(f.name);
      }
      continue;
    }
    const p = loadPublishedFile(f.bytes, f.name);
    if (p.observations.length > 0) {
      published.push({ file: f.name, observations: p.observations });
      for (const i of p.issues) issues.push({ ...i, severity: "warning" as const });
    } else for (const i of [...(table.ok ? [] : table.issues), ...p.issues]) issues.push(i);
  }
  return { local, localFiles, published, issues };
}
