import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(pkg, "dist", "kpikit-elements.js");
export const EMBED_BUDGET_GZIP = 30 * 1024;

describe("embed bundle dist/kpikit-elements.js", () => {
  beforeAll(() => {
    if (existsSync(bundle)) return;
    const run = spawnSync("pnpm", ["--filter", "@kpikit/web", "build"], { cwd: pkg, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`building @kpikit/web failed:\n${run.stderr}`);
  }, 120_000);

  it(`is at most 30 KB gzipped`, () => {
    const gz = gzipSync(readFileSync(bundle), { level: 9 }).length;
    expect(gz).toBeGreaterThan(5_000); // it really contains the renderers
    expect(gz).toBeLessThanOrEqual(EMBED_BUDGET_GZIP);
  });
  it("contains no zod and imports nothing (self-contained)", () => {
    const code = readFileSync(bundle, "utf8");
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
    expect(code).not.toMatch(/(?:^|[;}\s])import\s*(?:[{*"']|[\w$]+\s+from)|\bimport\(/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    expect(code).toContain("kpi-scorecard");
    expect(code).toContain("customElements");
  });
});
