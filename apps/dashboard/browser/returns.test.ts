import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { getIndicator, measureReturns, readReturns } from "@kpikit/csc";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axe, requireChromium } from "../../../packages/web/browser/helpers.js";
import { app, useBuiltSite } from "./built-site.js";

const data = resolve(app, "../..", "data/returns");
const cinFile = join(data, "cin", "fake_CIN_data.xml");
const ssdaFiles = ["header.csv", "episodes.csv", "uasc.csv", "missing.csv"].map((f) =>
  join(data, "ssda903", f),
);
const doctype = {
  name: "entities.xml",
  mimeType: "text/xml",
  buffer: Buffer.from(
    '<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY x "y">]>\n<Message>&x;</Message>\n',
  ),
};

describe.skipIf(!requireChromium())("dashboard: your own returns, in Chromium", () => {
  const site = useBuiltSite();

  async function open(width: number): Promise<{ page: Page; errors: string[] }> {
    const context = await site.browser.newContext({
      viewport: { width, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    await page.goto(`${site.server.url}/?view=returns`);
    await page.waitForFunction(() => !(document.getElementById("returns-la") as HTMLSelectElement).disabled);
    return { page, errors };
  }

  it("checks and measures CIN and 903 files in the page, sends nothing, and downloads suppressed figures", async () => {
    const { page, errors } = await open(1280);
    expect(await page.locator("h1").textContent()).toBe("Your own returns");
    // A real, labelled file input that takes several files.
    expect(await page.getByLabel("CIN census and SSDA903 files").getAttribute("multiple")).toBe("");
    const requests: string[] = [];
    page.on("request", (r) => {
      if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
    });

    // Every status message, to check the progress shown while the files are read.
    await page.evaluate(() => {
      const w = window as unknown as { statuses: string[] };
      w.statuses = [];
      const el = document.getElementById("status") as HTMLElement;
      new MutationObserver(() => w.statuses.push(el.textContent ?? "")).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.locator("#returns-files").setInputFiles([cinFile, ...ssdaFiles]);
    // fake_CIN_data.xml names LA 975, which is no DfE LA: the page asks for the LA.
    await expect
      .poll(() => page.locator("#status").textContent(), { timeout: 20_000 })
      .toMatch(/Choose your local authority/);

    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses).toContain("Reading fake_CIN_data.xml (253 KB)…");
    expect(statuses).toContain("Reading episodes.csv (362 KB)…");
    expect(statuses).toContain("Checking 5 files and computing the measures…");
    // The worker reports each file as the pipeline reads it.
    expect(statuses).toContain("Checking fake_CIN_data.xml (1 of 5)…");
    expect(statuses).toContain("Checking missing.csv (5 of 5)…");

    // The measures shown are those @kpikit/csc's pipeline gives in Node for the same files.
    const read = readReturns(
      [cinFile, ...ssdaFiles].map((f) => ({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) })),
    );
    const expected = measureReturns(read).observations;
    const shown = await page.$$eval("#returns-measures tbody tr", (rows) =>
      rows.map((r) => ({
        id: r.getAttribute("data-kpi-id"),
        value: r.querySelector("[data-value]")?.getAttribute("data-value"),
        text: [...r.querySelectorAll("td")].map((c) => c.textContent),
      })),
    );
    for (const o of expected) {
      const row = shown.find((s) => s.id === o.indicatorId);
      expect(row, o.indicatorId).toBeDefined();
      expect(row?.value === "" ? null : Number(row?.value)).toBe(o.value);
      expect(row?.text[2]).toBe(o.numerator === undefined ? "" : o.numerator.toLocaleString("en-GB"));
      expect(row?.text[3]).toBe(o.denominator === undefined ? "" : o.denominator.toLocaleString("en-GB"));
    }
    const reRef = shown.find((s) => s.id === "re-referrals-12m");
    expect(reRef?.text[0]).toBe("2021/22");
    expect(reRef?.text[1]).toMatch(/^5\.6%/);
    expect(reRef?.text.slice(2, 4)).toEqual(["3", "54"]);
    expect(shown.map((s) => s.id)).toContain("cla-3-placements");

    // The validation summary: every issue with its file, line and column, in words.
    const issueRows = await page.$$eval("#returns-issues tbody tr", (rows) =>
      rows.map((r) => [...r.querySelectorAll("td")].map((c) => c.textContent ?? "")),
    );
    expect(issueRows.length).toBeGreaterThan(2);
    // Every listed issue names its file, line and column; every kind is counted (the list shows the first 500).
    for (const r of issueRows) expect(r.slice(0, 3).every((c) => c !== "")).toBe(true);
    const counts = await page.$$eval(".issue-counts li", (ls) => ls.map((l) => l.textContent));
    expect(counts).toContain("cin-header-unknown-la: 1 warning");
    expect(counts).toContain("cin-header-reference-date: 1 error");

    await page.selectOption("#returns-la", "865");
    await page.waitForFunction(
      () =>
        (document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ??
          0) > 0,
    );
    expect(
      await page.evaluate(
        () => document.querySelector("kpi-scorecard")?.shadowRoot?.querySelector("h2")?.textContent,
      ),
    ).toBe("Wiltshire: figures from your returns");
    const scorecardIds = await page.evaluate(() =>
      [
        ...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]") ?? []),
      ].map((r) => r.getAttribute("data-kpi-id")),
    );
    // The scorecard compares the measures that have published figures.
    expect(scorecardIds.sort()).toEqual(
      [...new Set(shown.map((s) => s.id ?? ""))].filter((id) => !!getIndicator(id)?.lait).sort(),
    );
    expect(scorecardIds).toContain("cla-3-placements");
    expect(await page.locator("#returns-suppression").textContent()).toMatch(
      /numerator is 1 to 4 is shown as \[c\]/,
    );

    // Downloads are made in the page; the re-referral rate (numerator 3) is withheld.
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    expect(csv.suggestedFilename()).toBe("wiltshire-returns-local-figures.csv");
    const csvText = readFileSync(await csv.path(), "utf8");
    expect(csvText.split("\r\n")[0]).toMatch(/^indicator,period,value,numerator,denominator\b/);
    // As kpikit compute writes it: the numerator withheld too, and a note on how the figure was made.
    expect(csvText).toMatch(
      /\r\nre-referrals-12m,2021\/22,\[c\],\[c\],54,,"Computed from the CIN census [^"]*return; suppressed \(\[c\]\)[^"]*"\r\n/,
    );
    const [json] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
    const scorecard = JSON.parse(readFileSync(await json.path(), "utf8"));
    expect(scorecard.schemaVersion).toBe(2);
    const row = scorecard.rows.find(
      (r: { indicator: { id: string } }) => r.indicator.id === "re-referrals-12m",
    );
    expect(row.current).toMatchObject({ value: null, status: "suppressed" });

    // Another 903 year recomputes the 903 measures; the chosen LA is kept.
    await page.selectOption("#returns-903-year", "2017");
    await expect
      .poll(() =>
        page.locator('#returns-measures tr[data-kpi-id="cla-3-placements"] td').first().textContent(),
      )
      .toBe("2017/18");
    expect(await page.locator("#returns-la").inputValue()).toBe("865");

    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/kpikit-dashboard-returns-1280.png", fullPage: true });

    // A file with a DOCTYPE is refused, with a message; nothing in it is read.
    await page.locator("#returns-files").setInputFiles([doctype]);
    await page.waitForSelector('#returns-issues tr[data-code="xml-doctype-refused"]');
    expect(
      await page.locator('#returns-issues tr[data-code="xml-doctype-refused"] td').first().textContent(),
    ).toBe("entities.xml");
    expect(await page.locator("#returns-issues-h").textContent()).toBe("Checks: 1 error and 0 warnings");

    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("takes a whole folder of several years, and makes no network request while it computes", async () => {
    const { page, errors } = await open(1280);
    const requests: string[] = [];
    page.on("request", (r) => {
      if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
    });
    // A council's folder: three 903 years in folders named for them, a census, and a stray file.
    const dir = mkdtempSync(join(tmpdir(), "kpikit-folder-"));
    const multi = join(data, "ssda903-multiyear");
    for (const [y, folder] of [
      [2019, "2019-20"],
      [2020, "2020_21"],
      [2021, "2022"],
    ] as const) {
      mkdirSync(join(dir, "returns", "903", folder), { recursive: true });
      for (const t of ["episodes", "header", "missing"])
        writeFileSync(
          join(dir, "returns", "903", folder, `${t}.csv`),
          readFileSync(join(multi, `${y}-${t}.csv`)),
        );
    }
    writeFileSync(join(dir, "returns", "cin.xml"), readFileSync(cinFile));
    await page.locator("#returns-folder").setInputFiles(join(dir, "returns"));
    await page.waitForSelector('#returns-measures tr[data-kpi-id="cla-3-placements"]', { timeout: 30_000 });
    // The lone "2022" folder is 2021-22 by its episodes; the latest 903 year is computed.
    expect(
      await page.locator('#returns-measures tr[data-kpi-id="cla-3-placements"] td').first().textContent(),
    ).toBe("2021/22");
    const years = await page.$$eval("#returns-903-year option", (os) => os.map((o) => o.textContent));
    expect(years).toEqual(["The latest in the files", "2021-22", "2020-21", "2019-20"]);
    const notes = await page.$$eval(".returns-notes li", (ls) => ls.map((l) => l.textContent));
    expect(notes).toContain("returns/903/2019-20/episodes.csv: SSDA903 2019-20 (history only)");
    await page.selectOption("#returns-903-year", "2019");
    await expect
      .poll(() =>
        page.locator('#returns-measures tr[data-kpi-id="cla-3-placements"] td').first().textContent(),
      )
      .toBe("2019/20");
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("works at 320 px from the keyboard, with 0 axe violations", async () => {
    const { page, errors } = await open(320);
    await page.locator("#returns-files").setInputFiles([join(data, "cin", "CIN_Census_2024.xml")]);
    // This census names LA 201 (City of London) in its header: the LA is chosen from it.
    await page.waitForFunction(
      () =>
        (document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ??
          0) > 0,
    );
    expect(await page.locator("#returns-la").inputValue()).toBe("201");
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/kpikit-dashboard-returns-320.png", fullPage: false });
    // The file input is reached from the keyboard (the drop zone is only an extra).
    await page.focus("#returns-files");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("returns-files");
    await page.keyboard.press("Tab");
    // Then the folder input (a whole folder of several years), then the LA.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("returns-folder");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("returns-la");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
