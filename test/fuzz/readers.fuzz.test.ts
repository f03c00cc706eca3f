// The fuzz suite's short run, part of `pnpm test`: every reader, a few dozen mutated inputs each, in process (the
// readers' public functions and `kpikit` through its exported `run`). `pnpm fuzz` runs the same cases by the
// hundred thousand, with any seed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isOpen } from "./open-findings.js";
import { cases, mutated, runCase } from "./run-case.js";
import { TARGETS } from "./targets.js";

const RUNS = 30;
// A fixed seed: the same cases each run (pnpm fuzz explores others).
const SEED = 20_261_202;
// Slow targets run fewer cases: a whole report renders five formats, a workbook is zipped and unzipped.
const SHARE: Record<string, number> = { report: 0.2, "local-figures-xlsx": 0.3 };

const dir = mkdtempSync(join(tmpdir(), "kpikit-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(TARGETS.map((t) => [t.name, t] as const))("%s", (name, target) => {
  it("keeps every promise on mutated input", async () => {
    await fc.assert(
      fc.asyncProperty(cases(target), async (c) => {
        const findings = (await runCase(target, c, "in-process", dir)).filter((f) => !isOpen(name, f));
        expect(findings, mutated(target, c).names).toEqual([]);
      }),
      { numRuns: Math.max(3, Math.round(RUNS * (SHARE[name] ?? 1))), seed: SEED },
    );
  }, 120_000);
});
