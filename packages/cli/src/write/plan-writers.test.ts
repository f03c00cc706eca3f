import { describe, expect, it } from "vitest";
import { markdownCell } from "./markdown-text.js";
import { planCsvPath } from "./render-report.js";

describe("markdownCell", () => {
  it.each([
    ["Audit <b>|</b> [x](y)", "Audit &lt;b&gt;\\|&lt;/b&gt; \\[x\\](y)"],
    ["two\nlines\r\nhere", "two lines here"],
    ["a\\b `c` *d* _e_", "a\\\\b \\`c\\` \\*d\\* \\_e\\_"],
    ["", "–"],
  ])("%j → %j", (text, cell) => {
    expect(markdownCell(text)).toBe(cell);
  });
});

describe("planCsvPath", () => {
  it.each([
    ["reports/wiltshire.csv", "reports/wiltshire-plan.csv"],
    ["reports/WILTS.CSV", "reports/WILTS-plan.csv"],
    ["reports/wiltshire", "reports/wiltshire-plan.csv"],
  ])("%s → %s", (path, plan) => {
    expect(planCsvPath(path)).toBe(plan);
  });
});
