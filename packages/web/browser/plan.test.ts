// The improvement plan in real Chromium: the report document with a plan section and <kpi-plan>, at 1280 and
// 320 px, checked with axe; the roadmap's labels inside the chart and readable; rows kept whole in print.
// Screenshots go to /tmp/kpikit-plan-*.png for a person to look at.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReportDocument } from "../src/index.js";
import { embedBundle, ensureWebBuilt } from "../test/ensure-built.js";
import { examplePlanScorecard } from "../test/fixtures/example-plan.js";
import { exampleScorecard } from "../test/fixtures/example-scorecard.js";
import { axe, launch, requireChromium, type StaticServer, serve } from "./helpers.js";

const CSP = "script-src 'self'; style-src 'self'";
const PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Improvement plan</title><script type="module" src="kpikit-elements.js"></script></head>
<body><main><h1>Children's services improvement</h1>
<kpi-plan id="plan" src="plan.json"><p>The improvement plan is in <a href="plan.json">plan.json</a>.</p></kpi-plan>
<kpi-plan id="none" src="no-plan.json"><p>No plan: see <a href="no-plan.json">the scorecard</a>.</p></kpi-plan>
</main></body></html>
`;

/** Where each roadmap label sits against its chart, in CSS pixels, and the chart's font size on screen. */
function roadmapGeometry(page: Page, host?: string) {
  return page.evaluate((hostSel) => {
    const root: ParentNode = hostSel ? (document.querySelector(hostSel)?.shadowRoot ?? document) : document;
    const svg = root.querySelector("svg.kpi-chart--roadmap") as SVGSVGElement | null;
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll("text")].map((t) => {
      const r = t.getBoundingClientRect();
      return {
        text: t.textContent ?? "",
        left: r.left - box.left,
        right: box.right - r.right,
        top: r.top - box.top,
      };
    });
    const fontPx = (box.width / svg.viewBox.baseVal.width) * 12;
    return { width: box.width, fontPx, labels };
  }, host);
}

describe.skipIf(!requireChromium())("improvement plan in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let dir = "";

  beforeAll(async () => {
    ensureWebBuilt();
    dir = mkdtempSync(join(tmpdir(), "kpikit-plan-"));
    writeFileSync(join(dir, "report.html"), renderReportDocument(examplePlanScorecard));
    writeFileSync(join(dir, "plan.json"), JSON.stringify(examplePlanScorecard));
    writeFileSync(join(dir, "no-plan.json"), JSON.stringify(exampleScorecard));
    writeFileSync(join(dir, "index.html"), PAGE);
    server = await serve({ "/": dir, "/kpikit-elements.js": embedBundle }, (path) =>
      path === "/" ? { "content-security-policy": CSP } : {},
    );
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number, path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    await page.goto(server.url + path);
    return { page, errors };
  }

  it.each([1280, 320])("the report with a plan section has 0 axe violations at %i px", async (width) => {
    const { page, errors } = await open(width, "/report.html");
    await page.evaluate(() => {
      for (const d of document.querySelectorAll(".kpi-plan details")) (d as HTMLDetailsElement).open = true;
    });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    // The page itself never scrolls sideways: wide tables scroll in their own region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const geo = await roadmapGeometry(page);
    expect(geo?.labels.length).toBeGreaterThan(8);
    for (const l of geo?.labels ?? []) {
      expect(l.left, l.text).toBeGreaterThanOrEqual(0);
      expect(l.right, l.text).toBeGreaterThanOrEqual(0);
      expect(l.top, l.text).toBeGreaterThanOrEqual(0);
    }
    expect(geo?.fontPx).toBeGreaterThanOrEqual(width === 320 ? 10 : 12);
    await page.locator(".kpi-plan").screenshot({ path: `/tmp/kpikit-plan-report-${width}.png` });
    await page.locator(".kpi-plan__summary").screenshot({ path: `/tmp/kpikit-plan-summary-${width}.png` });
    await page
      .locator("svg.kpi-chart--roadmap")
      .screenshot({ path: `/tmp/kpikit-plan-roadmap-${width}.png` });
    await page.locator(".kpi-plan__actions").screenshot({ path: `/tmp/kpikit-plan-actions-${width}.png` });
    await page.context().close();
  });

  it.each([1280, 320])("<kpi-plan> renders the plan with 0 axe violations at %i px", async (width) => {
    const { page, errors } = await open(width, "/");
    await page.waitForFunction(() =>
      document.querySelector("#plan")?.shadowRoot?.querySelector(".kpi-plan .kpi-table--plan"),
    );
    await page.waitForFunction(() =>
      document.querySelector("#none")?.shadowRoot?.querySelector(".kpi-error"),
    );
    await page.evaluate(() => {
      for (const d of document.querySelector("#plan")?.shadowRoot?.querySelectorAll("details") ?? [])
        (d as HTMLDetailsElement).open = true;
    });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    const shown = await page.evaluate(() => {
      const root = document.querySelector("#plan")?.shadowRoot;
      return {
        heading: root?.querySelector("h2")?.textContent,
        firstRow: root?.querySelector(".kpi-table--plan tbody th")?.textContent,
        chart: root?.querySelector("svg.kpi-chart--roadmap")?.getAttribute("aria-label"),
        error: document.querySelector("#none")?.shadowRoot?.querySelector(".kpi-error")?.textContent,
        fallback: document.querySelector("#none")?.shadowRoot?.querySelector("slot") !== null,
      };
    });
    expect(shown).toEqual({
      heading: "Improvement plan 2024/25, as at 25 November 2024",
      firstRow: "1.1",
      chart: "6 actions from 1 Apr 2024 to 31 Mar 2025; 1 overdue",
      error: "The scorecard has no improvement plan.",
      fallback: true,
    });
    const geo = await roadmapGeometry(page, "#plan");
    for (const l of geo?.labels ?? []) {
      expect(l.left, l.text).toBeGreaterThanOrEqual(0);
      expect(l.right, l.text).toBeGreaterThanOrEqual(0);
    }
    await page.screenshot({ path: `/tmp/kpikit-plan-element-${width}.png`, fullPage: true });
    await page.context().close();
  });

  it("fires kpi-load with the scorecard, and kpi-error for a scorecard without a plan", async () => {
    const { page } = await open(1280, "/");
    const events = await page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          const seen: string[] = [];
          const el = document.createElement("kpi-plan");
          el.addEventListener("kpi-load", (e) =>
            seen.push(`load ${(e as CustomEvent).detail.scorecard.plan.title}`),
          );
          el.addEventListener("kpi-error", (e) => {
            seen.push(`error ${(e as CustomEvent).detail.message}`);
            done(seen);
          });
          document.body.append(el);
          el.setAttribute("src", "plan.json");
          el.addEventListener("kpi-load", () => el.setAttribute("src", "no-plan.json"), { once: true });
        }),
    );
    expect(events).toEqual(["load Improvement plan 2024/25", "error The scorecard has no improvement plan."]);
    await page.context().close();
  });

  it("prints on A4 with action rows and the roadmap kept whole, and the table alternative left out", async () => {
    const { page } = await open(1280, "/report.html");
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate(() => ({
      row: getComputedStyle(document.querySelector(".kpi-table--plan tbody tr") as Element).breakInside,
      figure: getComputedStyle(document.querySelector(".kpi-figure--roadmap") as Element).breakInside,
      data: getComputedStyle(document.querySelector(".kpi-plan .kpi-data") as Element).display,
      overflow: getComputedStyle(document.querySelector(".kpi-plan .kpi-scroll") as Element).overflowX,
    }));
    expect(print).toEqual({ row: "avoid", figure: "avoid", data: "none", overflow: "visible" });
    const pdf = await page.pdf({ format: "A4", landscape: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.context().close();
  });
});
