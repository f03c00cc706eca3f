import { resolve } from "node:path";
import {
  ACTION_RATING_LABEL,
  type Issue,
  type PlanAssessment,
  parsePlanDate,
  planSection,
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
import { planMarkdown } from "../write/markdown-plan.js";
import { scorecardPlanCsv } from "../write/plan-csv.js";
import { flagsText, planSummaryText } from "../write/plan-fields.js";

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
    // Pushed one by one: a list of many thousand issues spread into a call overflows the stack.
    for (const i of read.issues) issues.push(i);
    if (read.ok) for (const s of read.sheets) sheets.push(s);
  }
  if (errorsOf(issues).length > 0) throw inputError("the plan files cannot be read", issues);
  const result = readPlan(sheets, title === undefined ? {} : { title });
  for (const i of result.issues) issues.push(i);
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
  // CSV, Markdown and the text table show the plan as the report does: from core's plan section, with the
  // report's plan writers.
  const section = planSection(assessment);
  let content: string;
  if (format === "json") content = `${JSON.stringify(planJson(assessment), null, 2)}\n`;
  else if (format === "csv") content = scorecardPlanCsv(section);
  else if (format === "md") content = planMarkdown(section).join("\n");
  else {
    const rows = section.actions.map((a) => [a.id, a.due ?? "", a.rating.label, a.rating.reason]);
    const flags = section.actions
      .filter((a) => a.flags.length > 0)
      .map((a) => `  ${a.id}: ${flagsText(a)}\n`);
    content = `${planSummaryText(section)}\n\n${textTable(["ref", "due", "rating", "reason"], rows)}${flags.length ? `\nFlags:\n${flags.join("")}` : ""}`;
  }
  if (out) {
    await writeFilesAtomically([{ path: out, content }]);
    if (!ctx.globals.quiet) ctx.io.stderr(`Wrote ${out}\n`);
  } else ctx.io.stdout(content);
  return 0;
}
