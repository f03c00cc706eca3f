// The renderers against a real buildScorecard output (P4's fixture in @kpikit/core), so that the contract as
// built, not only as typed, renders completely.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Scorecard } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { checkScorecard } from "../src/elements/check-scorecard.js";
import { renderReportDocument } from "../src/index.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "../../core/test/fixtures/scorecard-example.json");
const scorecard = JSON.parse(readFileSync(file, "utf8")) as Scorecard;

describe("core's example scorecard (buildScorecard output)", () => {
  const doc = renderReportDocument(scorecard);
  it("passes the elements' structural check", () => {
    expect(checkScorecard(scorecard).ok).toBe(true);
  });
  it("renders every row with its rating label, and an SPC chart only where there are 15+ points", () => {
    expect(doc.match(/<td class="kpi-col-rating"><strong class="kpi-rag/g)).toHaveLength(
      scorecard.rows.length,
    );
    const withSpc = scorecard.rows.filter((r) => r.spc && r.spc.points.length >= 15).length;
    expect(withSpc).toBeGreaterThan(0);
    expect(doc.match(/kpi-figure--spc/g)).toHaveLength(withSpc);
    for (const r of scorecard.rows) expect(doc).toContain(`id="kpi-detail-${r.indicator.id}"`);
    expect(doc).not.toMatch(/undefined|NaN|\[object Object\]/);
  });
});
