import { buildScorecard, financialYear, type Scorecard } from "@kpikit/core";
import { expect, it } from "vitest";
import { renderReport } from "./render-report.js";

const scorecard: Scorecard = buildScorecard({
  area: { code: "865", name: "Wiltshire", kind: "la" },
  generated: "2021-01-19",
  definitions: [
    {
      id: "rr",
      title: "Re-referrals | within 12 months",
      shortTitle: "Re-referrals",
      description: "d",
      unit: "percent",
      polarity: "lower-is-better",
      decimals: 1,
      periodType: "financial-year",
      source: "local",
      aliases: [],
      acronyms: [],
      method: "",
    },
  ],
  observations: [
    { indicatorId: "rr", area: "865", period: financialYear(2018), value: 15, status: "ok" },
    { indicatorId: "rr", area: "865", period: financialYear(2019), value: 19.4, status: "ok" },
  ],
  comparators: { neighbours: [] },
});

it("writes JSON only when the Scorecard matches its schema", async () => {
  const json = await renderReport(scorecard, "json");
  expect(JSON.parse(String(json)).rows[0].direction).toBe("worsening");
  const broken = { ...scorecard, schemaVersion: 3 } as unknown as Scorecard;
  await expect(renderReport(broken, "json")).rejects.toThrow(/does not match its schema/);
});

it("escapes table pipes in Markdown and quotes CSV fields", async () => {
  const md = String(await renderReport(scorecard, "md"));
  expect(md).toContain(
    "| Re-referrals \\| within 12 months | 19.4% (2019/20) | 15.0% (2018/19) | +4.4 pts | Worsening |",
  );
  const csv = String(await renderReport(scorecard, "csv")).split("\r\n");
  expect(csv[1]).toContain(
    ",rr,Re-referrals | within 12 months,percent,Lower is better,2019/20,19.4,19.4%,2018/19,15,4.4,+4.4 pts,Worsening,",
  );
});
