// The example scorecard served by the embed example and the dashboard is what kpikit report makes from the
// Wiltshire example and the bundled data (scripts/example-scorecard.mjs), not figures written by hand.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The part of csc's bundled dataset this check reads. */
interface Published {
  findMeasure(id: string): unknown;
  value(id: string, area: string, period: string): { readonly value: number | null } | undefined;
}
// @kpikit/web does not depend on csc; only this check of the shipped example reads csc's bundled figures, from its
// sources by the test runner's alias (a specifier the type checker does not follow).
const CSC = "@kpikit/csc";
const { loadPublished } = (await import(/* @vite-ignore */ CSC)) as { loadPublished(): Published };

const repo = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const COPIES = ["examples/embed/scorecard.json", "apps/dashboard/public/example-scorecard.json"];
const cliBuilt = existsSync(join(repo, "packages/cli/dist/main.js"));

describe("the example scorecard", () => {
  it.skipIf(!cliBuilt)(
    "is what scripts/example-scorecard.mjs makes with the built CLI, in both copies",
    () => {
      const run = spawnSync(process.execPath, [join(repo, "scripts/example-scorecard.mjs"), "--check"], {
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("up to date:");
      expect(run.status).toBe(0);
    },
  );

  interface Figure {
    readonly area: { readonly code: string } | null;
    readonly value: number | null;
    readonly period?: { readonly label: string };
  }
  interface Row {
    readonly indicator: { readonly id: string };
    readonly benchmarks?: { readonly england?: Figure | null; readonly region?: Figure | null };
  }

  it.each(COPIES)("%s: every England and region benchmark is the bundled figure", (rel) => {
    const doc = JSON.parse(readFileSync(join(repo, rel), "utf8")) as {
      area: { code: string };
      rows: Row[];
    };
    const data = loadPublished();
    let checked = 0;
    for (const row of doc.rows) {
      if (!data.findMeasure(row.indicator.id)) continue;
      for (const [code, b] of [
        ["970", row.benchmarks?.england],
        [row.benchmarks?.region?.area?.code ?? "", row.benchmarks?.region],
      ] as const) {
        if (!b?.period || b.value === null) continue;
        expect([row.indicator.id, data.value(row.indicator.id, code, b.period.label)?.value]).toEqual([
          row.indicator.id,
          b.value,
        ]);
        checked++;
      }
    }
    expect(doc.area.code).toBe("865");
    expect(checked).toBeGreaterThan(15);
  });
});
