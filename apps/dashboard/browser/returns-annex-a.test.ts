// The dashboard's returns view reads an Ofsted Annex A workbook as kpikit compute does, in the page, sending
// nothing: its List 8 gives the return-interview figure.
import { measureReturns, readReturns, returnsInputOf } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { requireChromium } from "../../../packages/web/browser/helpers.js";
import { useBuiltSite } from "./built-site.js";
import { sheetsWorkbook } from "./workbook.js";

const MISSING = "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months";
const OFFERED = "Was the child offered a Return Interview after their last missing episode (Y/N)?";
const ACCEPTED = "Did the child accept a Return Interview after their last missing episode (Y/N)?";

/**
 * Lists drawn up in February 2024 (2023-24): of five children looked after, four went missing; two accepted an
 * interview after their last episode, one declined and one was not offered one.
 */
const lists = sheetsWorkbook({
  "List 1": [
    ["Child Unique ID", "Date of Contact"],
    ["K1", "2023-06-01"],
    ["K2", "2024-02-10"],
  ],
  "List 8": [
    ["Child Unique ID", "Gender", MISSING, OFFERED, ACCEPTED],
    ["L1", "F", 2, "Y", "Y"],
    ["L2", "M", 1, "Y", "N"],
    ["L3", "F", 3, "N", "N"],
    ["L4", "M", 1, "Yes", "Yes"],
    ["L5", "F", 0, null, null],
  ],
});

describe.skipIf(!requireChromium())(
  "dashboard: an Annex A workbook among your own returns, in Chromium",
  () => {
    const site = useBuiltSite();

    it("computes the return-interview figure from List 8 as the CLI's pipeline does, sending nothing", async () => {
      const page = await site.browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${site.server.url}/?view=returns`);
      await page.waitForFunction(
        () => !(document.getElementById("returns-la") as HTMLSelectElement).disabled,
      );
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
      });
      await page.locator("#returns-files").setInputFiles([
        {
          name: "ofsted-lists.xlsx",
          mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          buffer: lists,
        },
      ]);
      await expect
        .poll(() => page.locator("#status").textContent(), { timeout: 20_000 })
        .toMatch(/measures computed/);

      // What the pipeline gives in Node for the same bytes.
      const read = readReturns([await returnsInputOf("ofsted-lists.xlsx", new Uint8Array(lists))]);
      const expected = measureReturns(read).observations.find(
        (o) => o.indicatorId === "missing-rhi-completed",
      );
      expect([expected?.numerator, expected?.denominator, expected?.period.label]).toEqual([2, 4, "2023/24"]);

      const row = await page.$eval('#returns-measures tbody tr[data-kpi-id="missing-rhi-completed"]', (r) =>
        [...r.querySelectorAll("td")].map((c) => c.textContent),
      );
      expect(row.slice(0, 4)).toEqual(["2023/24", expect.stringMatching(/^50(\.0)?%/), "2", "4"]);
      const notes = await page.locator(".returns-notes").textContent();
      expect(notes).toMatch(/ofsted-lists\.xlsx: Annex A 2023-24/);
      // No child's identifier on the page.
      expect(/\b[LK][1-5]\b/.test((await page.locator("main").textContent()) ?? "")).toBe(false);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    });
  },
);
