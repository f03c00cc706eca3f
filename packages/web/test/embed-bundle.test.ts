import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { embedBundle, ensureWebBuilt } from "./ensure-built.js";

const bundle = embedBundle;
export const EMBED_BUDGET_GZIP = 30 * 1024;

describe("embed bundle dist/kpikit-elements.js", () => {
  beforeAll(() => ensureWebBuilt(), 120_000);

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
