import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The dashboard app folder and its build output. */
export const app = join(dirname(fileURLToPath(import.meta.url)), "..");
export const dist = join(app, "dist");

/** The built site is missing or older than its sources. */
function stale(): boolean {
  const built = join(dist, "index.html");
  if (!existsSync(built) || !existsSync(join(dist, "example-scorecard.json"))) return true;
  const t = statSync(built).mtimeMs;
  const sources = [
    join(app, "index.html"),
    join(app, "vite.config.ts"),
    ...readdirSync(join(app, "src")).map((f) => join(app, "src", f)),
    // The public files are copied into the build (the example scorecard among them).
    ...readdirSync(join(app, "public")).map((f) => join(app, "public", f)),
  ];
  return sources.some((f) => statSync(f).mtimeMs > t);
}

/** Builds the dashboard when the built site is missing or older than its sources. */
export function ensureBuilt(): void {
  if (!stale()) return;
  const run = spawnSync("pnpm", ["--filter", "@kpikit/dashboard", "build"], { cwd: app, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`building the dashboard failed:\n${run.stderr}${run.stdout}`);
}
