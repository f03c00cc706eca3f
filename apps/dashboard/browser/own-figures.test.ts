import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, requireChromium, type StaticServer, serve } from "../../../packages/web/browser/helpers.js";
import { dist, ensureBuilt } from "./built-site.js";

const table = join(__dirname, "../../../examples/wiltshire-2020/performance-table.tsv");

describe.skipIf(!requireChromium())(
  "dashboard: an LA's own figures and newer DfE files, read in the page",
  () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      ensureBuilt();
      server = await serve({ "/": dist });
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("shows Wiltshire's committee table beside its scorecard, with a newer LAIT export", async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.url}/?la=865`);
      await page.waitForFunction(
        () =>
          (document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ??
            0) > 50,
        null,
        { timeout: 60_000 },
      );
      await page.locator("#file").setInputFiles([
        { name: "performance-table.tsv", mimeType: "text/tab-separated-values", buffer: readFileSync(table) },
        {
          name: "lait-2026.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(
            "measure_short,year_label,la_number,area_name,value_raw\nReReferral,2026,865,Wiltshire,17.2\nReReferral,2026,970,England,21.5\n",
          ),
        },
      ]);
      await expect
        .poll(() => page.locator("#status").textContent(), { timeout: 60_000 })
        .toBe(
          "Showing Wiltshire with its own figures from performance-table.tsv and newer DfE figures from lait-2026.csv.",
        );
      // The re-referral row's current figure is the council's own Aug 2020 figure.
      const current = await page.evaluate(
        () =>
          document
            .querySelector("kpi-scorecard")
            ?.shadowRoot?.querySelector('tr[data-kpi-id="re-referrals-12m"]')?.textContent ?? "",
      );
      expect(current).toContain("18.9%");
      expect(current).toContain("Aug 2020");
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
