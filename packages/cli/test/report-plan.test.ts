import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { kpikit, REPO } from "./run-cli.js";

const example = (f: string) => join(REPO, "examples/wiltshire-2020", f);
const args = [
  "report",
  "--local",
  example("local-figures.csv"),
  "--config",
  example("kpikit.config.yaml"),
  "--plan",
  example("improvement-plan.csv"),
  "--plan",
  example("plan-milestones.csv"),
  "--today",
  "2021-01-19",
  "-q",
];

interface PlanDoc {
  plan: {
    asAt: string;
    summary: { counts: Record<string, number>; overdue: number; flagged: number };
    actions: {
      id: string;
      rating: { status: string; reason: string };
      flags: { kind: string; text: string }[];
      indicators: { indicatorId: string; rating: { status: string; reason: string } }[];
    }[];
  };
  provenance: { name: string; kind: string }[];
}

describe("kpikit report --plan: the Wiltshire example plan rated as at the committee's meeting", () => {
  let dir: string;
  let doc: PlanDoc;
  const action = (id: string) => {
    const a = doc.plan.actions.find((x) => x.id === id);
    if (!a) throw new Error(`no action ${id}`);
    return a;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kpikit-report-plan-"));
    const r = kpikit([
      ...args,
      "--format",
      "json",
      "--format",
      "xlsx",
      "--format",
      "csv",
      "--format",
      "md",
      "--out",
      join(dir, "w"),
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    doc = JSON.parse(readFileSync(join(dir, "w.json"), "utf8"));
  });

  it("puts the rated plan in the Scorecard, overdue first, as at --today", () => {
    expect(doc.plan.asAt).toBe("2021-01-19");
    expect(doc.plan.actions.slice(0, 2).map((a) => a.id)).toEqual(["1.2", "2.3"]);
    expect(doc.plan.summary.counts).toEqual({
      complete: 2,
      "not-started": 1,
      red: 3,
      amber: 4,
      green: 2,
      "not-rated": 1,
    });
    expect(doc.plan.summary.overdue).toBe(2);
  });

  it.each([
    ["1.2", "red", "Overdue by 111 days (due 30 Sep 2020), 85% complete."],
    ["1.1", "green", "82% complete against 90% expected by 19 Jan 2021 (91% of expected)."],
    [
      "2.1",
      "red",
      '60% complete against 87% expected by 19 Jan 2021 (69% of expected); milestone "Two-weekly visits audited in every team" overdue by 19 days.',
    ],
    ["3.2", "complete", "Complete, but no evidence of impact is recorded."],
    ["4.4", "not-started", "Not due to start until 1 Apr 2021."],
    ["4.5", "not-rated", "Deferred: not rated."],
  ])("action %s is %s: %s", (id, status, reason) => {
    expect(action(id).rating).toMatchObject({ status, reason });
  });

  it("flags a better self-assessment and a stale update", () => {
    expect(action("1.2").flags).toEqual([
      { kind: "self-assessment", text: "self-assessed green; overdue by 111 days" },
    ]);
    expect(action("4.1").flags.map((f) => f.kind)).toEqual(["self-assessment", "stale"]);
  });

  it("rates linked indicators from the council's own figures and the bundled ones", () => {
    // Re-referrals: the local Aug-20 figure; agency rate: the bundled 30 Sep 2020 workforce figure.
    expect(action("2.3").indicators[0]?.rating).toEqual({
      status: "red",
      label: "Off track",
      reason:
        "18.9% against a trajectory of 15.7% for Aug 2020; 3.2 points behind, beyond the tolerance of 2.0 points; at the current rate the target would not be reached.",
    });
    expect(action("1.1").indicators[0]?.rating.reason).toBe(
      "9.1% for 30 Sep 2020 meets the 15.0% target for 31 Mar 2021.",
    );
    expect(action("2.1").indicators[0]?.rating.status).toBe("green");
  });

  it("lists the plan files among the sources", () => {
    expect(doc.provenance.filter((p) => p.name.includes("plan")).map((p) => p.name)).toEqual([
      "improvement-plan.csv",
      "plan-milestones.csv",
    ]);
  });

  it("writes the plan's sheets in the workbook", async () => {
    const sheets = await readXlsxFile(readFileSync(join(dir, "w.xlsx")));
    expect(sheets.map((s) => s.sheet)).toEqual([
      "Scorecard",
      "Key",
      "Glossary",
      "Data",
      "Improvement plan",
      "Plan milestones",
      "Plan indicators",
      "Notes",
    ]);
    const plan = sheets[4]?.data ?? [];
    const col = (name: string) => (plan[0] ?? []).indexOf(name);
    expect(plan).toHaveLength(14);
    expect(plan[1]?.[col("Action ref")]).toBe("1.2");
    expect(plan[1]?.[col("Rating")]).toBe("Red");
    expect(plan[1]?.[col("% complete")]).toBe(85);
    expect(plan[1]?.[col("Flags")]).toBe("self-assessed green; overdue by 111 days");
    expect(plan[1]?.[col("Owner")]).toBe("Head of Service: Safeguarding");
    expect(sheets[5]?.data).toHaveLength(11);
    expect(sheets[5]?.data[1]).toEqual(["1.2", "Agency workers down to five", "2020-07-31", "Overdue"]);
    const indicators = sheets[6]?.data ?? [];
    expect(indicators).toHaveLength(7);
    expect(indicators.find((r) => r[0] === "2.3")?.slice(1, 3)).toEqual([
      "Re-referrals to children's social care within 12 months of a previous referral",
      "15.0%",
    ]);
  });

  it("writes the plan's CSV beside the report's, one line per action", () => {
    const lines = readFileSync(join(dir, "w-plan.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe(
      "action_ref,theme,action,source,owner,start,due,status,percent_complete,rating,reason,days_overdue,flags,self_assessed,milestones,latest_update_date,latest_update,evidence_of_impact,linked_indicators",
    );
    expect(lines).toHaveLength(15);
    expect(lines[1]).toContain(
      ',2020-09-30,In progress,85,Red,"Overdue by 111 days (due 30 Sep 2020), 85% complete.",111,',
    );
    expect(readFileSync(join(dir, "w.csv"), "utf8").split("\r\n")[0]?.startsWith("section,")).toBe(true);
  });

  it("writes the plan's tables in the Markdown", () => {
    const md = readFileSync(join(dir, "w.md"), "utf8");
    expect(md).toContain(
      "13 actions as at 19 January 2021: 2 complete, 1 not rated, 1 not started, 3 red, 4 amber, 2 green; 65.6% complete on average; 2 overdue, 5 flagged.",
    );
    expect(md).toContain("| 4.5 | Bring a three-to-five-year FACT roadmap to the select committee |");
    expect(md).toContain("### Milestones");
    expect(md).toContain("### Linked indicators against their trajectories");
  });

  it("gives byte-identical outputs for the same inputs", () => {
    const again = mkdtempSync(join(tmpdir(), "kpikit-report-plan-again-"));
    const formats = ["json", "xlsx", "csv", "md", "html"];
    const run = (out: string) =>
      kpikit([...args, ...formats.flatMap((f) => ["--format", f]), "--out", join(out, "w")]);
    expect(run(again).code).toBe(0);
    const other = mkdtempSync(join(tmpdir(), "kpikit-report-plan-other-"));
    expect(run(other).code).toBe(0);
    for (const f of ["w.json", "w.xlsx", "w.csv", "w-plan.csv", "w.md", "w.html"])
      expect(readFileSync(join(again, f)).equals(readFileSync(join(other, f))), f).toBe(true);
  });
});

describe("kpikit report --plan with hostile or bad plan rows", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-report-plan-bad-"));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("escapes plan text in the Markdown: no table break, no HTML, no link", () => {
    const plan = write(
      "hostile.csv",
      [
        "Action ref,Action,Lead officer,Start date,Due date,% complete",
        '1.1,"Audit | split <script>alert(1)</script> [click](javascript:x) `code`",Head <b>of</b> | MASH,01/04/2020,31/03/2021,50',
      ].join("\r\n"),
    );
    const r = kpikit(["report", "--la", "Wiltshire", "--plan", plan, "--today", "2020-10-01", "-q"]);
    expect(r.code).toBe(0);
    const row = r.stdout.split("\n").find((l) => l.startsWith("| 1.1 |"));
    expect(row).toBe(
      "| 1.1 | Audit \\| split &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:x) \\`code\\` | – | Head &lt;b&gt;of&lt;/b&gt; \\| MASH | 31 Mar 2021 | 50% | **Green** | 50% complete against 50% expected by 1 Oct 2020 (99% of expected). | no progress update recorded since it started on 1 Apr 2020 (183 days) |",
    );
    expect(r.stdout).not.toContain("<script>");
  });

  it("a bad plan row is exit 3 with file:row:column, and leaves the outputs untouched", () => {
    const plan = write(
      "bad.csv",
      ["Action ref,Action,Due date,% complete", "1.1,Audit,31/02/2021,40", "1.2,Recruit,31/03/2021,150"].join(
        "\r\n",
      ),
    );
    const out = join(dir, "report.html");
    writeFileSync(out, "before");
    const r = kpikit(["report", "--la", "Wiltshire", "--plan", plan, "--today", "2021-01-19", "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`${plan}:2:3: error: `));
    expect(r.stderr).toMatch(new RegExp(`${plan}:3:4: error: `));
    expect(readFileSync(out, "utf8")).toBe("before");
    expect(existsSync(join(dir, "report-plan.csv"))).toBe(false);
  });

  it("a plan's CSV on stdout is a usage error: it is two files", () => {
    const plan = write("ok.csv", "Action ref,Action,Due date,% complete\r\n1.1,Audit,31/03/2021,40\r\n");
    const r = kpikit([
      "report",
      "--la",
      "Wiltshire",
      "--plan",
      plan,
      "--today",
      "2021-01-19",
      "--format",
      "csv",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("<out>-plan.csv");
  });

  it("reads `plan:` in the config relative to the config's folder; --plan replaces it", () => {
    write(
      "config-plan.csv",
      "Action ref,Action,Due date,% complete\r\n7.1,From the config,31/03/2021,40\r\n",
    );
    const config = write("kpikit.config.yaml", "la: Wiltshire\nplan: [config-plan.csv]\n");
    const fromConfig = JSON.parse(
      kpikit(["report", "--config", config, "--today", "2021-01-19", "--json"]).stdout,
    );
    expect(fromConfig.plan.actions.map((a: { id: string }) => a.id)).toEqual(["7.1"]);
    const other = write("other.csv", "Action ref,Action,Due date,% complete\r\n8.1,Given,31/03/2021,40\r\n");
    const given = JSON.parse(
      kpikit(["report", "--config", config, "--plan", other, "--today", "2021-01-19", "--json"]).stdout,
    );
    expect(given.plan.actions.map((a: { id: string }) => a.id)).toEqual(["8.1"]);
  });

  it("rates the plan as at KPIKIT_TODAY without --today, else the report's own date, never the clock", () => {
    const plan = write("day.csv", "Action ref,Action,Due date,% complete\r\n1.1,Audit,31/03/2021,40\r\n");
    const env = kpikit(["report", "--la", "Wiltshire", "--plan", plan, "--json"], {
      env: { KPIKIT_TODAY: "2020-10-01" },
    });
    expect(JSON.parse(env.stdout).plan.asAt).toBe("2020-10-01");
    const data = JSON.parse(kpikit(["report", "--la", "Wiltshire", "--plan", plan, "--json"]).stdout);
    expect(data.plan.asAt).toBe(data.generated);
  });
});
