// Test-only helper (never exported from the package): reads the shared fixtures in data/, resolved
// from the repository root, as records of strings. One CSV reader for every fixture test in core.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// Tests only: csv-parse is a devDependency of core (the package itself reads no CSV).
import { parse } from "csv-parse/sync";
import { expect } from "vitest";

/** The repository root, found from this file's location (packages/core/src/_test). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/** The shared data folder, `data/` relative to the repository root. */
export const sharedData = path.resolve(repoRoot, "data");

/** Path of a file under data/. */
export function sharedPath(relative: string): string {
  return path.resolve(sharedData, relative);
}

/** Path of a file under data/methods. */
export function methodsPath(relative: string): string {
  return sharedPath(path.join("methods", relative));
}

/** Reads a shared text file (UTF-8, BOM removed). */
export function readSharedText(relative: string): string {
  return readFileSync(sharedPath(relative), "utf8").replace(/^\uFEFF/, "");
}

/** Splits CSV text into rows with csv-parse (quoted fields, doubled quotes, CRLF, BOM); blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

/** Reads a CSV under data/ as records keyed by the header row. */
export function readSharedCsv(relative: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(readSharedText(relative));
  if (!header) throw new Error(`empty fixture ${relative}`);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** Reads a CSV under data/methods as records keyed by the header row. */
export function readMethodsCsv(relative: string): Record<string, string>[] {
  return readSharedCsv(path.join("methods", relative));
}

/** A number from a fixture cell, or null for blank/NA. */
export function num(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const t = cell.trim();
  if (t === "" || t === "NA") return null;
  const v = Number(t);
  if (Number.isNaN(v)) throw new Error(`not a number: ${cell}`);
  return v;
}

/** Asserts |actual − expected| ≤ tol × max(|expected|, tiny); null must match null. */
export function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  label: string,
  tol = 1e-9,
): void {
  if (expected === null) {
    expect(actual ?? null, label).toBeNull();
    return;
  }
  expect(typeof actual, label).toBe("number");
  const a = actual as number;
  const scale = Math.max(Math.abs(expected), 1e-300);
  const ok = Math.abs(a - expected) <= tol * scale || a === expected;
  if (!ok)
    expect.fail(`${label}: expected ${expected}, got ${a} (rel diff ${Math.abs(a - expected) / scale})`);
}
