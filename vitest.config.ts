import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Tests run against the sources, so `pnpm test:unit` needs no build; the CLI's end-to-end tests use dist/.
const alias = [
  { find: /^@kpikit\/core\/schema$/, replacement: r("./packages/core/src/schema.ts") },
  { find: /^@kpikit\/core$/, replacement: r("./packages/core/src/index.ts") },
  { find: /^@kpikit\/csc$/, replacement: r("./packages/csc/src/index.ts") },
  { find: /^@kpikit\/web\/elements$/, replacement: r("./packages/web/src/elements.ts") },
  { find: /^@kpikit\/web$/, replacement: r("./packages/web/src/index.ts") },
];

/** The day the CLI's tests run as at: the Wiltshire example's committee meeting. */
const TEST_TODAY = "2021-01-19";

const project = (name: string, include: string[], env: Record<string, string> = {}, extra = {}) => ({
  extends: true as const,
  test: { name, include, env: { TZ: "Europe/London", ...env }, ...extra },
});

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      project("core", ["packages/core/{src,test}/**/*.test.ts"]),
      // Date code breaks at 31 March / 1 April and at the clock changes: run it again in a far zone.
      project("core-auckland", ["packages/core/src/{period,calendar,_lib}/**/*.test.ts"], {
        TZ: "Pacific/Auckland",
      }),
      project("csc", ["packages/csc/{src,test}/**/*.test.ts"]),
      project("web", ["packages/web/{src,test}/**/*.test.ts"]),
      // kpikit report is dated the day it runs unless told; its tests give it a fixed day (run-cli passes it on).
      project("cli", ["packages/cli/{src,test}/**/*.test.ts"], { KPIKIT_TODAY: TEST_TODAY }),
      project("docs", ["test/**/*.test.ts"]),
      project("dashboard", ["apps/dashboard/{src,test}/**/*.test.ts"]),
      // Real Chromium (playwright-core + axe-core); one file at a time keeps two cores usable.
      project(
        "browser",
        ["{packages,apps}/*/browser/**/*.test.ts"],
        { KPIKIT_TODAY: TEST_TODAY },
        { fileParallelism: false, testTimeout: 60_000 },
      ),
    ],
  },
});
