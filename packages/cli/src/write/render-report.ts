import type { DetailLevel, Scorecard } from "@kpikit/core";
import { usageError } from "../_lib/errors.js";
import type { ReportFormat } from "../_lib/output-format.js";
import { scorecardCsv } from "./csv.js";
import { scorecardMarkdown } from "./markdown.js";
import { scorecardPlanCsv } from "./plan-csv.js";

/** How the paper is laid out: which indicators get a detail section in the HTML (default `rated`). */
export interface ReportRenderOptions {
  readonly detail?: DetailLevel;
}

/**
 * Renders a Scorecard in one format. JSON is checked against the Scorecard schema first (a failure is an
 * internal error: kpikit built something its own schema rejects).
 */
export async function renderReport(
  scorecard: Scorecard,
  format: ReportFormat,
  options: ReportRenderOptions = {},
): Promise<string | Uint8Array> {
  switch (format) {
    case "json": {
      const { parseScorecard } = await import("@kpikit/core/schema");
      const checked = parseScorecard(JSON.parse(JSON.stringify(scorecard)));
      if (!checked.ok)
        throw new Error(
          `the Scorecard does not match its schema: ${checked.issues
            .slice(0, 3)
            .map((i) => `${(i.path ?? []).join(".")}: ${i.message}`)
            .join("; ")}`,
        );
      return `${JSON.stringify(scorecard, null, 2)}\n`;
    }
    case "md":
      return scorecardMarkdown(scorecard);
    case "csv":
      return scorecardCsv(scorecard);
    case "html": {
      const { renderReportDocument } = await import("@kpikit/web");
      return renderReportDocument(scorecard, { detail: options.detail ?? "rated" });
    }
    case "xlsx": {
      const { scorecardXlsx } = await import("./xlsx.js");
      return scorecardXlsx(scorecard);
    }
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/**
 * Every output of a report: each target's format, and beside a CSV with a plan section, `<name>-plan.csv` with
 * one line per action (two tables do not share one CSV file). A plan's CSV on stdout is a usage error.
 */
export async function reportOutputs(
  scorecard: Scorecard,
  targets: readonly { readonly format: ReportFormat; readonly path: string | null }[],
  options: ReportRenderOptions = {},
): Promise<{ path: string | null; content: string | Uint8Array }[]> {
  const outputs: { path: string | null; content: string | Uint8Array }[] = [];
  for (const t of targets) {
    outputs.push({ path: t.path, content: await renderReport(scorecard, t.format, options) });
    if (t.format !== "csv" || !scorecard.plan) continue;
    if (t.path === null)
      throw usageError("with a plan, the CSV output is two files (<out>.csv and <out>-plan.csv): give --out");
    outputs.push({ path: planCsvPath(t.path), content: scorecardPlanCsv(scorecard.plan) });
  }
  return outputs;
}

/**
 * Where the plan's CSV goes beside the report's CSV.
 * @example
 * planCsvPath("reports/wiltshire.csv") //=> "reports/wiltshire-plan.csv"
 */
export function planCsvPath(path: string): string {
  return /\.csv$/i.test(path) ? `${path.slice(0, -4)}-plan.csv` : `${path}-plan.csv`;
}
