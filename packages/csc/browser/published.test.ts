// The bundled data in a real browser: @kpikit/csc bundled for the browser (no fs, no node:*) loads the LAIT
// dataset, benchmarks an indicator and parses an EES file in Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, requireChromium } from "../../web/browser/helpers.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");

describe.skipIf(!requireChromium())("@kpikit/csc published data in Chromium", () => {
  let browser: Browser;
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kpikit-csc-browser-"));
    const entry = join(dir, "entry.ts");
    writeFileSync(
      entry,
      `import { benchmarkIndicator, findArea, loadPublished, parseEesCsv } from ${JSON.stringify(join(repo, "packages/csc/src/index.ts"))};
const t0 = performance.now();
const data = loadPublished();
const england = data.value("ReReferral", "970", "2024/25");
const ms = performance.now() - t0;
const b = benchmarkIndicator("cpp-repeat", { period: "2024/25" });
const wilts = b.rows.find((r) => r.laCode === "865");
const area = findArea("City of Bristol");
const ees = parseEesCsv(new Uint8Array([...new TextEncoder().encode("time_period,geographic_level,old_la_code,referral_count,rereferral_count,rereferral_percent\\n2025,Local authority,865,3000,600,20\\n")]));
(window as unknown as { result: unknown }).result = {
  measures: data.measures.length, england: england?.value, ms,
  wilts: [wilts?.value, wilts?.rank, wilts?.band, wilts?.neighbourAverage],
  area: area.ok ? area.area.code : null,
  ees: ees.observations.map((o) => [o.indicatorId, o.value]),
};
`,
    );
    // esbuild comes with tsup; platform "browser" fails the build on any node:* import.
    const esbuild = createRequire(createRequire(join(repo, "package.json")).resolve("tsup"))(
      "esbuild",
    ) as typeof import("esbuild");
    const out = join(dir, "bundle.js");
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "browser",
      outfile: out,
      alias: { "@kpikit/core": join(repo, "packages/core/src/index.ts") },
      logLevel: "silent",
    });
    bundle = readFileSync(out, "utf8");
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads the dataset, benchmarks and parses without Node", async () => {
    expect(bundle).not.toMatch(/from\s*["']node:/);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto("about:blank");
    await page.addScriptTag({ content: bundle, type: "module" });
    await page.waitForFunction(
      () => (window as unknown as { result?: unknown }).result !== undefined,
      undefined,
      { timeout: 20_000 },
    );
    const result = (await page.evaluate(() => (window as unknown as { result: unknown }).result)) as {
      measures: number;
      england: number;
      ms: number;
      wilts: unknown[];
      area: string;
      ees: unknown[];
    };
    expect(errors).toEqual([]);
    expect(result.measures).toBe(115);
    expect(result.england).toBe(22.6);
    expect(result.wilts).toEqual([25, 86, "C", 26.3]);
    expect(result.area).toBe("801");
    expect(result.ees).toEqual([
      ["re-referrals-12m", 20],
      [expect.any(String), 3000], // the referral count, under the catalogue's id for LAIT CPP_Total_NumRef
    ]);
    console.log(`loadPublished + first lookup in Chromium: ${result.ms.toFixed(1)} ms`);
    await page.close();
  });
});
