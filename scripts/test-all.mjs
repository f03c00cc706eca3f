// Runs every test suite (all packages, the browser tests) in one vitest run and prints the
// closing line CI reads: `N passed, N failed`. It first finds Chromium for the browser tests, installing
// Debian's package where it can (scripts/chromium.mjs); without one the browser suite fails saying what to install.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";

const chromium = ensureChromium();
const env = chromium ? { ...process.env, KPIKIT_CHROMIUM: chromium } : process.env;

const out = ".vitest-results/results.json";
rmSync(out, { force: true });
mkdirSync(".vitest-results", { recursive: true });
const run = spawnSync(
  "pnpm",
  [
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env },
);
let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(out, "utf8"));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  if (results.numTotalTests === 0) failed += 1;
} catch {
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && run.status === 0 ? 0 : 1);
