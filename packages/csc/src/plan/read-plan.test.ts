import { ratePlan } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { type PlanSheet, readPlan } from "./read-plan.js";

const csv = (file: string, text: string): PlanSheet => ({
  file,
  rows: text.split("\n").map((line) => line.split("|").map((c) => c.trim())),
});
const where = (r: ReturnType<typeof readPlan>) =>
  r.issues.map(
    (i) => `${i.severity} ${i.code} ${i.file}:${i.row}${i.column !== undefined ? `:${i.column}` : ""}`,
  );

describe("readPlan: a plan written as a council writes it", () => {
  // A title above the header, a merged "Timescales" heading over Start and Due, a theme heading row, blank
  // rows, a TBC date, statuses in capitals, a RAG typed as a letter.
  const tracker = csv(
    "plan.xlsx [Actions]",
    [
      "Safeguarding and Family Support improvement plan 2019/20|||||||",
      "|||||||",
      "Action Ref|Action|Lead Officer|Timescales||Status|% Complete|RAG",
      "|||Start|Due|||",
      "Priority 1: Workforce|||||||",
      "1.1|Recruit permanent social workers|Head of Service, Workforce|01/04/2019|31/03/2020|IN PROGRESS|40%|G",
      "1.2|Reduce agency staff to 15|Head of Service, Workforce|Apr 2019|Q3 2019/20|ON HOLD||",
      "|||||||",
      "Priority 2: Practice|||||||",
      "2.1|Visits on time under the new standards|Service Manager, CP|2019-06-01|TBC|Not Started|0|",
    ].join("\n"),
  );
  const r = readPlan([tracker], { title: "SFS plan 2019/20" });

  it("reads every action with its theme, dates, status, percent and RAG", () => {
    expect(r.ok).toBe(true);
    expect(r.rows.actions).toBe(3);
    expect(r.plan?.themes).toEqual([
      { id: "1", title: "Priority 1: Workforce" },
      { id: "2", title: "Priority 2: Practice" },
    ]);
    expect(r.plan?.actions).toEqual([
      {
        id: "1.1",
        text: "Recruit permanent social workers",
        theme: "1",
        owner: "Head of Service, Workforce",
        start: "2019-04-01",
        due: "2020-03-31",
        status: "in-progress",
        percentComplete: 40,
        selfAssessed: "green",
      },
      {
        id: "1.2",
        text: "Reduce agency staff to 15",
        theme: "1",
        owner: "Head of Service, Workforce",
        start: "2019-04-01",
        due: "2019-12-31",
        status: "deferred",
      },
      {
        id: "2.1",
        text: "Visits on time under the new standards",
        theme: "2",
        owner: "Service Manager, CP",
        start: "2019-06-01",
        status: "not-started",
        percentComplete: 0,
      },
    ]);
  });

  it("takes the title from the option, else from the lone cell above the header", () => {
    expect(r.plan?.title).toBe("SFS plan 2019/20");
    expect(readPlan([tracker]).plan?.title).toBe("Safeguarding and Family Support improvement plan 2019/20");
    expect(readPlan([csv("p.csv", "Ref|Action\n1|Audit")]).plan?.title).toBe("Improvement plan");
  });

  it("warns about the TBC date, naming its row and column", () => {
    expect(r.issues).toEqual([
      {
        code: "date-to-be-confirmed",
        severity: "warning",
        file: "plan.xlsx [Actions]",
        row: 10,
        column: 5,
        message: 'The due date is "TBC": read as not set yet.',
      },
    ]);
  });

  it("rates as at a day once read", () => {
    const rated = ratePlan(r.plan!, { asAt: "2019-11-25" });
    const one = rated.actions.find((a) => a.action.id === "1.1")!;
    expect(one.rating.status).toBe("red");
    expect(one.rating.flags.map((f) => f.text)).toContain(
      "self-assessed green; rated red: 40% complete, 65% expected",
    );
  });
});

describe("readPlan: milestones, updates and indicators in sheets of their own", () => {
  const actions = csv(
    "plan.xlsx [Actions]",
    [
      "Ref|Description|Owner|Start date|Due date|Status|Progress %|Evidence of impact",
      "1|Re-referral audit|Head of MASH|01/04/2019|31/03/2020|In progress|50|",
      "2|Stability panel|Head of CiC|01/04/2019|30/09/2019|Completed|100|Moves down 10%",
    ].join("\n"),
  );
  const milestones = csv(
    "plan.xlsx [Milestones]",
    [
      "Action ref|Milestone|Due|Done",
      "1|Audit tool agreed|30/06/2019|Yes",
      "1|First audit reported|31/10/2019|No",
    ].join("\n"),
  );
  const updates = csv(
    "plan.xlsx [Updates]",
    ["Action ref|Date|Update", "1|15/10/2019|Audit under way", "1|01/07/2019|Tool agreed"].join("\n"),
  );
  const indicators = csv(
    "plan.xlsx [Indicators]",
    ["Action ref|Indicator|Target|Target date", "1|Re-referral rate|18%|31/03/2021"].join("\n"),
  );
  const r = readPlan([actions, milestones, updates, indicators]);

  it("joins them on the action ref", () => {
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual({ actions: 2, milestones: 2, updates: 2, indicators: 1 });
    const one = r.plan!.actions[0]!;
    expect(one.milestones).toEqual([
      { title: "Audit tool agreed", due: "2019-06-30", done: true },
      { title: "First audit reported", due: "2019-10-31", done: false },
    ]);
    expect(one.updates).toEqual([
      { date: "2019-07-01", text: "Tool agreed" },
      { date: "2019-10-15", text: "Audit under way" },
    ]);
    expect(one.indicators).toEqual([
      { indicatorId: "re-referrals-12m", target: 18, targetDate: "2021-03-31" },
    ]);
    expect(r.plan!.actions[1]).toMatchObject({ status: "complete", evidenceOfImpact: "Moves down 10%" });
  });

  it("a row of another sheet whose action ref no action has is an error naming its row", () => {
    const stray = csv("m.csv", "Action ref|Milestone|Due|Done\n7|Orphan|31/03/2020|no");
    const bad = readPlan([actions, stray]);
    expect(bad.ok).toBe(false);
    expect(bad.plan).toBeNull();
    expect(bad.issues.map((i) => `${i.code} ${i.file}:${i.row}:${i.column} ${i.message}`)).toEqual([
      "unknown-action-ref m.csv:2:1 No action has the ref 7.",
    ]);
  });
});

describe("readPlan: workbook cells", () => {
  it("reads Excel serial dates and fractions of one as percents, saying so", () => {
    const r = readPlan([
      {
        file: "plan.xlsx [Sheet1]",
        rows: [
          ["Action ref", "Action", "Start", "Due", "% complete"],
          ["1", "Audit", 43556, 43921, 0.25],
          ["2", "Panel", 43556, 43738, 1],
        ],
      },
    ]);
    expect(r.plan?.actions.map((a) => [a.start, a.due, a.percentComplete])).toEqual([
      ["2019-04-01", "2020-03-31", 25],
      ["2019-04-01", "2019-09-30", 100],
    ]);
    expect(where(r)).toEqual(["warning percent-as-fraction plan.xlsx [Sheet1]:1:5"]);
  });

  it("with no linked-indicator columns, Target date is the due date", () => {
    const r = readPlan([csv("p.csv", "ID|Task|Target date\n1|Audit|Mar 2020")]);
    expect(r.plan?.actions[0]?.due).toBe("2020-03-31");
  });
});

describe("readPlan: bad rows are errors, each named; nothing is half-read", () => {
  it.each([
    ["a row with no action ref", "|Orphan action|31/03/2020|", ["error missing-action-ref p.csv:3:1"]],
    ["a lone action ref with no action", "3||", ["error missing-action-text p.csv:3:2"]],
    ["a repeated action ref", "1|Again|31/03/2020|", ["error duplicate-action-ref p.csv:3:1"]],
    ["a day that does not exist", "2|Panel|31/02/2020|", ["error invalid-date p.csv:3:3"]],
    ["a percent over 100", "2|Panel|31/03/2020|150", ["error invalid-percent p.csv:3:4"]],
    ["a percent in words", "2|Panel|31/03/2020|half", ["error invalid-percent p.csv:3:4"]],
    ["a date in words", "2|Panel|soon|", ["error invalid-date p.csv:3:3"]],
  ])("%s", (_name, line, issues) => {
    const r = readPlan([csv("p.csv", `Ref|Action|Due|% complete\n1|Audit|31/03/2020|10\n${line}`)]);
    expect(where(r)).toEqual(issues);
    expect(r.ok).toBe(false);
    expect(r.plan).toBeNull();
  });

  it("an unknown status or RAG is a warning and the action is still read", () => {
    const r = readPlan([csv("p.csv", "Ref|Action|Status|RAG\n1|Audit|Nearly there|Purple")]);
    expect(where(r)).toEqual(["warning unknown-status p.csv:2:3", "warning unknown-rag p.csv:2:4"]);
    expect(r.ok).toBe(true);
    expect(r.plan?.actions[0]).toEqual({ id: "1", text: "Audit" });
  });

  it("a sheet with no plan header says what it needs", () => {
    const r = readPlan([csv("p.csv", "Indicator|Value\nRe-referrals|20")]);
    expect(where(r)).toEqual(["error unrecognised-plan-sheet p.csv:1:1"]);
  });

  it("an unknown linked indicator is an error", () => {
    const r = readPlan([
      csv("p.csv", "Ref|Action|Due|Indicator|Target\n1|Audit|31/03/2020|Happiness index|80"),
    ]);
    expect(where(r)).toEqual(["error unknown-indicator p.csv:2:4"]);
  });
});
