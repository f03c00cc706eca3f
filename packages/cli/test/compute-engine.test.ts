import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kpikit } from "./run-cli.js";

/** Whether the optional DuckDB binding loads here (it is a dev dependency of this repository). */
const hasDuckDb = await import("@duckdb/node-api").then(
  () => true,
  () => false,
);
if (!hasDuckDb) console.warn("compute --engine duckdb test skipped: @duckdb/node-api does not load here");

describe.skipIf(!hasDuckDb)("kpikit compute --engine duckdb", () => {
  // Three years of synthetic returns, so the look-backs and the stitching across years are exercised.
  const dir = mkdtempSync(join(tmpdir(), "kpikit-engine-"));
  const outDir = mkdtempSync(join(tmpdir(), "kpikit-engine-out-"));
  const made = kpikit([
    "synth",
    ...["--la", "865", "--years", "2021/22..2023/24", "--scale", "0.08", "--seed", "11", "--out", dir],
  ]);

  it.each([
    ["one year", ["--year", "2023/24"]],
    ["every year", ["--years", "2021/22..2023/24"]],
    ["one year, unsuppressed", ["--year", "2022/23", "--no-suppress"]],
  ])("writes the TypeScript engine's figures (%s)", (_name, args) => {
    expect(made.code, made.stderr).toBe(0);
    const outs = ["ts", "duckdb"].map((engine) => {
      const out = join(outDir, `figures-${engine}-${args.join("").replace(/\W/g, "")}.csv`);
      const r = kpikit(["compute", dir, ...args, "--engine", engine, "--out", out, "--quiet"]);
      expect(r.code, r.stderr).toBe(0);
      return readFileSync(out, "utf8");
    });
    const [ts, duck] = outs as [string, string];
    expect(duck).toBe(ts);
    // Figures with numbers in them, not a file of empty rows.
    const numeric = ts.split("\n").filter((l) => /,\d+(\.\d+)?%?,\d+,\d+,/.test(l));
    expect(numeric.length).toBeGreaterThanOrEqual(8);
  });

  it("refuses an engine it does not have (exit 2)", () => {
    const r = kpikit(["compute", dir, "--engine", "spark"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--engine "spark": use ts')]);
  });
});
