import { formatPeriod, formatValue, type Issue } from "@kpikit/core";
import { getIndicator } from "@kpikit/csc";
import { html, type SafeHtml } from "@kpikit/web";
import type { ReturnsResult } from "./returns-compute.js";

/** At most this many issues are listed (all are counted); the `kpikit validate` command lists every one. */
export const MAX_LISTED_ISSUES = 500;

/**
 * A file size in words for progress messages.
 *
 * @example
 * formatBytes(8_400_000) //=> "8 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, "") : Math.round(mb)} MB`;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/**
 * The validation summary: a count of errors and warnings, then each issue with its file, line, column, severity
 * (in words), code and message. Issue messages from @kpikit/csc never quote a child's identifier or
 * characteristics, and nothing else from the records is shown.
 */
export function renderIssues(issues: readonly Issue[]): SafeHtml {
  const errors = issues.filter((i) => i.severity !== "warning").length;
  const warnings = issues.length - errors;
  const sorted = [...issues].sort(
    (a, b) =>
      (a.severity === "warning" ? 1 : 0) - (b.severity === "warning" ? 1 : 0) ||
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.row ?? 0) - (b.row ?? 0),
  );
  const listed = sorted.slice(0, MAX_LISTED_ISSUES);
  const heading = `Checks: ${plural(errors, "error")} and ${plural(warnings, "warning")}`;
  const byCode = new Map<string, { severity: string; count: number }>();
  for (const i of sorted) {
    const key = `${i.code}\u0000${i.severity ?? "error"}`;
    const c = byCode.get(key) ?? { severity: i.severity ?? "error", count: 0 };
    byCode.set(key, { ...c, count: c.count + 1 });
  }
  const caption = `Every problem found, by file and line${issues.length > listed.length ? ` (the first ${listed.length})` : ""}`;
  return html`<section class="returns-issues" aria-labelledby="returns-issues-h">
<h2 id="returns-issues-h">${heading}</h2>
${
  issues.length === 0
    ? html`<p>No problems were found in the files.</p>`
    : html`<p class="lede">Errors are problems the DfE would reject; warnings are worth checking. Each names its file, line and column; children are named only by their position in the file.${issues.length > listed.length ? ` The first ${listed.length} are listed; the kpikit validate command lists all.` : ""}</p>
<ul class="issue-counts">${[...byCode].map(([key, c]) => html`<li>${key.split("\u0000")[0] ?? ""}: ${plural(c.count, c.severity === "warning" ? "warning" : "error")}</li>`)}</ul>
<details class="issue-details"${issues.length <= 20 ? html` open` : ""}><summary>${caption}</summary>
<div class="kpi-scroll" role="region" aria-label="${caption} (table scrolls sideways)" tabindex="0"><table class="kpi-table" id="returns-issues"><caption><span class="caption">${caption}</span></caption>
<thead><tr><th scope="col">File</th><th scope="col" class="kpi-num">Line</th><th scope="col">Column</th><th scope="col">Severity</th><th scope="col">Problem</th></tr></thead>
<tbody>${listed.map(
        (i) =>
          html`<tr data-code="${i.code}" data-severity="${i.severity ?? "error"}"><td>${i.file ?? ""}</td><td class="kpi-num">${i.row === undefined ? "" : String(i.row)}</td><td>${i.column === undefined ? "" : String(i.column)}</td><td><span class="severity severity-${i.severity ?? "error"}">${i.severity === "warning" ? "Warning" : "Error"}</span></td><td>${i.message} <span class="muted">(${i.code})</span></td></tr>`,
      )}</tbody></table></div></details>`
}
</section>`;
}

/** The computed measures with their counts, and the records left out of each (counted by reason). */
export function renderMeasures(result: ReturnsResult): SafeHtml {
  const caption = "Measures computed from your files";
  return html`<section class="returns-measures" aria-labelledby="returns-measures-h">
<h2 id="returns-measures-h">${caption}</h2>
<ul class="returns-notes">${result.notes.map((n) => html`<li>${n}</li>`)}</ul>
${
  result.observations.length === 0
    ? html`<p>No measures could be computed from these files.</p>`
    : html`<div class="kpi-scroll" role="region" aria-label="${caption} (table scrolls sideways)" tabindex="0"><table class="kpi-table" id="returns-measures"><caption><span class="caption">${caption}</span></caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">Period</th><th scope="col" class="kpi-num">Value</th><th scope="col" class="kpi-num">Numerator</th><th scope="col" class="kpi-num">Denominator</th></tr></thead>
<tbody>${result.observations.map((o) => {
        const d = getIndicator(o.indicatorId);
        return html`<tr data-kpi-id="${o.indicatorId}"><th scope="row">${d?.title ?? o.indicatorId}</th><td>${formatPeriod(o.period, "short")}</td><td class="kpi-num" data-value="${o.value === null ? "" : String(o.value)}">${formatValue(o.value, { unit: d?.unit ?? "percent", decimals: d?.decimals ?? 1, status: o.status })}</td><td class="kpi-num">${o.numerator === undefined ? "" : o.numerator.toLocaleString("en-GB")}</td><td class="kpi-num">${o.denominator === undefined ? "" : o.denominator.toLocaleString("en-GB")}</td></tr>`;
      })}</tbody></table></div>`
}
${
  result.exclusions.length > 0
    ? html`<h3>Records left out</h3><ul class="returns-exclusions">${result.exclusions.map(
        (e) =>
          html`<li>${getIndicator(e.indicatorId)?.shortTitle ?? e.indicatorId} ${e.period}: ${plural(e.count, "record")} left out (${e.reason})</li>`,
      )}</ul>`
    : ""
}
</section>`;
}
