import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedBundle, ensureWebBuilt } from "../test/ensure-built.js";
import {
  activeElement,
  activeMarkup,
  axe,
  focusInShadow,
  HOSTILE,
  hostileScorecard,
  launch,
  requireChromium,
  type StaticServer,
  serve,
} from "./helpers.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../..");
const bundle = embedBundle;
const CSP = "script-src 'self'; style-src 'self'";

describe.skipIf(!requireChromium())("embed example page in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await serve(
      {
        "/": join(repo, "examples/embed"),
        "/kpikit-elements.js": bundle,
        "/csp/": join(repo, "examples/embed"),
        "/csp/kpikit-elements.js": bundle,
      },
      (path) => (path.startsWith("/csp/") ? { "content-security-policy": CSP } : {}),
    );
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    width: number,
    path = "/",
    options: { javaScriptEnabled?: boolean } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy/i.test(m.text()))
        errors.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(server.url + path);
    if (options.javaScriptEnabled !== false)
      await page.waitForFunction(
        () =>
          document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ===
          7,
      );
    return { page, errors };
  }

  const rowStatuses = (page: Page) =>
    page.evaluate(() =>
      [
        ...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]") ?? []),
      ].map((tr) => (tr.className.match(/kpi-row--([a-z-]+)/) ?? [])[1]),
    );

  it("renders every element with no errors and 0 axe violations (WCAG 2.2 AA)", async () => {
    const { page, errors } = await open(1280);
    await page.waitForFunction(() =>
      ["kpi-indicator", "kpi-trend", "kpi-neighbours", "kpi-rag"].every((t) =>
        document.querySelector(t)?.shadowRoot?.querySelector(".kpi-card"),
      ),
    );
    // With every "Show … as a table" disclosure open, so that the data tables are checked too.
    await page.evaluate(() => {
      for (const host of document.querySelectorAll("kpi-scorecard, kpi-indicator, kpi-trend, kpi-neighbours"))
        for (const d of host.shadowRoot?.querySelectorAll("details") ?? []) d.open = true;
    });
    const violations = await axe(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    const heading = await page.evaluate(
      () => document.querySelector("kpi-indicator")?.shadowRoot?.querySelector("h3")?.textContent,
    );
    expect(heading).toBe("Re-referrals within 12 months");
    await page.screenshot({ path: "/tmp/kpikit-embed-1280.png", fullPage: true });
    await page.context().close();
  });

  it("sorts from the keyboard: Tab to the rating header button, Enter; aria-sort, row order and the live region change", async () => {
    const { page } = await open(1280);
    expect(await rowStatuses(page)).toEqual([
      "red",
      "green",
      "blue",
      "not-rated",
      "amber",
      "not-rated",
      "green",
    ]);
    // Start from the table's scroll region and Tab forward through the header buttons.
    await focusInShadow(page, "kpi-scorecard", ".kpi-scroll");
    let found = false;
    for (let i = 0; i < 12 && !found; i++) {
      await page.keyboard.press("Tab");
      found = (await activeElement(page)).sort === "rating";
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => rowStatuses(page))
      .toEqual(["red", "amber", "green", "green", "blue", "not-rated", "not-rated"]);
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector("kpi-scorecard")?.shadowRoot;
        return {
          sort: root
            ?.querySelector('button[data-kpi-sort="rating"]')
            ?.closest("th")
            ?.getAttribute("aria-sort"),
          live: root?.querySelector("[aria-live=polite]")?.textContent,
        };
      });
    expect(await state()).toEqual({ sort: "ascending", live: "Table sorted by rating, most severe first." });
    expect((await activeElement(page)).sort).toBe("rating"); // focus stays on the button
    await page.keyboard.press("Enter");
    expect(await state()).toEqual({
      sort: "descending",
      live: "Table sorted by rating, least severe first.",
    });
    expect((await rowStatuses(page))[0]).toBe("not-rated");
    // Space works as well as Enter, and the focused button shows the focus style (yellow outline, dark ring).
    await page.keyboard.press("Space");
    expect(await state()).toEqual({ sort: "ascending", live: "Table sorted by rating, most severe first." });
    const focusStyle = await page.evaluate(() => {
      const b = document
        .querySelector("kpi-scorecard")
        ?.shadowRoot?.querySelector('button[data-kpi-sort="rating"]') as HTMLElement;
      const cs = getComputedStyle(b);
      return {
        outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
        ring: cs.boxShadow !== "none",
      };
    });
    expect(focusStyle).toEqual({ outline: "solid 3px rgb(255, 221, 0)", ring: true });
    await page.context().close();
  });

  it("moves focus to an indicator's detail section when its name is followed inside the shadow root", async () => {
    const { page } = await open(1280);
    await page.locator("kpi-scorecard").locator('tr[data-kpi-id="cla-distance-20m"] th a').click();
    const focused = await activeElement(page);
    expect(focused.tag).toBe("h4");
    expect(focused.text).toContain("placed more than 20 miles from home");
    await page.context().close();
  });

  it("filters by rating and by section", async () => {
    const { page } = await open(1280);
    const root = "kpi-scorecard";
    await page.locator(root).locator('select[data-kpi-filter="rating"]').selectOption("red,amber");
    expect(await rowStatuses(page)).toEqual(["red", "amber"]);
    await page.locator(root).locator('select[data-kpi-filter="rating"]').selectOption("");
    await page.locator(root).locator('select[data-kpi-filter="section"]').selectOption("Child protection");
    expect(await rowStatuses(page)).toEqual(["blue", "not-rated"]);
    await page.context().close();
  });

  it("works at 320 px: no sideways page scroll; the table scrolls inside its focusable region", async () => {
    const { page } = await open(320);
    const m = await page.evaluate(() => {
      const region = document
        .querySelector("kpi-scorecard")
        ?.shadowRoot?.querySelector(".kpi-scroll") as HTMLElement;
      return {
        page: document.scrollingElement?.scrollWidth ?? 0,
        region: region.scrollWidth,
        regionClient: region.clientWidth,
        tabindex: region.getAttribute("tabindex"),
      };
    });
    expect(m.page).toBeLessThanOrEqual(320);
    expect(m.region).toBeGreaterThan(m.regionClient);
    expect(m.tabindex).toBe("0");
    // On a narrow screen the indicator names stay in view while the figures scroll sideways under them.
    const pinned = await page.evaluate(() => {
      const root = document.querySelector("kpi-scorecard")?.shadowRoot;
      const region = root?.querySelector(".kpi-scroll") as HTMLElement;
      region.scrollLeft = 400;
      const left = (sel: string) => Math.round(root?.querySelector(sel)?.getBoundingClientRect().left ?? -1);
      return {
        scrolled: region.scrollLeft,
        region: Math.round(region.getBoundingClientRect().left),
        name: left("tr[data-kpi-id] th.kpi-indicator"),
        header: left("thead th"),
        value: left("tr[data-kpi-id] td"),
      };
    });
    expect(pinned.scrolled).toBe(400);
    expect(pinned.name).toBe(pinned.region);
    expect(pinned.header).toBe(pinned.region);
    expect(pinned.value).toBeLessThan(pinned.region); // the first figure has scrolled out of view
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/kpikit-embed-320.png", fullPage: true });
    await page.context().close();
  });

  it("keeps rating labels as visible text under forced colours", async () => {
    const { page } = await open(1280);
    await page.emulateMedia({ forcedColors: "active" });
    const tags = await page.evaluate(() =>
      [...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("td .kpi-rag") ?? [])].map(
        (el) => {
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return {
            // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what forced colours must keep
            text: (el as HTMLElement).innerText.trim(),
            visible:
              r.width > 10 && r.height > 5 && cs.visibility === "visible" && cs.color !== cs.backgroundColor,
            border: cs.borderTopStyle,
          };
        },
      ),
    );
    expect(tags.map((t) => t.text.replace(/^\W+\s*/, ""))).toEqual([
      "Red",
      "Green",
      "Blue",
      "Not rated",
      "Amber",
      "Not rated",
      "Green",
    ]);
    expect(tags.every((t) => t.visible && t.border === "solid")).toBe(true);
    await page.screenshot({ path: "/tmp/kpikit-embed-forced.png" });
    await page.context().close();
  });

  it("renders under a strict CSP (script-src 'self'; style-src 'self') with no violations", async () => {
    const { page, errors } = await open(1280, "/csp/");
    const styled = await page.evaluate(() => {
      const tag = document
        .querySelector("kpi-scorecard")
        ?.shadowRoot?.querySelector("td .kpi-rag") as HTMLElement;
      return getComputedStyle(tag).backgroundColor;
    });
    expect(styled).toBe("rgb(244, 205, 198)"); // the red tint: adopted stylesheets apply under style-src 'self'
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows the fallback content when JavaScript is off", async () => {
    const { page } = await open(1280, "/", { javaScriptEnabled: false });
    await expect
      .poll(() => page.locator("kpi-scorecard a").textContent())
      .toBe("download the scorecard data (JSON)");
    expect(await page.locator("kpi-scorecard a").isVisible()).toBe(true);
    await page.context().close();
  });

  it("renders hostile names, notes and glossary entries inert: from src, as data and in attributes", async () => {
    const { page, errors } = await open(1280);
    const example = JSON.parse(readFileSync(join(repo, "examples/embed/scorecard.json"), "utf8"));
    const evil = hostileScorecard(example);
    await page.route("**/hostile.json", (route) => route.fulfill({ json: evil }));
    await page.evaluate(
      async ({ data, hostile }) => {
        const main = document.querySelector("main") as HTMLElement;
        const fromSrc = document.createElement("kpi-scorecard");
        const loaded = new Promise((ok) => fromSrc.addEventListener("kpi-load", ok, { once: true }));
        fromSrc.setAttribute("src", "hostile.json");
        fromSrc.setAttribute("id-prefix", "evil-src");
        const fromData = document.createElement("kpi-scorecard") as HTMLElement & { data: unknown };
        fromData.setAttribute("id-prefix", hostile[2] ?? "");
        const card = document.createElement("kpi-indicator") as HTMLElement & { data: unknown };
        card.setAttribute("indicator", hostile[0] ?? "");
        const rag = document.createElement("kpi-rag");
        rag.setAttribute("status", hostile[2] ?? "");
        rag.setAttribute("reason", hostile.join(" "));
        // A javascript: src is fetched (and refused by fetch), never navigated to or run.
        const jsSrc = document.createElement("kpi-trend");
        const refused = new Promise((ok) => jsSrc.addEventListener("kpi-error", ok, { once: true }));
        jsSrc.setAttribute("indicator", "re-referrals-12m");
        jsSrc.setAttribute("src", hostile[3] ?? "");
        main.append(fromSrc, fromData, card, rag, jsSrc);
        await refused;
        fromData.data = data;
        card.data = data;
        await loaded;
        // Open every disclosure so that lazily drawn charts and data tables are rendered too.
        for (const host of [fromSrc, fromData])
          for (const d of host.shadowRoot?.querySelectorAll("details") ?? []) d.open = true;
      },
      { data: evil, hostile: HOSTILE },
    );
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll("kpi-scorecard")].map(
            (e) => e.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length,
          ),
        ),
      )
      .toEqual([7, 7, 7]);
    expect(await activeMarkup(page)).toEqual({
      pwned: false,
      scripts: 0,
      imgs: 0,
      handlers: [],
      jsUrls: 0,
    });
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll("kpi-scorecard, kpi-indicator, kpi-rag")]
        .slice(-4)
        .map((e) => e.shadowRoot?.textContent ?? ""),
    );
    // The text is shown as text: the hostile strings are visible, not interpreted.
    expect(texts[0]).toContain("<script>window.__pwned=1</script>");
    expect(texts[2]).toContain('The scorecard has no indicator "<img src=x onerror="window.__pwned=1">".');
    expect(texts[3]).toContain("Not rated");
    expect(texts[3]).toContain("</style><script>window.__pwned=1</script>");
    expect(
      await page.evaluate(
        () =>
          document.querySelector("kpi-trend:last-of-type")?.shadowRoot?.querySelector("[role=alert]")
            ?.textContent,
      ),
    ).toMatch(/^Could not load the scorecard from javascript:window.__pwned=1: /);
    // Only the browser's own note that it refused to fetch the javascript: src (worded by the browser).
    expect(errors.filter((e) => !e.includes("javascript:window.__pwned=1"))).toEqual([]);
    await page.context().close();
  });

  it("tolerates the script twice on one page and shows fallback content and an alert for a bad src", async () => {
    const { page, errors } = await open(1280);
    // Resolves once the second copy has run (and skipped the tags the first one defined).
    await page.addScriptTag({ url: "/kpikit-elements.js?again=1", type: "module" });
    const result = await page.evaluate(async () => {
      const el = document.createElement("kpi-scorecard");
      el.setAttribute("src", "missing.json");
      el.innerHTML = "<p>Fallback text</p>";
      document.querySelector("main")?.append(el);
      await new Promise<void>((ok) => el.addEventListener("kpi-error", () => ok(), { once: true }));
      return {
        alert: el.shadowRoot?.querySelector("[role=alert]")?.textContent,
        slot: !!el.shadowRoot?.querySelector("slot"),
      };
    });
    expect(result).toEqual({
      alert: "Could not load the scorecard from missing.json: the server answered 404.",
      slot: true,
    });
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
