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

  it.each([1280, 320])("has no axe violations (WCAG 2.2 AA) at %i px and fetches nothing", async (width) => {
    // The report forbids scripts with its Content-Security-Policy; bypass it only to inject axe.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
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
    await page.screenshot({ path: join(tmpdir(), `kpikit-wiltshire-${width}.png`) });
    await context.close();
  });

  it("at 320 px shows each row's rating next to its indicator, on screen", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll("tr.kpi-row")].slice(0, 6).map((tr) => {
        const name = tr.querySelector("th")!.getBoundingClientRect();
        const tag = tr.querySelector(".kpi-col-rating .kpi-rag")!.getBoundingClientRect();
        return { gap: tag.left - name.right, right: tag.right };
      }),
    );
    expect(rows.length).toBe(6);
    for (const r of rows) {
      expect(r.gap).toBeGreaterThanOrEqual(0);
      expect(r.gap).toBeLessThan(24);
      expect(r.right).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it("prints in at most 8 A4 pages", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(8);
    await page.close();
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
    expect(text).toMatch(/No significant change/);
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

describe.skipIf(!requireChromium())("a bundled LA's report in Chromium", () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), "kpikit-html-")), "leeds.html");
    const r = spawnSync(process.execPath, [CLI, "report", "--la", "Leeds", "--out", file, "-q"], {
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("prints in at most 20 A4 pages and lists the indicators with no figure once", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(20);
    const table = await page.evaluate(() => ({
      rows: document.querySelectorAll("tr.kpi-row").length,
      missing: document.querySelectorAll(".kpi-missing").length,
      details: document.querySelectorAll(".kpi-detail").length,
    }));
    expect(table.rows).toBeGreaterThan(50);
    expect(table.missing).toBeLessThanOrEqual(1);
    expect(table.details).toBeLessThan(table.rows);
    await page.close();
  });
});
