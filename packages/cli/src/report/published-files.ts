import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Issue, ProvenanceEntry } from "@kpikit/core";
import {
  loadPublished,
  loadPublishedFile,
  type PublishedDataset,
  type PublishedFile,
  withPublishedFiles,
} from "@kpikit/csc";
import { errorsOf, inputError } from "../_lib/errors.js";
import { MAX_TABLE_BYTES } from "../read/read-table.js";

/** The bundled figures with `--published` files laid over them, where they came from, and the loaders' warnings. */
export interface ReportPublished {
  readonly dataset: PublishedDataset;
  readonly files: readonly PublishedFile[];
  readonly provenance: readonly ProvenanceEntry[];
  readonly warnings: readonly Issue[];
}

/**
 * Reads `--published` files (EES CSVs, LAIT exports), as typed relative to `cwd`, over the bundled figures. A
 * file that cannot be read or gives no figures is an input error (exit 3) with every issue; rows a loader
 * leaves out are warnings.
 */
export async function readPublishedFiles(paths: readonly string[], cwd: string): Promise<ReportPublished> {
  if (paths.length === 0) return { dataset: loadPublished(), files: [], provenance: [], warnings: [] };
  const files: PublishedFile[] = [];
  const provenance: ProvenanceEntry[] = [];
  const issues: Issue[] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(resolve(cwd, path)));
    } catch (error) {
      issues.push({
        code: "file-not-found",
        file: path,
        message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      continue;
    }
    if (bytes.length > MAX_TABLE_BYTES * 5) {
      issues.push({
        code: "file-too-large",
        file: path,
        message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; published files are limited to ${(MAX_TABLE_BYTES * 5) / 1024 / 1024} MB`,
      });
      continue;
    }
    const r = loadPublishedFile(bytes, path);
    // Rows a loader leaves out are never used: they are reported as warnings. A file with no figure is refused.
    // Pushed one by one: a list of many thousand issues spread into a call overflows the stack.
    if (r.observations.length === 0) {
      for (const i of r.issues) issues.push(i);
      continue;
    }
    for (const i of r.issues) issues.push({ ...i, severity: "warning" as const });
    files.push({ file: basename(path), observations: r.observations });
    const periods = [...new Set(r.observations.map((o) => o.period.label))];
    const ids = new Set(r.observations.map((o) => o.indicatorId));
    provenance.push({
      name: basename(path),
      kind: "published",
      description: `${r.kind === "ees" ? "DfE Explore Education Statistics" : "DfE LAIT export"}: ${r.observations.length.toLocaleString("en-GB")} figures for ${ids.size} indicator${ids.size === 1 ? "" : "s"}, ${periods.length === 1 ? periods[0] : `${periods[0]} to ${periods.at(-1)}`}; they add to or replace the bundled figures`,
    });
  }
  if (errorsOf(issues).length > 0)
    throw inputError(
      `--published: ${errorsOf(issues).length === 1 ? "1 problem" : `${errorsOf(issues).length} problems`}`,
      issues,
    );
  return { dataset: withPublishedFiles(loadPublished(), files), files, provenance, warnings: issues };
}
