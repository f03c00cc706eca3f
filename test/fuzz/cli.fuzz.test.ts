// The fuzz suite's sample through the built `kpikit` (packages/cli/dist/main.js, which `pnpm test` builds first),
// a child process per case: exit 0 or 3, never 1; a located message with exit 3; no identifier printed.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isOpen } from "./open-findings.js";
import { CLI_DIST, cases, mutated, runCase } from "./run-case.js";
import { TARGETS } from "./targets.js";

const RUNS = 2;
const SEED = 20_261_203;
const dir = mkdtempSync(join(tmpdir(), "kpikit-fuzz-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withCommand = TARGETS.filter((t) => t.command(["x"]).length > 0);

describe.each(withCommand.map((t) => [t.name, t] as const))("kpikit on %s", (name, target) => {
  it("exits 0 or 3 with located messages and prints no identifier", async () => {
    if (!existsSync(CLI_DIST))
      throw new Error(`${CLI_DIST} is missing: run \`pnpm --filter @kpikit/cli build\` first`);
    await fc.assert(
      fc.asyncProperty(cases(target), async (c) => {
        const findings = (await runCase(target, c, "spawn", dir)).filter((f) => !isOpen(name, f));
        expect(findings, mutated(target, c).names).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
