// The promises kpikit makes about bad input, checked on one observed run.
import type { Issue } from "@kpikit/core";
import type { Sample } from "./formats.js";
import { RAW_HTML } from "./formats.js";
import { leakForms, leaksIn } from "./identifiers.js";
import type { Observed, Output } from "./targets.js";

/** Outputs that are markup when opened (HTML) or rendered (Markdown); CSV, JSON and XLSX carry text as data. */
const isMarkup = (o: Output) => /\.(html?|md|markdown|svg)$/i.test(o.name);

/** A broken promise. */
export interface Finding {
  readonly kind:
    | "throw"
    | "exit-1"
    | "exit-other"
    | "identifier-leak"
    | "lost-rows"
    | "row-accounting"
    | "unlocated"
    | "raw-html"
    | "unreadable-output"
    | "exit-3-without-location";
  readonly detail: string;
}

const located = (i: Issue) => i.row !== undefined && i.row >= 1 && i.column !== undefined && i.column !== "";

/** Checks an in-process reader's run. `preservesRows`: the mutation kept every row of the sample. */
export function checkReader(sample: Sample, preservesRows: boolean, observed: Observed): Finding[] {
  const findings: Finding[] = [];
  const forms = leakForms(sample.identifiers);
  for (const issue of observed.issues) {
    const leaked = leaksIn(
      `${issue.message} ${String(issue.column ?? "")} ${(issue.path ?? []).join(" ")}`,
      forms,
    );
    if (leaked.length > 0)
      findings.push({
        kind: "identifier-leak",
        detail: `${issue.code}: ${JSON.stringify(leaked)} in ${JSON.stringify(issue.message)}`,
      });
    if (!located(issue))
      findings.push({
        kind: "unlocated",
        detail: `${issue.code} (row ${issue.row}, column ${issue.column}): ${issue.message.slice(0, 160)}`,
      });
  }
  if (preservesRows && observed.rowsRead) {
    for (const f of sample.files) {
      if (f.rows === 0) continue;
      const read = observed.rowsRead[f.name] ?? 0;
      if (read !== f.rows)
        findings.push({ kind: "lost-rows", detail: `${f.name}: ${read} of ${f.rows} rows read` });
    }
  }
  if (observed.unaccounted !== undefined && observed.unaccounted > 0)
    findings.push({
      kind: "row-accounting",
      detail: `${observed.unaccounted} rows neither used nor excluded with a reason`,
    });
  for (const u of observed.unreadable ?? []) findings.push({ kind: "unreadable-output", detail: u });
  for (const out of observed.outputs ?? []) {
    const raw = isMarkup(out) ? RAW_HTML.filter((h) => out.text.includes(h)) : [];
    if (raw.length > 0) findings.push({ kind: "raw-html", detail: `${out.name}: ${JSON.stringify(raw)}` });
    const leaked = leaksIn(out.text, forms);
    if (leaked.length > 0)
      findings.push({ kind: "identifier-leak", detail: `${out.name}: ${JSON.stringify(leaked)}` });
  }
  return findings;
}

/** Checks a `kpikit` run: exit 0 or 3 (4 with --fail-on), a located error when 3, no identifier in anything printed. */
export function checkCli(
  sample: Sample,
  run: { code: number; stdout: string; stderr: string; outputs?: readonly Output[] },
): Finding[] {
  const findings: Finding[] = [];
  if (run.code === 1) findings.push({ kind: "exit-1", detail: run.stderr.slice(0, 400) });
  else if (run.code !== 0 && run.code !== 3)
    findings.push({ kind: "exit-other", detail: `exit ${run.code}: ${run.stderr.slice(0, 300)}` });
  // The location is on stderr (`file:row:column: error: …`) or, with --json, in the issues on stdout.
  if (run.code === 3 && !/:\d+:[^\s]*:? error\b/.test(run.stderr) && !/"row": \d+/.test(run.stdout))
    findings.push({ kind: "exit-3-without-location", detail: run.stderr.slice(0, 400) });
  const forms = leakForms(sample.identifiers);
  for (const [where, text] of [
    ["stdout", run.stdout],
    ["stderr", run.stderr],
    ...(run.outputs ?? []).map((o) => [o.name, o.text] as const),
  ] as const) {
    const leaked = leaksIn(text, forms);
    if (leaked.length > 0)
      findings.push({ kind: "identifier-leak", detail: `${where}: ${JSON.stringify(leaked.slice(0, 5))}` });
  }
  for (const out of run.outputs ?? []) {
    const raw = isMarkup(out) ? RAW_HTML.filter((h) => out.text.includes(h)) : [];
    if (raw.length > 0) findings.push({ kind: "raw-html", detail: `${out.name}: ${JSON.stringify(raw)}` });
  }
  return findings;
}
