// Prints an HTML report to A4 PDF in headless Chromium and counts its pages; with --shots, also saves
// 1280 px and 320 px full-page screenshots beside the PDF, and the print layout in page-sized pieces. Used to check the committee paper's length:
//   node scripts/report-pages.mjs report.html [--shots]
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { ensureChromium } from "./chromium.mjs";

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/report-pages.mjs <report.html> [--shots]");
  process.exit(2);
}
const executablePath = ensureChromium();
if (!executablePath) process.exit(1);
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(file).href);
  const base = file.replace(/\.html?$/, "");
  if (flags.includes("--shots")) {
    await page.screenshot({ path: `${base}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.screenshot({ path: `${base}-320.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await page.emulateMedia({ media: "print" });
  if (flags.includes("--shots")) {
    // The print layout on an A4 landscape width (297 mm less 24 mm of margins, at 96 px per inch).
    await page.setViewportSize({ width: 1032, height: 900 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Page-sized pieces (A4 landscape is 273 × 186 mm inside the margins: 1032 × 703 px), to look at one by one.
    for (let y = 0, i = 1; y < height; y += 703, i++) {
      const clip = { x: 0, y, width: 1032, height: Math.min(703, height - y) };
      await page.screenshot({
        path: `${base}-print-${String(i).padStart(2, "0")}.png`,
        clip,
        fullPage: true,
      });
    }
  }
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  writeFileSync(`${base}.pdf`, pdf);
  // Each page of a PDF is one "/Type /Page" object (not "/Pages").
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  console.log(`${file}: ${pages} A4 pages`);
} finally {
  await browser.close();
}
