import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launch, type StaticServer, serve } from "../../../packages/web/browser/helpers.js";

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

/** The built dashboard being served and a browser to open it in, for one test file's tests. */
export interface BuiltSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * Builds the dashboard if it is stale, serves it and launches Chromium before the tests of the `describe` it is
 * called in, and closes both after them. `mounts` and `headers` are `serve`'s (default: the site at `/`). The
 * browser and server are read from the returned object inside the tests.
 */
export function useBuiltSite(
  mounts: Readonly<Record<string, string>> = { "/": dist },
  headers?: (path: string) => Record<string, string>,
): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    ensureBuilt();
    server = await serve(mounts, headers);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the ${what} is not started: call useBuiltSite inside a describe`);
    return value;
  };
  return {
    get browser() {
      return started(browser, "browser");
    },
    get server() {
      return started(server, "server");
    },
  };
}
