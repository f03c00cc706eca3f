// The Wiltshire report's HTML in real Chromium: axe finds no accessibility violations, nothing is fetched
// from the network, every indicator is in the table, and table rows are kept whole when printed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, requireChromium } from "../../web/browser/helpers.js";

const REPO = resolve(__dirname, "../../..");
const CLI = resolve(__dirname, "../dist/main.js");

/** The report's axe violations (WCAG 2.2 AA), each as its rule and first targets; [] when there are none. */
async function axeViolations(page: Page): Promise<string[]> {
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
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

/** How many A4 pages the report prints on (each page of a PDF is one "/Type /Page" object). */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * What is wrong in the neighbour charts as the browser draws them (real font metrics): a name or value label
 * outside the chart (clipped), a reference line across a value label, or labels drawn smaller than `minPt`
 * points (the chart scaled down to fit). [] when nothing is.
 */
async function neighbourChartProblems(page: Page, minPt = 0): Promise<string[]> {
  return page.evaluate((minPt) => {
    const problems: string[] = [];
    const charts = [...document.querySelectorAll<SVGSVGElement>(".kpi-figure--neighbours svg.kpi-chart")];
    charts.forEach((svg, i) => {
      const view = svg.viewBox.baseVal;
      // CSS pixels are 0.75 pt; the drawing scales to fit its box both ways (preserveAspectRatio), labels with it.
      const box = svg.getBoundingClientRect();
      const pt =
        Number(svg.getAttribute("font-size")) *
        Math.min(box.width / view.width, box.height / view.height) *
        0.75;
      if (pt < minPt) problems.push(`chart ${i}: labels drawn at ${pt.toFixed(1)} pt`);
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")];
      for (const t of texts) {
        const b = t.getBBox();
        if (b.x < -0.5 || b.x + b.width > view.width + 0.5)
          problems.push(
            `chart ${i}: "${t.textContent}" drawn from ${b.x.toFixed(1)} to ${(b.x + b.width).toFixed(1)} of ${view.width}`,
          );
      }
      const axisY = Math.max(
        ...[...svg.querySelectorAll("line")]
          .filter((l) => l.getAttribute("y1") === l.getAttribute("y2") && !l.hasAttribute("stroke-dasharray"))
          .map((l) => Number(l.getAttribute("y1"))),
      );
      // Value labels: start-anchored texts above the axis (names are end-anchored, ticks centred, the legend below).
      const values = texts
        .filter((t) => !t.hasAttribute("text-anchor") && Number(t.getAttribute("y")) < axisY)
        .map((t) => ({ text: t.textContent, box: t.getBBox() }));
      const refs = [...svg.querySelectorAll("line[stroke-dasharray]")].filter(
        (l) => l.getAttribute("x1") === l.getAttribute("x2"),
      );
      for (const l of refs) {
        const x = Number(l.getAttribute("x1"));
        const [y1, y2] = [Number(l.getAttribute("y1")), Number(l.getAttribute("y2"))].sort(
          (a, b) => a - b,
        ) as [number, number];
        for (const v of values) {
          const b = v.box;
          if (x >= b.x - 1 && x <= b.x + b.width + 1 && y1 < b.y + b.height && y2 > b.y)
            problems.push(`chart ${i}: the line at ${x} crosses "${v.text}"`);
        }
      }
    });
    return charts.length === 0 ? ["no neighbour chart"] : problems;
  }, minPt);
}

/** The smallest label a printed chart may have: smaller is not read on paper. */
const PRINT_MIN_PT = 5;

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
    expect(await axeViolations(page)).toEqual([]);
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
    const pages = await printedPages(page);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(8);
    await page.close();
  });

  it.each([
    [1280, "screen"],
    [320, "screen"],
    [1032, "print"],
  ] as const)(
    "draws its neighbour charts whole at %i px (%s): names and values inside, no line across a value, labels of 5 pt or more in print",
    async (width, media) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      await page.emulateMedia({ media });
      expect(await neighbourChartProblems(page, media === "print" ? PRINT_MIN_PT : 0)).toEqual([]);
      await page.close();
    },
  );

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

// Bundled LAs' reports: Herefordshire has the longest own name ("Herefordshire Council"), Camden compares with
// Inner London, Leeds is a large city, Cumbria no longer exists (reported as at its last year).
describe.skipIf(!requireChromium()).each([
  ["Herefordshire", true],
  ["Camden", true],
  ["Leeds", false],
  ["Cumbria", false],
])("%s's report in Chromium", (la, axe) => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), "kpikit-html-")), `${la.toLowerCase()}.html`);
    const r = spawnSync(process.execPath, [CLI, "report", "--la", la, "--out", file, "-q"], {
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
    const pages = await printedPages(page);
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

  it.each([
    [1280, "screen"],
    [320, "screen"],
    [1032, "print"],
  ] as const)("draws its neighbour charts whole at %i px (%s)", async (width, media) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media });
    expect(await neighbourChartProblems(page, media === "print" ? PRINT_MIN_PT : 0)).toEqual([]);
    await page.close();
  });

  it.skipIf(!axe).each([1280, 320])(
    "has no axe violations at %i px, the rating next to each indicator at 320 px",
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      expect(await axeViolations(page)).toEqual([]);
      if (width === 320) {
        const gaps = await page.evaluate(() =>
          [...document.querySelectorAll("tr.kpi-row")].map((tr) => {
            const name = tr.querySelector("th")!.getBoundingClientRect();
            const tag = tr.querySelector(".kpi-col-rating .kpi-rag")!.getBoundingClientRect();
            return { gap: tag.left - name.right, right: tag.right };
          }),
        );
        expect(gaps.length).toBeGreaterThan(50);
        expect(gaps.filter((g) => g.gap < 0 || g.gap >= 24 || g.right > 320)).toEqual([]);
      }
      await context.close();
    },
  );
});
