// Test helper: reads the public data committed under data/ (see data/SOURCES.md).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const sharedData = resolve(repoRoot, "data");

export function readSharedCsv(path: string, skipLines = 0): Record<string, string>[] {
  let text = readFileSync(resolve(sharedData, path), "utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (skipLines) text = text.split(/\r?\n/).slice(skipLines).join("\n");
  return parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
}

export function readSharedText(path: string): string {
  return readFileSync(resolve(sharedData, path), "utf8");
}

export const fixture = (name: string): string =>
  resolve(dirname(fileURLToPath(import.meta.url)), "fixtures", name);
