import type { Scorecard } from "@kpikit/core";
import type { ReportFormat } from "../_lib/output-format.js";
import { scorecardCsv } from "./csv.js";
import { scorecardMarkdown } from "./markdown.js";

/**
 * Renders a Scorecard in one format. JSON is checked against the Scorecard schema first (a failure is an
 * internal error: kpikit built something its own schema rejects).
 */
export async function renderReport(scorecard: Scorecard, format: ReportFormat): Promise<string | Uint8Array> {
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
      return renderReportDocument(scorecard);
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
