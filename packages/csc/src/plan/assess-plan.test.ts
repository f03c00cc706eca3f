import { financialYear, month, type Plan } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { getIndicator } from "../catalogue/catalogue.js";
import { loadPublished } from "../published/published-dataset.js";
import { assessPlan } from "./assess-plan.js";

const plan: Plan = {
  title: "Plan",
  themes: [],
  actions: [
    {
      id: "1",
      text: "Re-referral audit",
      start: "2022-04-01",
      due: "2024-03-31",
      percentComplete: 50,
      indicators: [
        { indicatorId: "re-referrals-12m", target: 15, targetDate: "2025-03-31" },
        { indicatorId: "no-such-indicator", target: 1, targetDate: "2025-03-31" },
      ],
    },
  ],
};
const wiltshire = loadPublished().series("re-referrals-12m", "865");
const valueFor = (label: string) => wiltshire.find((o) => o.period.label === label)?.value;

describe("assessPlan", () => {
  it("rates a linked indicator from the LA's bundled figures known on the day", () => {
    const a = assessPlan(plan, { asAt: "2023-06-30", area: "865" });
    const [link] = a.actions[0]!.indicators;
    // Baseline: the 2021/22 figure (ends 31 Mar 2022, before the 1 Apr 2022 start); latest: 2022/23.
    expect(link?.rating.baseline).toEqual({ value: valueFor("2021/22"), date: "2022-03-31" });
    expect(link?.rating.latest?.value).toBe(valueFor("2022/23"));
    expect(link?.rating.latest?.date).toBe("2023-03-31");
    expect(link?.indicator.title).toBe(getIndicator("re-referrals-12m")?.title);
  });

  it("uses the council's own figures before the bundled ones for the same period", () => {
    const own = [
      {
        indicatorId: "re-referrals-12m",
        area: "865",
        period: financialYear(2022),
        value: 14.2,
        status: "ok" as const,
      },
      {
        indicatorId: "re-referrals-12m",
        area: "865",
        period: month(2023, 5),
        value: 14.9,
        status: "ok" as const,
      },
    ];
    const a = assessPlan(plan, { asAt: "2023-06-30", area: "865", observations: own });
    const [link] = a.actions[0]!.indicators;
    expect(link?.rating.latest).toMatchObject({ value: 14.9, date: "2023-05-31" });
    expect(link?.rating.status).toBe("achieved");
    expect(a.summary.indicators).toEqual({ achieved: 1, green: 0, amber: 0, red: 0, "not-rated": 1 });
  });

  it("an indicator kpikit does not know is not rated, saying so", () => {
    const a = assessPlan(plan, { asAt: "2023-06-30", area: "865" });
    expect(a.actions[0]!.indicators[1]?.rating).toEqual({
      status: "not-rated",
      reason: "no-such-indicator is not an indicator kpikit knows, so it is not rated.",
    });
  });

  it("without an area or figures, a linked indicator has no baseline", () => {
    const a = assessPlan(plan, { asAt: "2023-06-30" });
    expect(a.actions[0]!.indicators[0]?.rating.status).toBe("not-rated");
  });
});
