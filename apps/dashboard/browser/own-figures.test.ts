import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireChromium } from "../../../packages/web/browser/helpers.js";
import { useBuiltSite } from "./built-site.js";
import { zip } from "./workbook.js";

const table = join(__dirname, "../../../examples/wiltshire-2020/performance-table.tsv");

/**
 * The committee table as an Excel workbook: text cells as inline strings, a bare percentage (`15%`) as the
 * number 0.15 formatted 0%, as Excel stores a typed percentage.
 */
function workbook(tsv: string): Buffer {
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const rows = tsv
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map(
      (line, r) =>
        `<row r="${r + 1}">${line
          .split("\t")
          .map((cell, c) => {
            const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
            const pct = /^(\d+(?:\.\d+)?)%$/.exec(cell.trim());
            return pct
              ? `<c r="${ref}" s="1"><v>${Number(pct[1]) / 100}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t>${esc(cell)}</t></is></c>`;
          })
          .join("")}</row>`,
    )
    .join("");
  return zip({
    "xl/workbook.xml": `<workbook xmlns:r="r"><sheets><sheet name="Table" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/styles.xml": `<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>`,
    "xl/worksheets/sheet1.xml": `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
  });
}

describe.skipIf(!requireChromium())(
  "dashboard: an LA's own figures and newer DfE files, read in the page",
  () => {
    const site = useBuiltSite();

    it("shows Wiltshire's committee table beside its scorecard, with a newer LAIT export", async () => {
      const page = await site.browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${site.server.url}/?la=865`);
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

    it("reads the committee table saved as an Excel workbook, in the page, as it reads the same table as TSV", async () => {
      const page = await site.browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${site.server.url}/?la=865`);
      await page.waitForFunction(
        () =>
          (document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]").length ??
            0) > 50,
        null,
        { timeout: 60_000 },
      );
      const tableText = () =>
        page.evaluate(() =>
          [
            ...(document.querySelector("kpi-scorecard")?.shadowRoot?.querySelectorAll("tr[data-kpi-id]") ??
              []),
          ]
            .map((tr) => tr.textContent ?? "")
            .join("\n"),
        );
      const open = async (name: string, mimeType: string, buffer: Buffer) => {
        await page.locator("#file").setInputFiles([{ name, mimeType, buffer }]);
        await expect
          .poll(() => page.locator("#status").textContent(), { timeout: 60_000 })
          .toBe(`Showing Wiltshire with its own figures from ${name}.`);
        return tableText();
      };
      const tsv = readFileSync(table, "utf8");
      const fromTsv = await open("performance-table.tsv", "text/tab-separated-values", Buffer.from(tsv));
      const fromXlsx = await open(
        "performance-table.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        workbook(tsv),
      );
      // Every figure the same, the bare percentages (stored as numbers formatted 0%) included.
      expect(fromXlsx).toBe(fromTsv);
      expect(fromXlsx).toContain("18.9%Aug 2020");
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
