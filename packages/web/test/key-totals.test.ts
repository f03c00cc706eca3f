// A count's England and region cells are not applicable (core): the key says why, only when the paper has one.
import { buildScorecard, financialYear, type IndicatorDefinition, type Unit } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { renderKey, renderScorecard } from "../src/index.js";

const fy = financialYear(2024);
const scorecardIn = (unit: Unit) => {
  const def: IndicatorDefinition = {
    id: "x",
    title: "Agency social workers",
    shortTitle: "Agency",
    description: "",
    unit,
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "local",
    aliases: [],
    acronyms: [],
    method: "",
  };
  return buildScorecard({
    area: { code: "865", name: "Wiltshire", kind: "la" },
    period: fy,
    generated: "2021-01-19",
    definitions: [def],
    observations: [
      { indicatorId: "x", area: "865", period: fy, value: 23, status: "ok" },
      { indicatorId: "x", area: "970", period: fy, value: 5800.9, status: "ok" },
      { indicatorId: "x", area: "990", period: fy, value: 543.3, status: "ok" },
    ],
    comparators: { neighbours: [], region: { code: "990", name: "South West", kind: "region" } },
  });
};

describe("the key on a count's England and region totals", () => {
  it.each([
    ["fte", true],
    ["count", true],
    ["percent", false],
  ] as const)("in %s says England's and the region's figures are totals: %s", (unit, said) => {
    const sc = scorecardIn(unit);
    const page = renderScorecard(sc);
    expect(page.includes("region&#39;s figures are totals")).toBe(said);
    const cells = page.match(/<td class="kpi-num">[^<]*<\/td>/g) ?? [];
    expect(cells.some((c) => c.includes("5,800.9"))).toBe(!said);
  });

  it("is not said by a key rendered without rows", () => {
    const { key, keyRules } = scorecardIn("fte");
    expect(renderKey({ key, ...(keyRules ? { keyRules } : {}) }).value).not.toContain("totals");
  });
});
