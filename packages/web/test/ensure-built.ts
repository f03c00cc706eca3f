// Builds @kpikit/web when dist/kpikit-elements.js is missing or older than any source file, so tests that read
// the bundle never test a stale one.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const webPackage = join(dirname(fileURLToPath(import.meta.url)), "..");
export const embedBundle = join(webPackage, "dist", "kpikit-elements.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureWebBuilt(): void {
  if (existsSync(embedBundle) && statSync(embedBundle).mtimeMs >= newestSource(join(webPackage, "src")))
    return;
  const run = spawnSync("pnpm", ["--filter", "@kpikit/web", "build"], { cwd: webPackage, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`building @kpikit/web failed:\n${run.stderr}${run.stdout}`);
}
