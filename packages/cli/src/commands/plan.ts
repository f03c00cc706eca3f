import { resolve } from "node:path";
import {
  ACTION_RATING_LABEL,
  type Issue,
  type PlanAssessment,
  parsePlanDate,
  TRAJECTORY_LABEL,
} from "@kpikit/core";
import { assessPlan, type PlanSheet, readPlan } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { errorsOf, inputError, usageError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { issueText } from "../_lib/issue-text.js";
import { formatFromPath, parseFormat } from "../_lib/output-format.js";
import { resolveLa } from "../_lib/resolve.js";
import { textTable } from "../_lib/text-table.js";
import { readSheets } from "../read/read-sheets.js";
import { csvText } from "../write/csv.js";
import { markdownCell } from "../write/markdown-text.js";

/** Reads plan files (CSV or every sheet of an XLSX) and the plan in them, or fails with exit 3 and every issue. */
export async function loadPlan(
  paths: readonly string[],
  cwd: string,
  title?: string,
): Promise<{ plan: NonNullable<ReturnType<typeof readPlan>["plan"]>; issues: readonly Issue[] }> {
  const sheets: PlanSheet[] = [];
  const issues: Issue[] = [];
  for (const path of paths) {
    // Messages name each file as it was typed.
    const read = await readSheets(resolve(cwd, path), path);
    issues.push(...read.issues);
    if (read.ok) sheets.push(...read.sheets);
  }
  if (errorsOf(issues).length > 0) throw inputError("the plan files cannot be read", issues);
  const result = readPlan(sheets, title === undefined ? {} : { title });
  issues.push(...result.issues);
  if (!result.plan) {
    const n = errorsOf(issues).length;
    throw inputError(`the plan has ${n} ${n === 1 ? "problem" : "problems"}; nothing was written`, issues);
  }
  return { plan: result.plan, issues };
}

/** The day a plan is rated as at: `--today`, else `KPIKIT_TODAY`; never the clock. */
export function asAtOf(ctx: CommandContext): string {
  const given = typeof ctx.values.today === "string" ? ctx.values.today : ctx.io.env.KPIKIT_TODAY;
  if (!given)
    throw usageError(
      "plan: give --today <YYYY-MM-DD>, the day to rate the plan as at (e.g. the meeting date)",
    );
  const r = parsePlanDate(given);
  if (!r.ok) throw usageError(`--today "${given}": ${r.message}`);
  return r.date;
}

const flagsText = (a: PlanAssessment["actions"][number]) => a.rating.flags.map((f) => f.text).join("; ");

/** The JSON `kpikit plan --json` prints: each action with its rating, flags and linked indicators, and the totals. */
export function planJson(assessment: PlanAssessment) {
  const theme = new Map(assessment.themes.map((t) => [t.id, t.title]));
  return {
    title: assessment.title,
    asAt: assessment.asAt,
    actions: assessment.actions.map(({ action, rating, indicators }) => ({
      ...action,
      ...(action.theme !== undefined ? { themeTitle: theme.get(action.theme) } : {}),
      rating: { ...rating, label: ACTION_RATING_LABEL[rating.status] },
      linkedIndicators: indicators.map((i) => ({
        ...i.link,
        title: i.indicator.title,
        rating: { ...i.rating, label: TRAJECTORY_LABEL[i.rating.status] },
      })),
    })),
    summary: assessment.summary,
  };
}

const CSV_HEADER = [
  "action_ref",
  "theme",
  "action",
  "owner",
  "start",
  "due",
  "status",
  "percent_complete",
  "rating",
  "reason",
  "flags",
];

function csvRows(a: PlanAssessment): (string | number | null)[][] {
  const theme = new Map(a.themes.map((t) => [t.id, t.title]));
  return a.actions.map((r) => [
    r.action.id,
    r.action.theme !== undefined ? (theme.get(r.action.theme) ?? "") : "",
    r.action.text,
    r.action.owner ?? "",
    r.action.start ?? "",
    r.action.due ?? "",
    r.action.status ?? "",
    r.action.percentComplete ?? null,
    ACTION_RATING_LABEL[r.rating.status],
    r.rating.reason,
    flagsText(r),
  ]);
}

function summaryLine(a: PlanAssessment): string {
  const c = a.summary.counts;
  const parts = (Object.keys(ACTION_RATING_LABEL) as (keyof typeof c)[])
    .filter((k) => c[k] > 0)
    .map((k) => `${c[k]} ${ACTION_RATING_LABEL[k].toLowerCase()}`);
  const pct = a.summary.percentComplete === null ? "" : `; ${a.summary.percentComplete}% complete on average`;
  return `${a.actions.length} actions as at ${a.asAt}: ${parts.join(", ") || "none"}${pct}; ${a.summary.overdue} overdue.`;
}

function markdown(a: PlanAssessment): string {
  const cell = markdownCell;
  const head = ["Ref", "Action", "Due", "Rating", "Reason", "Flags"];
  const rows = a.actions.map((r) => [
    r.action.id,
    r.action.text,
    r.action.due ?? "",
    ACTION_RATING_LABEL[r.rating.status],
    r.rating.reason,
    flagsText(r),
  ]);
  return `# ${cell(a.title)}\n\n${cell(summaryLine(a))}\n\n| ${head.join(" | ")} |\n|${head.map(() => "---").join("|")}|\n${rows.map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n")}\n`;
}

/** `kpikit plan <files…> --today <date>`: an improvement plan rated as at a day, on its own. */
export async function run(ctx: CommandContext): Promise<number> {
  if (ctx.positionals.length === 0)
    throw usageError(
      "plan: give the plan file (CSV or XLSX; milestones and updates in their own sheets or files)",
    );
  const asAt = asAtOf(ctx);
  const area = typeof ctx.values.la === "string" ? resolveLa(ctx.values.la).code : undefined;
  const { plan, issues } = await loadPlan(
    ctx.positionals,
    ctx.io.cwd,
    typeof ctx.values.title === "string" ? ctx.values.title : undefined,
  );
  if (!ctx.globals.quiet) for (const i of issues) ctx.io.stderr(`${issueText(i)}\n`);
  const assessment = assessPlan(plan, { asAt, ...(area !== undefined ? { area } : {}) });
  const out = typeof ctx.values.out === "string" ? resolve(ctx.io.cwd, ctx.values.out) : undefined;
  const format =
    typeof ctx.values.format === "string"
      ? parseFormat(ctx.values.format, ["csv", "json", "md"])
      : ctx.globals.json
        ? "json"
        : out
          ? (formatFromPath(out) ?? "csv")
          : "text";
  if (!["csv", "json", "md", "text"].includes(format))
    throw usageError(`plan writes csv, json or md, not ${format}`);
  let content: string;
  if (format === "json") content = `${JSON.stringify(planJson(assessment), null, 2)}\n`;
  else if (format === "csv") content = csvText(CSV_HEADER, csvRows(assessment));
  else if (format === "md") content = markdown(assessment);
  else {
    const rows = assessment.actions.map((r) => [
      r.action.id,
      r.action.due ?? "",
      ACTION_RATING_LABEL[r.rating.status],
      r.rating.reason,
    ]);
    const flags = assessment.actions
      .filter((r) => r.rating.flags.length > 0)
      .map((r) => `  ${r.action.id}: ${flagsText(r)}\n`);
    content = `${summaryLine(assessment)}\n\n${textTable(["ref", "due", "rating", "reason"], rows)}${flags.length ? `\nFlags:\n${flags.join("")}` : ""}`;
  }
  if (out) {
    await writeFilesAtomically([{ path: out, content }]);
    if (!ctx.globals.quiet) ctx.io.stderr(`Wrote ${out}\n`);
  } else ctx.io.stdout(content);
  return 0;
}
