// The Wiltshire report's HTML in real Chromium: axe finds no accessibility violations, nothing is fetched
// from the network, every indicator is in the table, and table rows are kept whole when printed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, requireChromium } from "../../web/browser/helpers.js";

const REPO = resolve(__dirname, "../../..");
const CLI = resolve(__dirname, "../dist/main.js");

describe.skipIf(!requireChromium())("kpikit report HTML in Chromium", () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-html-"));
    file = join(dir, "wiltshire.html");
    const example = (f: string) => join(REPO, "examples/wiltshire-2020", f);
    const r = spawnSync(
      process.execPath,
      [
        CLI,
        "report",
        "--local",
        example("local-figures.csv"),
        "--config",
        example("kpikit.config.yaml"),
        "--out",
        file,
        "-q",
      ],
      { encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("has no axe violations (WCAG 2.2 AA) and fetches nothing", async () => {
    // The report forbids scripts with its Content-Security-Policy; bypass it only to inject axe.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (req) => {
      if (!req.url().startsWith("file:")) requests.push(req.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([]);
    await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      return axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      });
    });
    expect(
      result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      ),
    ).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), "kpikit-wiltshire-1280.png") });
    await context.close();
  });

  it("shows all 20 indicators with their direction in words, and keeps rows whole in print", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    const text = await page.evaluate(() => document.body.textContent ?? "");
    for (const words of [
      "Re-referrals to children's social care within 12 months",
      "Agency children and family social workers",
      "Section 47 enquiries that led to an initial child protection conference",
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/Worsening/);
    expect(text).toMatch(/No change/);
    expect(text).toMatch(/Not judged/);
    await page.emulateMedia({ media: "print" });
    const breakInside = await page.evaluate(() =>
      [...document.querySelectorAll("table tbody tr")]
        .slice(0, 5)
        .map((tr) => getComputedStyle(tr).breakInside),
    );
    expect(breakInside.length).toBeGreaterThan(0);
    expect(new Set(breakInside)).toEqual(new Set(["avoid"]));
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });
});
