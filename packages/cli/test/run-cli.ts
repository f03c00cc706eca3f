import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

/** The built CLI (`pnpm test` builds first). */
export const CLI = resolve(__dirname, "../dist/main.js");
export const REPO = resolve(__dirname, "../../..");
export const FIXTURES = resolve(__dirname, "fixtures");

/** Runs the built `kpikit` and returns its exit code and output. */
export function kpikit(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): { code: number; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm --filter @kpikit/cli build\` first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    env: {
      PATH: process.env.PATH ?? "",
      NO_COLOR: "1",
      // The fixed day vitest.config.ts gives the CLI's tests, so a report's date does not follow the clock.
      ...(process.env.KPIKIT_TODAY ? { KPIKIT_TODAY: process.env.KPIKIT_TODAY } : {}),
      ...options.env,
    },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
