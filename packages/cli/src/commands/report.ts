import { resolve } from "node:path";
import type { RagStatus } from "@kpikit/core";
import { RAG_LABEL, RAG_ORDER } from "@kpikit/core";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { failOnError, usageError } from "../_lib/errors.js";
import { type CommandContext, paint } from "../_lib/io.js";
import { issueText } from "../_lib/issue-text.js";
import { planOutputs } from "../_lib/output-format.js";
import { startSpinner } from "../_lib/spinner.js";
import { buildReport } from "../report/build-report.js";
import { loadReportConfig } from "../report/report-config.js";
import { reportDetail } from "../write/detail-level.js";
import { planSummaryText } from "../write/plan-fields.js";
import { reportOutputs } from "../write/render-report.js";

/** `kpikit report`: build the Scorecard, render every format, then write all outputs atomically. */
export async function run(ctx: CommandContext): Promise<number> {
  const v = ctx.values;
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const formats = Array.isArray(v.format) ? (v.format as string[]) : [];
  const out = str("out");
  const plan = planOutputs({
    formats,
    out: out === undefined ? undefined : resolve(ctx.io.cwd, out),
    fallback: ctx.globals.json ? "json" : "md",
  });
  if (ctx.globals.json && plan.targets.some((t) => t.path === null && t.format !== "json"))
    throw usageError("--json prints the Scorecard JSON on stdout; use --format json or --out");
  const failOn = parseFailOn(str("fail-on"));
  const local = str("local");
  const config = str("config");
  const planPaths = Array.isArray(v.plan) ? (v.plan as string[]) : [];
  const publishedPaths = Array.isArray(v.published) ? (v.published as string[]) : [];
  const today = str("today") ?? (ctx.io.env.KPIKIT_TODAY || undefined);
  // --detail is checked before anything is read; the config's detail: is read only when there is no flag.
  const detailFlag = str("detail");
  if (detailFlag !== undefined) reportDetail(detailFlag, undefined);
  const spinner = startSpinner(ctx, "Building the scorecard…");
  let outputs: { path: string | null; content: string | Uint8Array }[];
  let built: Awaited<ReturnType<typeof buildReport>>;
  try {
    built = await buildReport({
      ...(str("la") ? { la: str("la") as string } : {}),
      ...(local ? { local: resolve(ctx.io.cwd, local), localName: local } : {}),
      ...(config ? { config: resolve(ctx.io.cwd, config), configName: config } : {}),
      ...(str("period") ? { period: str("period") as string } : {}),
      ...(today ? { today } : {}),
      ...(str("title") ? { title: str("title") as string } : {}),
      ...(planPaths.length > 0 ? { plan: planPaths } : {}),
      ...(publishedPaths.length > 0 ? { published: publishedPaths } : {}),
      cwd: ctx.io.cwd,
    });
    spinner.update("Rendering…");
    const detail = reportDetail(
      detailFlag,
      detailFlag === undefined && config
        ? (await loadReportConfig(resolve(ctx.io.cwd, config), config)).config
        : undefined,
    );
    outputs = await reportOutputs(built.scorecard, plan.targets, { detail });
  } finally {
    spinner.stop();
  }
  const files = outputs.filter((o): o is { path: string; content: string | Uint8Array } => o.path !== null);
  await writeFilesAtomically(files);
  for (const o of outputs) if (o.path === null) ctx.io.stdout(typeof o.content === "string" ? o.content : "");
  const { scorecard } = built;
  if (!ctx.globals.quiet) {
    for (const w of built.warnings) ctx.io.stderr(`${paint(ctx.globals.color, "yellow", issueText(w))}\n`);
    const counts = RAG_ORDER.filter((s) => scorecard.summary.counts[s] > 0).map(
      (s) => `${scorecard.summary.counts[s]} ${RAG_LABEL[s].toLowerCase()}`,
    );
    ctx.io.stderr(
      `${scorecard.area.name}: ${scorecard.rows.length} indicators (${counts.join(", ")}); ${scorecard.summary.improving} improving, ${scorecard.summary.worsening} worsening.\n`,
    );
    if (scorecard.plan) ctx.io.stderr(`Plan: ${planSummaryText(scorecard.plan)}\n`);
    for (const f of files) ctx.io.stderr(`Wrote ${f.path}\n`);
  }
  if (failOn.length > 0) {
    const matched = scorecard.rows.filter((r) => failOn.includes(r.rag.status));
    if (matched.length > 0) {
      throw failOnError(
        `--fail-on ${failOn.join(",")}: ${matched.length} indicator${matched.length === 1 ? " is" : "s are"} rated ${[...new Set(matched.map((r) => RAG_LABEL[r.rag.status].toLowerCase()))].join(" or ")} (${matched.map((r) => r.indicator.shortTitle).join("; ")})`,
      );
    }
  }
  return 0;
}

function parseFailOn(text: string | undefined): RagStatus[] {
  if (text === undefined) return [];
  return text.split(",").map((s) => {
    const t = s.trim().toLowerCase().replace(/\s+/g, "-");
    if (!(RAG_ORDER as readonly string[]).includes(t))
      throw usageError(`--fail-on "${s}": use one or more of ${RAG_ORDER.join(", ")}`);
    return t as RagStatus;
  });
}
