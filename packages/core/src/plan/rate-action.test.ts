import { describe, expect, it } from "vitest";
import { rateAction } from "./rate-action.js";
import type { ActionRatingOptions, PlanAction } from "./types.js";

const asAt = "2019-11-25";
// A year-long action: 1 Apr 2019 to 31 Mar 2020 is 365 days; on 25 Nov 2019, 238 have passed (65.2%).
const year: PlanAction = {
  id: "1.1",
  text: "Recruit permanent social workers",
  start: "2019-04-01",
  due: "2020-03-31",
  status: "in-progress",
  updates: [{ date: "2019-11-01", text: "Two offers made" }],
};
// An override of `undefined` removes the field (the action has no such value).
type Overrides = { [K in keyof PlanAction]?: PlanAction[K] | undefined };
const at = (overrides: Overrides, options: Partial<ActionRatingOptions> = {}) => {
  const action: Record<string, unknown> = { ...year, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete action[key];
  return rateAction(action as unknown as PlanAction, { asAt, ...options });
};

describe("rateAction: one row per rule, reasons in full", () => {
  it.each<[string, Overrides, Partial<ActionRatingOptions>, string, string]>([
    [
      "complete, with evidence",
      { status: "complete", evidenceOfImpact: "Caseloads down to 18" },
      {},
      "complete",
      "Complete, with evidence of impact recorded.",
    ],
    [
      "complete, without evidence",
      { status: "complete" },
      {},
      "complete",
      "Complete, but no evidence of impact is recorded.",
    ],
    ["ceased", { status: "ceased", percentComplete: 20 }, {}, "not-rated", "Ceased: not rated."],
    ["deferred", { status: "deferred" }, {}, "not-rated", "Deferred: not rated."],
    [
      "not started, start still ahead",
      { status: "not-started", start: "2020-02-01" },
      {},
      "not-started",
      "Not due to start until 1 Feb 2020.",
    ],
    [
      "overdue",
      { due: "2019-10-31", percentComplete: 60 },
      {},
      "red",
      "Overdue by 25 days (due 31 Oct 2019), 60% complete.",
    ],
    [
      "overdue with no percent",
      { due: "2019-11-24" },
      {},
      "red",
      "Overdue by 1 day (due 24 Nov 2019), no percent complete recorded.",
    ],
    [
      "no percent recorded",
      {},
      {},
      "not-rated",
      "No percent complete is recorded, so progress against time cannot be judged (due 31 Mar 2020).",
    ],
    [
      "at least 90% of expected → green",
      { percentComplete: 60 },
      {},
      "green",
      "60% complete against 65% expected by 25 Nov 2019 (92% of expected).",
    ],
    [
      "70% to 90% of expected → amber",
      { percentComplete: 50 },
      {},
      "amber",
      "50% complete against 65% expected by 25 Nov 2019 (77% of expected).",
    ],
    [
      "below 70% of expected → red",
      { percentComplete: 40 },
      {},
      "red",
      "40% complete against 65% expected by 25 Nov 2019 (61% of expected).",
    ],
    [
      "thresholds are configurable",
      { percentComplete: 50 },
      { green: 0.75 },
      "green",
      "50% complete against 65% expected by 25 Nov 2019 (77% of expected).",
    ],
    [
      "due within 28 days and under 90% complete → at least amber",
      { start: "2019-11-01", due: "2019-12-10", percentComplete: 80 },
      {},
      "amber",
      "80% complete against 62% expected by 25 Nov 2019 (130% of expected); due in 15 days at 80% complete.",
    ],
    [
      "a milestone overdue → at least amber",
      {
        percentComplete: 70,
        milestones: [
          { title: "Advert placed", due: "2019-06-30", done: true },
          { title: "Ten posts filled", due: "2019-11-20", done: false },
        ],
      },
      {},
      "amber",
      '70% complete against 65% expected by 25 Nov 2019 (107% of expected); milestone "Ten posts filled" overdue by 5 days.',
    ],
    [
      "a red action stays red with a milestone overdue",
      { percentComplete: 10, milestones: [{ title: "Advert placed", due: "2019-06-30", done: false }] },
      {},
      "red",
      '10% complete against 65% expected by 25 Nov 2019 (15% of expected); milestone "Advert placed" overdue by 148 days.',
    ],
    [
      "not started although its start has passed: 0% against time",
      { status: "not-started", start: "2019-09-01", due: "2020-08-31" },
      {},
      "red",
      "0% complete against 23% expected by 25 Nov 2019 (0% of expected).",
    ],
    [
      "no due date",
      { due: undefined, percentComplete: 10 },
      {},
      "not-rated",
      "No due date is set, so progress against time cannot be judged.",
    ],
  ])("%s", (_name, overrides, options, status, reason) => {
    const r = at(overrides, options);
    expect(r.status).toBe(status);
    expect(r.reason).toBe(reason);
  });

  it.each<[string, Overrides, string]>([
    [
      "a due date that is not a date",
      { due: "31/03/2020" },
      'Not rated: its due date ("31/03/2020") is not a date (YYYY-MM-DD).',
    ],
    [
      "a milestone date that does not exist",
      { milestones: [{ title: "Advert", due: "2019-02-30", done: false }] },
      'Not rated: milestone "Advert"\'s due date ("2019-02-30") is not a date (YYYY-MM-DD).',
    ],
  ])("%s is a reason, never a throw", (_name, overrides, reason) => {
    expect(at({ percentComplete: 50, ...overrides })).toEqual({ status: "not-rated", reason, flags: [] });
  });

  it("gives the days overdue and the expected share as numbers", () => {
    expect(at({ due: "2019-10-31", percentComplete: 60 }).daysOverdue).toBe(25);
    expect(at({ percentComplete: 60 }).expectedPercent).toBe(65.2);
  });
});

describe("rateAction: flags", () => {
  it.each<[string, Overrides, string[]]>([
    [
      "a self-assessed rating better than the computed one",
      { due: "2019-10-31", percentComplete: 60, selfAssessed: "green" },
      ["self-assessment: self-assessed green; overdue by 25 days"],
    ],
    [
      "self-assessed amber on a red progress rating",
      { percentComplete: 40, selfAssessed: "amber" },
      ["self-assessment: self-assessed amber; rated red: 40% complete, 65% expected"],
    ],
    [
      "a self-assessment no better than computed is not flagged",
      { percentComplete: 40, selfAssessed: "red" },
      [],
    ],
    [
      "no update for longer than the reporting cycle",
      { percentComplete: 60, updates: [{ date: "2019-08-01", text: "Started" }] },
      ["stale: no progress update since 1 Aug 2019 (116 days)"],
    ],
    [
      "no update at all since it started",
      { percentComplete: 60, updates: [] },
      ["stale: no progress update recorded since it started on 1 Apr 2019 (238 days)"],
    ],
    ["an update within the cycle", { percentComplete: 60 }, []],
    [
      "complete without evidence",
      { status: "complete" },
      ["no-evidence: complete with no evidence of impact"],
    ],
  ])("%s", (_name, overrides, flags) => {
    expect(at(overrides).flags.map((f) => `${f.kind}: ${f.text}`)).toEqual(flags);
  });

  it("the reporting cycle is configurable", () => {
    const r = at({ percentComplete: 60, updates: [{ date: "2019-10-01", text: "x" }] }, { staleDays: 30 });
    expect(r.flags.map((f) => f.kind)).toEqual(["stale"]);
  });

  it("never reads the clock: the same action rates differently as at different days", () => {
    const a = { ...year, percentComplete: 50 };
    expect(rateAction(a, { asAt: "2019-08-01" }).status).toBe("green");
    expect(rateAction(a, { asAt: "2020-01-15" }).status).toBe("red");
    expect(rateAction(a, { asAt: "2020-04-01" }).reason).toBe(
      "Overdue by 1 day (due 31 Mar 2020), 50% complete.",
    );
  });
});
