import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { kpikit } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "kpikit-plan-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// As a council keeps it: a title row, a blank row, theme headings, a TBC date, statuses in capitals.
const tracker = write(
  "plan.csv",
  [
    "Safeguarding and Family Support improvement plan 2019/20,,,,,,,,,",
    ",,,,,,,,,",
    "Action Ref,Action,Lead Officer,Start,Due,Status,% Complete,RAG,Latest update,Update date",
    "Priority 1: Workforce,,,,,,,,,",
    "1.1,Recruit permanent social workers,Head of Service,01/04/2019,31/03/2020,IN PROGRESS,40%,G,Two offers made,01/11/2019",
    "1.2,Reduce agency staff,Head of Service,Apr 2019,Q3 2019/20,on hold,,,,",
    "Priority 2: Practice,,,,,,,,,",
    "2.1,CP visits on time,Service Manager,2019-06-01,TBC,Not Started,0,,,",
    "2.2,Audit re-referrals,Head of MASH,01/04/2019,31/10/2019,In progress,60,Green,,",
  ].join("\r\n"),
);

describe("kpikit plan", () => {
  it("rates every action as at --today, overdue first, and warns about the TBC date with its row and column", () => {
    const r = kpikit(["plan", tracker, "--today", "2019-11-25"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${tracker}:8:5: warning: The due date is "TBC": read as not set yet.\n`);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(
      "4 actions as at 25 November 2019: 2 not rated, 2 red; 33.3% complete on average; 1 overdue, 2 flagged.",
    );
    expect(lines.slice(3, 7).map((l) => l.slice(0, 3))).toEqual(["2.2", "1.1", "1.2", "2.1"]);
    expect(r.stdout).toContain("Overdue by 25 days (due 31 Oct 2019), 60% complete.");
    expect(r.stdout).toContain("  2.2: self-assessed green; overdue by 25 days;");
  });

  it("--json gives each action's rating with its reason and flags in words, and the totals", () => {
    const r = kpikit(["plan", tracker, "--today", "2019-11-25", "--json", "-q"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.title).toBe("Safeguarding and Family Support improvement plan 2019/20");
    const one = doc.actions.find((a: { id: string }) => a.id === "1.1");
    expect(one.rating).toEqual({
      status: "red",
      label: "Red",
      reason: "40% complete against 65% expected by 25 Nov 2019 (61% of expected).",
      expectedPercent: 65.2,
      flags: [
        {
          kind: "self-assessment",
          text: "self-assessed green; rated red: 40% complete, 65% expected",
        },
      ],
    });
    expect(one.themeTitle).toBe("Priority 1: Workforce");
    expect(doc.summary.counts).toEqual({
      complete: 0,
      "not-started": 0,
      red: 2,
      amber: 0,
      green: 0,
      "not-rated": 2,
    });
  });

  it("the same plan on another day rates differently: nothing reads the clock", () => {
    const early = JSON.parse(kpikit(["plan", tracker, "--today", "2019-05-01", "--json", "-q"]).stdout);
    expect(
      early.actions.map((a: { id: string; rating: { status: string } }) => `${a.id} ${a.rating.status}`),
    ).toEqual(["1.1 green", "1.2 not-rated", "2.1 not-started", "2.2 green"]);
  });

  it("reads milestones and updates from the sheets of one workbook", async () => {
    const t = (value: string) => ({ value, type: String });
    const d = (iso: string) => ({ value: new Date(`${iso}T00:00:00Z`), type: Date, format: "dd/mm/yyyy" });
    const file = join(dir, "plan.xlsx");
    const sheets = [
      {
        sheet: "Actions",
        data: [
          [t("Ref"), t("Action"), t("Start date"), t("Due date"), t("Status"), t("% complete")],
          [
            t("1"),
            t("Audit"),
            d("2019-04-01"),
            d("2020-03-31"),
            t("In progress"),
            { value: 70, type: Number },
          ],
        ],
      },
      {
        sheet: "Milestones",
        data: [
          [t("Action ref"), t("Milestone"), t("Due"), t("Done")],
          [t("1"), t("Tool agreed"), d("2019-06-30"), t("Yes")],
          [t("1"), t("First report"), d("2019-10-31"), t("No")],
        ],
      },
      {
        sheet: "Updates",
        data: [
          [t("Action ref"), t("Date"), t("Update")],
          [t("1"), d("2019-11-01"), t("Audits under way")],
        ],
      },
    ];
    writeFileSync(file, await writeXlsxFile(sheets as never).toBuffer());
    const r = kpikit(["plan", file, "--today", "2019-11-25", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [action] = JSON.parse(r.stdout).actions;
    expect(action.milestones).toEqual([
      { title: "Tool agreed", due: "2019-06-30", done: true },
      { title: "First report", due: "2019-10-31", done: false },
    ]);
    expect(action.rating.status).toBe("amber");
    expect(action.rating.reason).toBe(
      '70% complete against 65% expected by 25 Nov 2019 (107% of expected); milestone "First report" overdue by 25 days.',
    );
  });

  it("a bad row is exit 3 with its file, row and column, and nothing is written", () => {
    const bad = write("bad.csv", "Ref,Action,Due,% complete\n1,Audit,31/02/2020,10\n,Orphan,31/03/2020,\n");
    const out = write("out.csv", "untouched");
    const r = kpikit(["plan", bad, "--today", "2019-11-25", "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${bad}:2:3: error: "31/02/2020" is not a real day (day/month/year).`);
    expect(r.stderr).toContain(`${bad}:3:1: error: This action has no action ref`);
    expect(readFileSync(out, "utf8")).toBe("untouched");
  });

  it("without --today it says so (exit 2); KPIKIT_TODAY stands in for it", () => {
    const r = kpikit(["plan", tracker], { env: { KPIKIT_TODAY: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("give --today <YYYY-MM-DD>");
    expect(kpikit(["plan", tracker, "-q"], { env: { KPIKIT_TODAY: "2019-11-25" } }).code).toBe(0);
  });

  it("--format md escapes what the plan says", () => {
    const hostile = write(
      "x.csv",
      "Ref,Action,Due,% complete\n1,<img src=x onerror=alert(1)> | pipe,31/03/2020,10\n",
    );
    const r = kpikit(["plan", hostile, "--today", "2019-11-25", "--format", "md", "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("&lt;img src=x onerror=alert(1)&gt; \\| pipe");
    expect(r.stdout).not.toContain("<img");
  });

  it("kpikit init --plan writes a template whose every header kpikit plan reads, with a guide it passes over", async () => {
    const target = mkdtempSync(join(tmpdir(), "kpikit-plan-init-"));
    const r = kpikit(["init", "--plan", "--dir", target]);
    expect(r.code).toBe(0);
    const file = join(target, "improvement-plan.xlsx");
    const sheets = await readXlsxFile(readFileSync(file));
    expect(sheets.map((s) => s.sheet)).toEqual(["Actions", "Milestones", "Updates", "Indicators", "Guide"]);
    expect(sheets[0]?.data[0]?.slice(0, 4)).toEqual(["Action ref", "Theme", "Source", "Action"]);
    const empty = kpikit(["plan", file, "--today", "2020-01-01", "--json"]);
    expect(empty.stderr).toBe("");
    expect(JSON.parse(empty.stdout).actions).toEqual([]);
    // Filled in, every column is read.
    const t = (value: string) => ({ value, type: String });
    const filled = sheets.map((s) => ({
      sheet: s.sheet,
      data: s.data.map((row) => row.map((c) => (c === null ? null : t(String(c))))),
    }));
    filled[0]!.data.push(
      [
        "1.1",
        "Workforce",
        "ILACS recommendation",
        "Recruit",
        "Head of Service",
        "01/04/2019",
        "31/03/2020",
        "In progress",
        "70",
        "Green",
        "",
        "Offers made",
        "01/11/2019",
      ].map(t),
    );
    filled[1]!.data.push(["1.1", "Advert placed", "30/06/2019", "Yes"].map(t));
    filled[3]!.data.push(["1.1", "Re-referral rate", "18", "31/03/2021", "1"].map(t));
    writeFileSync(file, await writeXlsxFile(filled as never).toBuffer());
    const rated = kpikit(["plan", file, "--today", "2019-11-25", "--la", "Wiltshire", "--json"]);
    expect(rated.stderr).toBe("");
    const [action] = JSON.parse(rated.stdout).actions;
    expect(action).toMatchObject({
      id: "1.1",
      source: "ilacs-recommendation",
      owner: "Head of Service",
      selfAssessed: "green",
      percentComplete: 70,
    });
    expect(action.rating.status).toBe("green");
    expect(action.linkedIndicators[0]).toMatchObject({
      indicatorId: "re-referrals-12m",
      target: 18,
      tolerance: 1,
    });
    expect(kpikit(["init", "--plan", "--dir", target]).code).toBe(2);
  });

  it("kpikit validate checks a plan's files together, every problem with file, row and column", () => {
    const ok = kpikit(["validate", "plan.csv"], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(
      'plan.csv: ok (plan, 4 rows used, 1 warning)\n  plan.csv:8:5: warning: The due date is "TBC": read as not set yet.\n',
    );
    write("milestones.csv", "Action ref,Milestone,Due,Done\n1.1,Advert,30/06/2019,yes\n9,Orphan,TBC,no\n");
    const r = kpikit(["validate", "plan.csv", "milestones.csv", "--json"], { cwd: dir });
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string; kind: string; ok: boolean }) => [f.file, f.kind, f.ok])).toEqual(
      [
        ["plan.csv", "plan", true],
        ["milestones.csv", "plan", false],
      ],
    );
    expect(doc.files[1].issues).toEqual([
      {
        code: "unknown-action-ref",
        severity: "error",
        file: "milestones.csv",
        row: 3,
        column: 1,
        message: "No action has the ref 9.",
      },
    ]);
  });
});
