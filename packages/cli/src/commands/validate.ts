import { readFile } from "node:fs/promises";
import { extname, relative, resolve } from "node:path";
import type { IndicatorDefinition, Issue } from "@kpikit/core";
import {
  decodeText,
  isAnnexAWorkbook,
  type PlanSheet,
  planSheetKind,
  type ReadReturnsResult,
  type ReturnsInput,
  readLocalFigures,
  readPlan,
  readReturns,
  recogniseReturnFile,
  recogniseSsda903Table,
  returnsInputOf,
} from "@kpikit/csc";
import { errorsOf, inputError } from "../_lib/errors.js";
import { type CommandContext, paint } from "../_lib/io.js";
import { issueText } from "../_lib/issue-text.js";
import { loadConfig } from "../read/load-config.js";
import { readSheets } from "../read/read-sheets.js";
import { readTable } from "../read/read-table.js";
import { indicatorFinder, localDefinition } from "../report/indicators.js";
import { tableAsCsv } from "../validate/xlsx-table.js";

/** Pipeline codes that matter when computing but not when checking files one by one. */
const COMPUTE_ONLY = new Set([
  "returns-no-year",
  "returns-missing-table",
  "returns-several-las",
  "returns-two-returns",
]);

type Kind = "config" | "local-figures" | "cin-census" | "ssda903" | "annex-a" | "plan" | "unknown";

interface FileResult {
  readonly file: string;
  readonly kind: Kind;
  /** Local figures: a long file or a wide committee table. */
  readonly layout?: "long" | "wide";
  readonly ok: boolean;
  readonly rows?: number;
  /** Local figures: rows read and not used (headings, template rows), each with its reason. */
  readonly skipped?: readonly { readonly row: number; readonly reason: string }[];
  readonly issues: readonly Issue[];
}

/** `kpikit validate <files…>`: checks each file and reports every issue; exit 3 when any file has errors. */
export async function run(ctx: CommandContext): Promise<number> {
  const display = (p: string) => relative(ctx.io.cwd, resolve(ctx.io.cwd, p)) || p;
  const files = [...ctx.positionals];
  const configPaths = [
    typeof ctx.values.config === "string" ? ctx.values.config : undefined,
    ...files.filter(isConfigPath),
  ].filter((p): p is string => p !== undefined);
  const locals: IndicatorDefinition[] = [];
  const results: FileResult[] = [];
  for (const path of configPaths) {
    const loaded = await loadConfig(resolve(ctx.io.cwd, path), display(path));
    if (loaded.ok) locals.push(...(loaded.config.localIndicators ?? []).map(localDefinition));
    if (files.includes(path))
      results.push({ file: display(path), kind: "config", ok: loaded.ok, issues: loaded.issues });
  }
  const find = indicatorFinder(locals);
  const planFiles: { file: string; sheets: readonly PlanSheet[]; issues: readonly Issue[] }[] = [];
  const returnsFiles: ReturnsInput[] = [];
  /** A workbook's own reading issues, for the 903 tables saved as workbooks. */
  const sheetIssues = new Map<string, readonly Issue[]>();
  for (const path of files) {
    if (isConfigPath(path)) continue;
    const full = resolve(ctx.io.cwd, path);
    const name = display(path);
    const ext = extname(path).toLowerCase();
    // Statutory returns (any XML, and CSV whose header is a 903 table) are checked together below by
    // @kpikit/csc's returns pipeline, as compute reads them.
    if (ext === ".xml" || ext === ".csv" || ext === ".tsv" || ext === ".txt") {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(full));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        results.push({
          file: name,
          kind: "unknown",
          ok: false,
          issues: [
            {
              code: "file-not-found",
              file: name,
              row: 1,
              column: 1,
              message: `cannot read the file: ${code}`,
            },
          ],
        });
        continue;
      }
      const text = decodeText(bytes.subarray(0, 65536), name).text;
      if (ext === ".xml" || recogniseReturnFile(text, name) !== null) {
        returnsFiles.push({ name, bytes });
        continue;
      }
    }
    if (ext === ".xlsx") {
      // An Ofsted Annex A workbook, recognised by its sheets, goes through the returns pipeline too.
      const bytes = await readFile(full).then(
        (b) => new Uint8Array(b),
        () => null,
      );
      const input = bytes === null ? null : await returnsInputOf(name, bytes);
      if (input?.sheets && isAnnexAWorkbook(input.sheets)) {
        returnsFiles.push(input);
        continue;
      }
    }
    const table = await readTable(full, name);
    if (!table.ok) {
      results.push({ file: name, kind: "unknown", ok: false, issues: table.issues });
      continue;
    }
    if (recogniseSsda903Table(table.header, name) !== null) {
      // An SSDA903 table saved as a workbook: its sheet as CSV through the same pipeline (compute asks for CSV).
      returnsFiles.push({ name, bytes: tableAsCsv(table) });
      sheetIssues.set(name, table.issues);
      continue;
    }
    // An improvement plan's files are checked together below: milestones and updates join on the action ref.
    const sheets = await readSheets(full, name);
    if (sheets.ok && sheets.sheets.some((s) => planSheetKind(s) !== null)) {
      planFiles.push({ file: name, sheets: sheets.sheets, issues: sheets.issues });
      continue;
    }
    const r = readLocalFigures(table, { findIndicator: find });
    results.push({
      file: name,
      kind: "local-figures",
      layout: r.layout,
      ok: errorsOf(r.issues).length === 0,
      rows: r.figures.length,
      skipped: r.skipped,
      issues: r.issues,
    });
  }
  if (returnsFiles.length > 0) {
    // One read of every return given: years, LAs, the cross-table checks (episodes without a header row,
    // duplicate tables, overlapping episodes) and the DfE UPN check letter.
    const read = readReturns(returnsFiles, { dfeChecks: true });
    const byFile = new Map<string, Issue[]>();
    for (const issue of [...read.issues, ...secondTableIssues(read, returnsFiles)]) {
      const shown = COMPUTE_ONLY.has(issue.code) ? { ...issue, severity: "warning" as const } : issue;
      const list = byFile.get(issue.file ?? "") ?? [];
      list.push(shown);
      byFile.set(issue.file ?? "", list);
    }
    for (const f of returnsFiles) {
      const info = read.files.find((x) => x.file === f.name);
      const kind: Kind =
        info?.return === "cin-census" || info?.return === "ssda903" || info?.return === "annex-a"
          ? info.return
          : "unknown";
      const issues = [...(sheetIssues.get(f.name) ?? []), ...(byFile.get(f.name) ?? [])];
      results.push({ file: f.name, kind, ok: errorsOf(issues).length === 0, issues });
    }
  }
  if (planFiles.length > 0) {
    const plan = readPlan(planFiles.flatMap((f) => f.sheets));
    const rows = plan.rows.actions + plan.rows.milestones + plan.rows.updates + plan.rows.indicators;
    for (const f of planFiles) {
      const own = new Set(f.sheets.map((s) => s.file));
      const issues = [...f.issues, ...plan.issues.filter((i) => i.file !== undefined && own.has(i.file))];
      results.push({
        file: f.file,
        kind: "plan",
        ok: errorsOf(issues).length === 0,
        ...(planFiles.length === 1 ? { rows } : {}),
        issues,
      });
    }
  }
  const ok = results.every((r) => r.ok);
  if (ctx.globals.json) {
    ctx.io.stdout(`${JSON.stringify({ ok, files: results }, null, 2)}\n`);
    return ok ? 0 : 3;
  }
  for (const r of results) {
    const head = r.ok ? paint(ctx.globals.color, "green", "ok") : paint(ctx.globals.color, "red", "invalid");
    const errors = errorsOf(r.issues).length;
    const warnings = r.issues.length - errors;
    ctx.io.stdout(
      `${r.file}: ${head} (${r.kind}${r.layout === "wide" ? `, wide table, ${r.rows} figures used` : r.rows === undefined ? "" : `, ${r.rows} rows used`}${errors ? `, ${errors} error${errors === 1 ? "" : "s"}` : ""}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}${r.skipped?.length ? `, ${r.skipped.length} row${r.skipped.length === 1 ? "" : "s"} skipped` : ""})\n`,
    );
    for (const i of r.issues) ctx.io.stdout(`  ${issueText(i)}\n`);
    for (const s of r.skipped ?? []) ctx.io.stdout(`  row ${s.row}: skipped, ${s.reason}\n`);
  }
  if (!ok) {
    const bad = results.filter((r) => !r.ok).length;
    throw inputError(`${bad} of ${results.length} file${results.length === 1 ? "" : "s"} invalid`);
  }
  return 0;
}

/** The SSDA903 table a CSV file holds (from its first line), or null (XML, or not a 903 table). */
function ssda903TableOf(f: ReturnsInput): string | null {
  if (typeof f.bytes !== "string" && f.bytes.length === 0) return null;
  const text = typeof f.bytes === "string" ? f.bytes : decodeText(f.bytes.subarray(0, 65536), f.name).text;
  const body = text.replace(/^\uFEFF/, "");
  if (/^\s*</.test(body)) return null;
  const columns = (body.split(/\r?\n/, 1)[0] ?? "")
    .split(/[,;\t]/)
    .map((c) => c.trim().replace(/^"|"$/g, ""));
  return recogniseSsda903Table(columns, f.name);
}

/**
 * A second SSDA903 table of one kind for one year is left out of compute (an error says so); validate still
 * checks it as it checks the first: read again in the first's place with the year's other tables, so the
 * cross-table checks (children without a header row, overlapping episodes) and the year's code lists run on its
 * rows. Only its own issues, and only those not already reported, are added.
 */
function secondTableIssues(read: ReadReturnsResult, files: readonly ReturnsInput[]): Issue[] {
  const seconds = new Set(
    read.issues.filter((i) => i.code === "ssda903-duplicate-table").map((i) => i.file ?? ""),
  );
  const yearOf = new Map(read.files.map((f) => [f.file, f.year]));
  const seen = new Set(read.issues.map((i) => `${i.file}\u0000${i.code}\u0000${i.row}\u0000${i.column}`));
  const added: Issue[] = [];
  for (const name of seconds) {
    const second = files.find((f) => f.name === name);
    const table = second ? ssda903TableOf(second) : null;
    const year = yearOf.get(name) ?? null;
    if (!second || table === null) continue;
    const others = files.filter(
      (f) => f.name !== name && ssda903TableOf(f) !== table && yearOf.get(f.name) === year && year !== null,
    );
    const again = readReturns([...others, second], { dfeChecks: true, ...(year !== null ? { year } : {}) });
    for (const issue of again.issues) {
      const key = `${issue.file}\u0000${issue.code}\u0000${issue.row}\u0000${issue.column}`;
      if (issue.file !== name || seen.has(key)) continue;
      seen.add(key);
      added.push(issue);
    }
  }
  return added;
}

function isConfigPath(p: string): boolean {
  return /\.(ya?ml|json)$/i.test(p);
}
