import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RAG_LABEL } from "@kpikit/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readScorecard, tableOrder } from "../../../packages/web/browser/example.js";
import {
  activeElement,
  activeMarkup,
  axe,
  focusInShadow,
  hostileScorecard,
  ratingsBeside,
  requireChromium,
} from "../../../packages/web/browser/helpers.js";
import { dist, useBuiltSite } from "./built-site.js";

/** The example scorecard's row count (a real report, made by scripts/example-scorecard.mjs). */
const exampleRows = (): number => readScorecard(join(dist, "example-scorecard.json")).rows.length;

const CSP = "script-src 'self'; style-src 'self'";

describe.skipIf(!requireChromium())("dashboard in Chromium", () => {
  const site = useBuiltSite(
    { "/": dist, "/csp/": dist },
    (path): Record<string, string> => (path.startsWith("/csp/") ? { "content-security-policy": CSP } : {}),
  );

  async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(site.server.url + path);
    return { page, errors };
  }
  /** Waits (up to 30 s on a loaded machine) until an LA's benchmark scorecard has rendered its table. */
  const waitForLongScorecard = (page: Page) =>
    page.waitForFunction(
      () =>
        (document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ??
          0) > 50,
      null,
      { timeout: 30_000 },
    );
  const rowCount = (page: Page) =>
    page.evaluate(
      () =>
        document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ?? 0,
    );

  it("shows an LA's benchmark scorecard from the bundled data with 0 axe violations", async () => {
    const { page, errors } = await open("/?la=865");
    await waitForLongScorecard(page);
    expect(await page.locator("#la").inputValue()).toBe("865");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toMatch(
        /^Showing the scorecard for Wiltshire: \d+ indicators, the latest published figure for each\.$/,
      );
    const title = await page.evaluate(
      () => document.querySelector("kpi-scorecard")?.shadowRoot?.querySelector("h2")?.textContent,
    );
    expect(title).toBe("Wiltshire: children's services benchmarks");
    // A long scorecard draws each section's charts when its disclosure is opened (Enter on the summary).
    const charts = (id: string) =>
      page.evaluate(
        (i) =>
          document
            .querySelector("kpi-scorecard")
            ?.shadowRoot?.querySelector(`details[data-kpi-charts="${i}"]`)
            ?.querySelectorAll("svg.kpi-chart").length ?? -1,
        id,
      );
    expect(await charts("re-referrals-12m")).toBe(0);
    await focusInShadow(page, "kpi-scorecard", 'details[data-kpi-charts="re-referrals-12m"] > summary');
    await page.keyboard.press("Enter");
    await expect.poll(() => charts("re-referrals-12m")).toBe(2);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: "/tmp/kpikit-dashboard-la-1280.png" });
    await page.context().close();
  });

  it("lists every LA on the landing page, with 0 axe violations", async () => {
    const { page, errors } = await open("/");
    await page.waitForSelector(".area-index");
    expect(await page.locator(".area-list a").count()).toBe(153);
    expect(await page.locator("#la option").count()).toBe(154);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: "/tmp/kpikit-dashboard-home-1280.png" });
    await page.context().close();
  });

  it("keeps the view in the URL: choosing an LA and an indicator updates it; Back restores; links open LA scorecards", async () => {
    const { page } = await open("/");
    await page.waitForFunction(() => !(document.getElementById("la") as HTMLSelectElement).disabled);
    await page.selectOption("#la", "865");
    await page.selectOption("#indicator", "re-referrals-12m");
    await expect.poll(() => new URL(page.url()).search).toBe("?la=865&indicator=re-referrals-12m");
    await page.waitForSelector("#all-las-table tr.is-selected");
    expect(await page.locator("#all-las-table tr.is-selected th a").textContent()).toBe("Wiltshire");
    expect(await page.locator("#all-las-table tbody tr").count()).toBeGreaterThan(150);
    expect(await axe(page)).toEqual([]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe("?la=865");
    expect(await page.locator("#indicator").inputValue()).toBe("");
    await page.goForward();
    await page.waitForSelector("#all-las-table");
    await page.locator("#all-las-table tbody tr th a", { hasText: /^Devon$/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("la")).toBe("878");
    await waitForLongScorecard(page);
    expect(await page.locator("#la").inputValue()).toBe("878");
    await page.context().close();
  });

  it("shows an indicator with snapshot periods as at the end of the chosen year", async () => {
    const { page } = await open("/?indicator=cin-rate&period=2023/24");
    await page.waitForSelector("#all-las-table");
    expect(await page.locator("#all-las-table caption").textContent()).toMatch(/, 31 Mar 2024$/);
    expect(await page.locator("#period").inputValue()).toBe("2023/24");
    await page.context().close();
  });

  it("opens a scorecard JSON from ?src= and from the file picker; sorts from the keyboard", async () => {
    const { page, errors } = await open("/?src=example-scorecard.json");
    // The example is a real report (scripts/example-scorecard.mjs): counts and order come from the file.
    const doc = JSON.parse(readFileSync(join(dist, "example-scorecard.json"), "utf8")) as {
      rows: { indicator: { id: string }; current: { value: number | null } | null }[];
    };
    const lowest = Math.min(...doc.rows.flatMap((r) => (r.current?.value == null ? [] : [r.current.value])));
    const lowestIds = doc.rows.filter((r) => r.current?.value === lowest).map((r) => r.indicator.id);
    await expect.poll(() => rowCount(page)).toBe(doc.rows.length);
    await focusInShadow(page, "kpi-scorecard", ".kpi-scroll");
    let found = false;
    for (let i = 0; i < 12 && !found; i++) {
      await page.keyboard.press("Tab");
      found = (await activeElement(page)).sort === "value";
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    const firstRows = () =>
      page.evaluate(() =>
        [
          ...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]") ?? []),
        ].map((r) => r.getAttribute("data-kpi-id")),
      );
    expect(lowestIds).toContain((await firstRows())[0]);
    expect(
      await page.evaluate(() =>
        document
          .querySelector("kpi-scorecard")
          ?.shadowRoot?.querySelector('button[data-kpi-sort="value"]')
          ?.closest("th")
          ?.getAttribute("aria-sort"),
      ),
    ).toBe("ascending");
    await page.locator("#file").setInputFiles(join(dist, "example-scorecard.json"));
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe(
        `Showing example-scorecard.json (${doc.rows.length} indicators). A file you open is not kept in the address.`,
      );
    expect(await rowCount(page)).toBe(doc.rows.length);
    await page.locator("#file").setInputFiles({
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"schemaVersion":9}'),
    });
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("bad.json is not a kpikit scorecard: schemaVersion must be 2 or 1 (got 9).");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("works at 320 px and under forced colours, with no axe violations; each rating sits next to its indicator", async () => {
    const { page } = await open("/?src=example-scorecard.json", 320);
    const example = readScorecard(join(dist, "example-scorecard.json"));
    await expect.poll(() => rowCount(page)).toBe(example.rows.length);
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    expect(await ratingsBeside(page)).toEqual({ rows: example.rows.length, misplaced: [] });
    await page.screenshot({ path: "/tmp/kpikit-dashboard-320.png", fullPage: false });
    await page.emulateMedia({ forcedColors: "active" });
    const labels = await page.evaluate(() =>
      [...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("td .kpi-rag") ?? [])].map(
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what forced colours must keep
        (e) => (e as HTMLElement).innerText.replace(/^\W+\s*/, ""),
      ),
    );
    expect(labels).toEqual(tableOrder(example.rows).map((r) => RAG_LABEL[r.rag.status]));
    await page.context().close();
  });

  it("opens ?src= only from its own site, and shows a hostile scorecard JSON as inert text", async () => {
    for (const [src, message] of [
      ["javascript:window.__pwned=1", "Only http and https addresses can be opened, not javascript:"],
      ["https://evil.example/s.json", "Scorecards are only opened from this site"],
      ["//evil.example/s.json", "Scorecards are only opened from this site"],
    ] as const) {
      const { page } = await open(`/?src=${encodeURIComponent(src)}`);
      let requested = false;
      page.on("request", (r) => {
        if (r.url().includes("evil.example")) requested = true;
      });
      await expect.poll(() => page.locator("#status").textContent()).toContain(message);
      expect(await page.locator("#status").getAttribute("class")).toContain("error");
      expect(await page.locator("kpi-scorecard").count()).toBe(0);
      expect(requested).toBe(false);
      expect((await activeMarkup(page)).pwned).toBe(false);
      await page.context().close();
    }
    const { page, errors } = await open("/?src=hostile.json");
    const example = JSON.parse(readFileSync(join(dist, "example-scorecard.json"), "utf8"));
    await page.route("**/hostile.json", (route) => route.fulfill({ json: hostileScorecard(example) }));
    errors.length = 0; // the first load, before the route, was a 404
    await page.reload();
    await expect.poll(() => rowCount(page)).toBe(exampleRows());
    await page.evaluate(() => {
      for (const d of document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("details") ?? [])
        d.open = true;
    });
    expect(await activeMarkup(page)).toEqual({
      pwned: false,
      scripts: 0,
      imgs: 0,
      handlers: [],
      jsUrls: 0,
    });
    expect(
      await page.evaluate(
        () => document.querySelector("kpi-scorecard")?.shadowRoot?.querySelector("h2")?.textContent,
      ),
    ).toContain("<script>window.__pwned=1</script>");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("works opened straight from the built folder (file://, no web server)", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`file://${join(dist, "index.html")}?indicator=re-referrals-12m`);
    await page.waitForSelector("#all-las-table tbody tr", { timeout: 30_000 });
    expect(await page.locator("#all-las-table tbody tr").count()).toBeGreaterThan(150);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector(".site-header") as Element).backgroundColor,
      ),
    ).toBe("rgb(18, 67, 109)");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("runs under a strict CSP (script-src 'self'; style-src 'self') with no violations", async () => {
    const { page, errors } = await open("/csp/?src=example-scorecard.json");
    await expect.poll(() => rowCount(page)).toBe(exampleRows());
    await page.waitForFunction(() => !(document.getElementById("la") as HTMLSelectElement).disabled);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector(".site-header") as Element).backgroundColor,
      ),
    ).toBe("rgb(18, 67, 109)");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
