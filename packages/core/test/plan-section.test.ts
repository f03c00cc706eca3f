import { describe, expect, it } from "vitest";
import { createGlossary } from "../src/glossary/create-glossary.js";
import { financialYear, month } from "../src/period/constructors.js";
import { ratePlan } from "../src/plan/rate-plan.js";
import { rateTrajectory } from "../src/plan/rate-trajectory.js";
import type { Plan, PlanAssessment, TrajectoryIndicator } from "../src/plan/types.js";
import { scorecardSchema } from "../src/schema/scorecard.js";
import { buildScorecard } from "../src/scorecard/build-scorecard.js";
import { planSection } from "../src/scorecard/plan-section.js";
import { exampleInput } from "./scorecard-example.js";

const asAt = "2019-11-25";
const plan: Plan = {
  title: "Improvement plan 2019/20",
  themes: [
    { id: "1", title: "Workforce" },
    { id: "2", title: "Practice" },
  ],
  actions: [
    {
      id: "1.1",
      theme: "1",
      source: "ilacs-recommendation",
      text: "Recruit permanent social workers",
      owner: "Head of Service",
      start: "2019-04-01",
      due: "2020-03-31",
      status: "in-progress",
      percentComplete: 62,
      selfAssessed: "green",
      milestones: [
        { title: "Advert placed", due: "2019-06-30", done: true },
        { title: "Ten posts filled", due: "2020-01-31", done: false },
      ],
      updates: [{ date: "2019-11-01", text: "Two offers made" }],
      indicators: [{ indicatorId: "re-referrals-12m", target: 16, targetDate: "2021-03-31" }],
    },
    {
      id: "2.1",
      theme: "2",
      text: "MASH audit",
      due: "2019-10-31",
      status: "in-progress",
      percentComplete: 60,
    },
    { id: "2.2", theme: "2", text: "Panel", status: "complete" },
  ],
};
const reReferrals: TrajectoryIndicator = {
  title: "Re-referrals",
  unit: "percent",
  polarity: "lower-is-better",
};
const figures = [
  {
    indicatorId: "re-referrals-12m",
    area: "x",
    period: financialYear(2018),
    value: 22,
    status: "ok" as const,
  },
  { indicatorId: "re-referrals-12m", area: "x", period: month(2019, 9), value: 21, status: "ok" as const },
];

function assess(): PlanAssessment {
  const rated = ratePlan(plan, { asAt });
  return {
    title: plan.title,
    asAt,
    themes: plan.themes,
    actions: rated.actions.map((r) => ({
      ...r,
      indicators: (r.action.indicators ?? []).map((link) => ({
        link,
        indicator: reReferrals,
        rating: rateTrajectory(link, reReferrals, figures, { start: r.action.start!, asAt }),
      })),
    })),
    summary: { ...rated.summary, indicators: { achieved: 0, green: 0, amber: 1, red: 0, "not-rated": 0 } },
  };
}

describe("planSection", () => {
  const section = planSection(assess());

  it("shows every action with its dates, percent, rating and flags in words, overdue first", () => {
    expect(section.actions.map((a) => a.id)).toEqual(["2.1", "1.1", "2.2"]);
    const [overdue, one, done] = section.actions;
    expect(overdue).toMatchObject({
      dueDisplay: "31 Oct 2019",
      percentDisplay: "60%",
      rating: {
        status: "red",
        label: "Red",
        daysOverdue: 25,
        reason: "Overdue by 25 days (due 31 Oct 2019), 60% complete.",
      },
    });
    expect(one).toMatchObject({
      theme: "Workforce",
      source: "ILACS recommendation",
      status: "In progress",
      selfAssessed: "Green",
      startDisplay: "1 Apr 2019",
      latestUpdate: { date: "2019-11-01", display: "1 Nov 2019", text: "Two offers made" },
    });
    expect(one?.rating.label).toBe("Green");
    expect(one?.milestones).toEqual([
      { title: "Advert placed", due: "2019-06-30", dueDisplay: "30 Jun 2019", done: true, overdue: false },
      {
        title: "Ten posts filled",
        due: "2020-01-31",
        dueDisplay: "31 Jan 2020",
        done: false,
        overdue: false,
      },
    ]);
    expect(done).toMatchObject({ percentDisplay: "100%", rating: { status: "complete", label: "Complete" } });
  });

  it("gives linked indicators their figures against the trajectory as shown", () => {
    const [link] = section.actions[1]!.indicators;
    expect(link).toMatchObject({
      title: "Re-referrals",
      targetDisplay: "16.0%",
      targetDateDisplay: "31 March 2021",
      baseline: { value: 22, display: "22.0%", date: "2019-03-31" },
      latest: { value: 21, display: "21.0%", date: "2019-09-30", trajectoryDisplay: "20.5%" },
      rating: { status: "amber", label: "Behind" },
    });
  });

  it("groups actions by theme, counts them, and spans the roadmap from the first date to the last", () => {
    expect(section.themes).toEqual([
      { title: "Workforce", actions: ["1.1"] },
      { title: "Practice", actions: ["2.1", "2.2"] },
    ]);
    expect(section.summary).toMatchObject({
      total: 3,
      overdue: 1,
      counts: { red: 1, green: 1, complete: 1 },
    });
    expect(section.timeline).toEqual({ start: "2019-04-01", end: "2020-03-31" });
    expect(section.asAtDisplay).toBe("25 November 2019");
    expect(section.key.map((k) => k.label)).toEqual([
      "Complete",
      "Not rated",
      "Not started",
      "Red",
      "Amber",
      "Green",
    ]);
  });
});

describe("buildScorecard with a plan", () => {
  it("carries the plan section, valid against the schema, and explains the plan's acronyms", () => {
    const input = exampleInput();
    const glossary = createGlossary([
      ...(input.glossary?.entries ?? []),
      { term: "MASH", expansion: "Multi-Agency Safeguarding Hub" },
    ]);
    const sc = buildScorecard({ ...input, glossary, plan: assess() });
    expect(sc.schemaVersion).toBe(2);
    expect(sc.plan?.actions.length).toBe(3);
    expect(sc.glossary.map((g) => g.term)).toContain("MASH");
    expect(scorecardSchema.safeParse(JSON.parse(JSON.stringify(sc))).success).toBe(true);
    expect("plan" in buildScorecard(input)).toBe(false);
  });
});
