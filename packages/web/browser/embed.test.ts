import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHANGE_LABEL, RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedBundle, ensureWebBuilt } from "../test/ensure-built.js";
import { byRating, ids, readScorecard, sectionsOf, tableOrder } from "./example.js";
import {
  activeElement,
  activeMarkup,
  axe,
  focusInShadow,
  HOSTILE,
  hostileScorecard,
  launch,
  ratingsBeside,
  requireChromium,
  type StaticServer,
  serve,
} from "./helpers.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../..");
const bundle = embedBundle;
const CSP = "script-src 'self'; style-src 'self'";
// The example page's scorecard, a real report (scripts/example-scorecard.mjs): what the table should show is
// worked out from it.
const example = readScorecard(join(repo, "examples/embed/scorecard.json"));
const ROWS = example.rows.length;
const shown = tableOrder(example.rows);
/** The indicator each single-indicator element on the example page shows, from its indicator attribute. */
const pageIndicator = (tag: string): string =>
  readFileSync(join(repo, "examples/embed/index.html"), "utf8").match(
    new RegExp(`<${tag}[^>]*\\sindicator="([^"]+)"`),
  )?.[1] ?? "";

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
        (n) =>
          document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ===
          n,
        ROWS,
      );
    return { page, errors };
  }

  /** The table's rows as shown: each one's id and the rating its class names. */
  const tableRows = (page: Page) =>
    page.evaluate(() =>
      [
        ...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]") ?? []),
      ].map((tr) => ({
        id: tr.getAttribute("data-kpi-id") ?? "",
        status: (tr.className.match(/kpi-row--([a-z-]+)/) ?? [])[1],
      })),
    );
  const rowIds = async (page: Page) => (await tableRows(page)).map((r) => r.id);
  /** What the rows should look like in the table: ids and ratings. */
  const expected = (rows: typeof example.rows) =>
    rows.map((r) => ({ id: r.indicator.id, status: r.rag.status }));

  /** Opens every disclosure (data tables, and the charts a long scorecard draws only when opened) and waits for the charts. */
  const openEveryDisclosure = async (page: Page) => {
    await page.evaluate(() => {
      for (const host of document.querySelectorAll("kpi-scorecard, kpi-indicator, kpi-trend, kpi-neighbours"))
        for (const d of host.shadowRoot?.querySelectorAll("details") ?? []) d.open = true;
    });
    await page.waitForFunction(() =>
      [
        ...(document
          .querySelector("kpi-scorecard")
          ?.shadowRoot?.querySelectorAll("details[data-kpi-charts]") ?? []),
      ].every((d) => (d.querySelector(".kpi-charts")?.childElementCount ?? 0) > 0),
    );
    // The charts' own "Show … as a table" disclosures, drawn just now.
    await page.evaluate(() => {
      for (const d of document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("details") ?? [])
        d.open = true;
    });
  };

  it.each([1280, 320])(
    "renders every element with no errors and 0 axe violations (WCAG 2.2 AA) at %i px, every disclosure open",
    async (width) => {
      const { page, errors } = await open(width);
      await page.waitForFunction(() =>
        ["kpi-indicator", "kpi-trend", "kpi-neighbours", "kpi-rag"].every((t) =>
          document.querySelector(t)?.shadowRoot?.querySelector(".kpi-card"),
        ),
      );
      await openEveryDisclosure(page);
      const charts = await page.evaluate(
        () =>
          document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("svg.kpi-chart").length ?? 0,
      );
      expect(charts).toBeGreaterThanOrEqual(ROWS);
      const violations = await axe(page);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      const card = example.rows.find((r) => r.indicator.id === pageIndicator("kpi-indicator"));
      const heading = await page.evaluate(
        () => document.querySelector("kpi-indicator")?.shadowRoot?.querySelector("h3")?.textContent,
      );
      expect(heading).toBe(card?.indicator.title);
      expect(heading).toBeTruthy();
      await page.screenshot({ path: `/tmp/kpikit-embed-${width}.png`, fullPage: true });
      await page.context().close();
    },
  );

  it("sorts from the keyboard: Tab to the rating header button, Enter; aria-sort, row order and the live region change", async () => {
    const { page } = await open(1280);
    // The example has ratings to put in order, or this test could not fail.
    expect(new Set(example.rows.map((r) => r.rag.status)).size).toBeGreaterThanOrEqual(3);
    expect(await tableRows(page)).toEqual(expected(shown));
    // Start from the table's scroll region and Tab forward through the header buttons.
    await focusInShadow(page, "kpi-scorecard", ".kpi-scroll");
    let found = false;
    for (let i = 0; i < 12 && !found; i++) {
      await page.keyboard.press("Tab");
      found = (await activeElement(page)).sort === "rating";
    }
    expect(found).toBe(true);
    await page.keyboard.press("Enter");
    const mostSevereFirst = expected(byRating(example.rows, "ascending"));
    await expect.poll(() => tableRows(page)).toEqual(mostSevereFirst);
    expect(mostSevereFirst).not.toEqual(expected(shown));
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
    expect(await tableRows(page)).toEqual(expected(byRating(example.rows, "descending")));
    // Space works as well as Enter, and the focused button shows the focus style (yellow outline, dark ring).
    await page.keyboard.press("Space");
    expect(await state()).toEqual({ sort: "ascending", live: "Table sorted by rating, most severe first." });
    expect(await tableRows(page)).toEqual(mostSevereFirst);
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
    // The last row: its detail section is furthest down the page.
    const row = shown[shown.length - 1]!;
    await page.locator("kpi-scorecard").locator(`tr[data-kpi-id="${row.indicator.id}"] th a`).click();
    const focused = await activeElement(page);
    expect(focused.tag).toBe("h4");
    expect(focused.text).toBe(row.indicator.title);
    const inView = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const r = el?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });

  it("filters by rating, by section and by both; the live region says how many are shown", async () => {
    const { page } = await open(1280);
    const host = page.locator("kpi-scorecard");
    const rating = host.locator('select[data-kpi-filter="rating"]');
    const section = host.locator('select[data-kpi-filter="section"]');
    const live = () => host.locator("[aria-live=polite]").textContent();
    const present = RAG_ORDER.filter((s) => example.rows.some((r) => r.rag.status === s));
    const sections = sectionsOf(example.rows);
    expect(sections.length).toBeGreaterThan(1);
    // The options: each rating the scorecard has, red and amber together, and each section.
    expect(
      await rating.locator("option").evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(["", ...present, "red,amber"]);
    expect(
      await section.locator("option").evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(["", ...sections]);
    const showing = (n: number) => `Showing ${n} indicator${n === 1 ? "" : "s"}.`;
    for (const value of [...present, "red,amber"]) {
      const keep = tableOrder(example.rows.filter((r) => value.split(",").includes(r.rag.status)));
      await rating.selectOption(value);
      expect([value, await tableRows(page)]).toEqual([value, expected(keep)]);
      expect(await live()).toBe(showing(keep.length));
    }
    await rating.selectOption("");
    expect(await rowIds(page)).toEqual(ids(shown));
    for (const s of sections) {
      await section.selectOption(s);
      expect([s, await rowIds(page)]).toEqual([s, ids(example.rows.filter((r) => r.section === s))]);
    }
    // Both at once: red and amber in each section.
    await rating.selectOption("red,amber");
    for (const s of sections) {
      await section.selectOption(s);
      const keep = example.rows.filter((r) => r.section === s && ["red", "amber"].includes(r.rag.status));
      expect([s, await rowIds(page)]).toEqual([s, ids(keep)]);
    }
    await page.context().close();
  });

  it("shows each row's rating and its change's rating as labelled tags with their reasons", async () => {
    const { page } = await open(1280);
    const cells = await page.evaluate(() =>
      [
        ...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]") ?? []),
      ].map((tr) => ({
        id: tr.getAttribute("data-kpi-id") ?? "",
        rating: tr.querySelector(".kpi-col-rating .kpi-rag")?.textContent?.replace(/^\W+\s*/, "") ?? "",
        reason: tr.querySelector(".kpi-col-rating .kpi-reason")?.textContent ?? "",
        change: tr.querySelector(".kpi-col-change .kpi-ctag")?.textContent?.replace(/^\W+\s*/, "") ?? "",
        changeReason: tr.querySelector(".kpi-col-change .kpi-reason")?.textContent ?? "",
      })),
    );
    expect(cells).toEqual(
      shown.map((r) => ({
        id: r.indicator.id,
        rating: RAG_LABEL[r.rag.status],
        // A figure rated by its change points to the change's rating; a context figure says it is not judged.
        reason:
          r.indicator.polarity === "no-judgement"
            ? "Context: neither higher nor lower is better."
            : r.rag.basis === "direction" && r.changeRating
              ? `Rated by its change: ${CHANGE_LABEL[r.changeRating.status].toLowerCase()} (see the change's rating).`
              : r.rag.reason,
        change: r.changeRating ? CHANGE_LABEL[r.changeRating.status] : "",
        changeReason:
          !r.changeRating ||
          (r.indicator.polarity === "no-judgement" && r.changeRating.status === "not-judged")
            ? ""
            : (r.changeRating.why ?? r.changeRating.reason),
      })),
    );
    // The example has changes of more than one kind, or the change tags could not be told apart.
    expect(new Set(cells.map((c) => c.change)).size).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it("works at 320 px: no sideways page scroll; each rating sits next to its indicator; the figures scroll under the names", async () => {
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
    // Every row's rating tag is in view beside its name, on the same line as the name's first line.
    expect(await ratingsBeside(page)).toEqual({ rows: ROWS, misplaced: [] });
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
    await page.evaluate(() => {
      (
        document.querySelector("kpi-scorecard")?.shadowRoot?.querySelector(".kpi-scroll") as HTMLElement
      ).scrollLeft = 0;
    });
    await page.screenshot({ path: "/tmp/kpikit-embed-320-top.png" });
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
    expect(tags.map((t) => t.text.replace(/^\W+\s*/, ""))).toEqual(shown.map((r) => RAG_LABEL[r.rag.status]));
    expect(tags.every((t) => t.visible && t.border === "solid")).toBe(true);
    await page.screenshot({ path: "/tmp/kpikit-embed-forced.png" });
    await page.context().close();
  });

  it("prints every row whole, the tags in colour, the controls hidden, nothing cut off at the right", async () => {
    // As wide as an A4 landscape page inside its 12 mm margins (273 mm at 96 px to the inch).
    const { page } = await open(Math.floor((273 / 25.4) * 96));
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate(() => {
      const root = document.querySelector("kpi-scorecard")?.shadowRoot;
      const table = root?.querySelector(".kpi-table--indicators") as HTMLElement;
      const article = root?.querySelector(".kpi-scorecard") as HTMLElement;
      const rows = [...(root?.querySelectorAll("tr[data-kpi-id]") ?? [])];
      return {
        rows: rows.length,
        whole: [...new Set(rows.map((tr) => getComputedStyle(tr).breakInside))],
        controls: getComputedStyle(root?.querySelector(".kpi-controls") as Element).display,
        colour: [
          ...new Set(
            [...(root?.querySelectorAll("td .kpi-rag") ?? [])].map(
              (t) => getComputedStyle(t).printColorAdjust,
            ),
          ),
        ],
        overflow: Math.round(table.getBoundingClientRect().right - article.getBoundingClientRect().right),
      };
    });
    expect(print).toEqual({
      rows: ROWS,
      whole: ["avoid"],
      controls: "none",
      colour: ["exact"],
      overflow: 0,
    });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.context().close();
  });

  it("renders under a strict CSP (script-src 'self'; style-src 'self') with no violations", async () => {
    const { page, errors } = await open(1280, "/csp/");
    expect(example.rows.some((r) => r.rag.status === "red")).toBe(true);
    const styled = await page.evaluate(() => {
      const tag = document
        .querySelector("kpi-scorecard")
        ?.shadowRoot?.querySelector("td .kpi-rag--red") as HTMLElement;
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
      .toEqual([ROWS, ROWS, ROWS]);
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
