import type { Scorecard } from "@kpikit/core";
import { createContext } from "../_lib/context.js";
import { longDate } from "../_lib/dates.js";
import { escapeHtml, html } from "../html/safe-html.js";
import { documentCss, reportCss } from "./report-css.js";
import { type ScorecardOptions, scorecardHtml } from "./scorecard.js";

/** Options for {@link renderReportDocument}. */
export interface ReportDocumentOptions extends Omit<ScorecardOptions, "headingLevel" | "sortable" | "sort"> {
  /** Document title (default: the scorecard's title and area). */
  readonly title?: string;
  /** `lang` of the document (default `en-GB`). */
  readonly lang?: string;
  /** Extra CSS appended after the built-in styles (trusted; `<` is removed so it cannot close the style element). */
  readonly css?: string;
  /** Text for the footer, e.g. "Produced by the performance team" (default: a kpikit line with the build date). */
  readonly footer?: string;
}

/**
 * Renders a complete, self-contained HTML document for a scorecard: inline CSS and SVG, no script and no
 * network, print-ready on A4 (rows never split across pages; table headers repeat). A restrictive
 * Content-Security-Policy meta tag keeps it inert even when opened from a shared drive.
 *
 * @example
 * renderReportDocument(scorecard).startsWith("<!doctype html>") //=> true
 */
export function renderReportDocument(scorecard: Scorecard, options: ReportDocumentOptions = {}): string {
  const ctx = createContext({ ...options, headingLevel: 1 }, scorecard.glossary);
  const title =
    options.title ??
    `${scorecard.title}: ${scorecard.area.name}${scorecard.period ? `, ${scorecard.period.label}` : ""}`;
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(options.lang ?? "")
    ? (options.lang as string)
    : "en-GB";
  const extra = (options.css ?? "").replace(/</g, "");
  const footer = options.footer ?? `Produced with kpikit on ${longDate(scorecard.generated)}.`;
  const body = scorecardHtml(scorecard, ctx, { ...options, headingLevel: 1 });
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kpikit">
<title>${escapeHtml(title)}</title>
<style>${documentCss}${reportCss}${extra}</style>
</head>
<body>
<a class="kpi-skip" href="#${ctx.id("indicators")}">Skip to the indicator table</a>
<main class="kpi-report">
${body.value}
${html`<footer class="kpi-footer"><p>${footer}</p></footer>`.value}
</main>
</body>
</html>
`;
}
