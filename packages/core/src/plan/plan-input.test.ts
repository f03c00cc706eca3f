import { describe, expect, it } from "vitest";
import { parseActionStatus } from "./action-status.js";
import { parsePlanDate } from "./plan-date.js";
import { compareActionIds, ratePlan } from "./rate-plan.js";
import type { Plan } from "./types.js";

describe("parseActionStatus", () => {
  it.each([
    ["Not started", "not-started"],
    ["IN PROGRESS", "in-progress"],
    ["in-progress", "in-progress"],
    ["On track", "in-progress"],
    ["Complete", "complete"],
    ["completed", "complete"],
    ["Done", "complete"],
    ["Ceased", "ceased"],
    ["Withdrawn", "ceased"],
    ["Deferred", "deferred"],
    ["ON  HOLD", "deferred"],
    ["on_hold", "deferred"],
    ["green", null],
    ["", null],
  ])("%j → %s", (text, status) => {
    expect(parseActionStatus(text)).toBe(status);
  });
});

describe("parsePlanDate", () => {
  it.each<[string, "start" | "end", string]>([
    ["2020-03-31", "end", "2020-03-31"],
    ["31/03/2020", "end", "2020-03-31"],
    ["1/4/20", "end", "2020-04-01"],
    ["31.03.2020", "end", "2020-03-31"],
    ["31 Mar 2020", "end", "2020-03-31"],
    ["Mar 2020", "end", "2020-03-31"],
    ["Mar 2020", "start", "2020-03-01"],
    ["Feb 2020", "end", "2020-02-29"],
    ["Q4 2019/20", "end", "2020-03-31"],
    ["Q4 2019/20", "start", "2020-01-01"],
    ["2019/20", "end", "2020-03-31"],
  ])("%j (%s) → %s", (text, side, date) => {
    expect(parsePlanDate(text, side)).toEqual({ ok: true, date });
  });

  it.each(["TBC", "tba", "To be confirmed", "", "  ", "-", "n/a"])("%j is to be confirmed", (text) => {
    const r = parsePlanDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("date-to-be-confirmed");
  });

  it.each([
    ["31/02/2020", '"31/02/2020" is not a real day (day/month/year).'],
    ["13/13/2020", '"13/13/2020" is not a real day (day/month/year).'],
    [
      "soon",
      '"soon" is not a date: expected a day (31/03/2020, 2020-03-31, 31 March 2020) or a month or quarter (Mar 2020, Q4 2019/20).',
    ],
  ])("%j is refused: %s", (text, message) => {
    expect(parsePlanDate(text)).toEqual({ ok: false, code: "invalid-date", message });
  });

  it("reads day/month, never month/day", () => {
    expect(parsePlanDate("04/01/2020")).toEqual({ ok: true, date: "2020-01-04" });
  });
});

describe("ratePlan", () => {
  const plan: Plan = {
    title: "Safeguarding and Family Support improvement plan 2019/20",
    themes: [{ id: "1", title: "Workforce" }],
    actions: [
      { id: "1.10", text: "Induction", status: "complete", evidenceOfImpact: "Retention up" },
      {
        id: "1.2",
        text: "Visits",
        start: "2019-04-01",
        due: "2019-10-31",
        status: "in-progress",
        percentComplete: 60,
      },
      {
        id: "1.9",
        text: "Audit",
        start: "2019-04-01",
        due: "2019-09-30",
        status: "in-progress",
        percentComplete: 20,
      },
      { id: "2", text: "Panel", status: "deferred", percentComplete: 10 },
      { id: "1.1", text: "Recruit", start: "2020-02-01", due: "2020-12-31", status: "not-started" },
    ],
  };
  const rated = ratePlan(plan, { asAt: "2019-11-25" });

  it("lists overdue actions first, most overdue first, then by id", () => {
    expect(rated.actions.map((a) => a.action.id)).toEqual(["1.9", "1.2", "1.1", "1.10", "2"]);
  });

  it("counts by rating, and averages percent complete over the actions still in the plan", () => {
    expect(rated.summary.counts).toEqual({
      complete: 1,
      "not-started": 1,
      red: 2,
      amber: 0,
      green: 0,
      "not-rated": 1,
    });
    // 100 (complete), 60 and 20; the deferred action and the one with no percent are left out.
    expect(rated.summary.percentComplete).toBe(60);
    expect(rated.summary.overdue).toBe(2);
  });

  it.each([
    ["1.2", "1.10", -1],
    ["1.10", "1.2", 1],
    ["2", "1.9", 1],
    ["1", "1.1", -1],
    ["1.1", "1.1", 0],
  ])("compareActionIds(%s, %s) has the sign %i", (a, b, sign) => {
    expect(Math.sign(compareActionIds(a, b))).toBe(sign);
  });
});
