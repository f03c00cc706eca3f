// The readers under test, each called through its public function with a mutated valid input, and what each
// one is observed to do: the issues it gives, the rows it read and accounted for, the outputs it wrote.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Issue, Scorecard } from "@kpikit/core";
import {
  decodeText,
  findIndicator,
  localTableFromBytes,
  parseCinCensusXml,
  parseEesCsv,
  parseLaitExport,
  readCsvRecords,
  readLocalFigures,
  readPlan,
  readReturns,
  readSsda903,
} from "@kpikit/csc";
import { renderPlan, renderScorecard } from "@kpikit/web";
import fc from "fast-check";
import { run } from "../../packages/cli/src/main.js";
import { parseConfigText } from "../../packages/cli/src/read/load-config.js";
import type { Sample } from "./formats.js";
import * as formats from "./formats.js";

/** What a reader did with one input. */
export interface Observed {
  readonly issues: readonly Issue[];
  /** Data rows the reader read, per file (compared with the sample's when the mutation keeps rows). */
  readonly rowsRead?: Readonly<Record<string, number>>;
  /** Rows neither used nor excluded with a reason. */
  readonly unaccounted?: number;
  /** Every output written (HTML, Markdown, CSV, JSON…). */
  readonly outputs?: readonly Output[];
  /** A CLI run's exit code. */
  readonly exitCode?: number;
  /** What a CLI run printed on stderr (for the finding's detail). */
  readonly stderr?: string;
  /** Outputs that do not open again (a workbook its own format's reader refuses). */
  readonly unreadable?: readonly string[];
}

/** A file a command wrote. */
export interface Output {
  readonly name: string;
  readonly text: string;
}

/** A reader and the inputs it is fuzzed with. */
export interface Target {
  readonly name: string;
  readonly format: "csv" | "xml" | "yaml" | "report";
  readonly sample: fc.Arbitrary<Sample>;
  /** Reads the (mutated) files in process, through the reader's public function (`dir`: a scratch folder). */
  readonly read: (files: readonly { name: string; text: string }[], dir: string) => Promise<Observed>;
  /** Which of a sample's files mutations may change (default: every one). */
  readonly mutable?: (name: string) => boolean;
  /** The `kpikit` command that reads the same files (run in process, and on a sample with the built CLI). */
  readonly command: (names: readonly string[]) => readonly string[];
}

const bytes = (text: string) => new TextEncoder().encode(text);
const decoded = (text: string, file: string) => decodeText(bytes(text), file).text;

/** Rows, among `rows`, that no figure, skipped row or issue names. */
function unaccountedRows(rows: readonly number[], named: Iterable<number>, refused: boolean): number {
  if (refused) return 0;
  const seen = new Set(named);
  return rows.filter((r) => !seen.has(r)).length;
}

export const TARGETS: readonly Target[] = [
  {
    name: "local-figures-csv",
    format: "csv",
    sample: formats.localFigures,
    async read([f]) {
      if (!f) return { issues: [] };
      const table = localTableFromBytes(bytes(f.text), f.name);
      if (!table.ok) return { issues: table.issues, rowsRead: { [f.name]: 0 } };
      const r = readLocalFigures(table.table, { findIndicator });
      // A file-level error (no row, or the header row) refuses every row, with its reason.
      const refused = r.issues.some((i) => i.severity !== "warning" && (i.row === undefined || i.row <= 1));
      const named = [
        ...r.figures.map((x) => x.row),
        ...r.skipped.map((x) => x.row),
        ...r.indicators.map((x) => x.row),
        ...r.issues.flatMap((i) => (i.row === undefined ? [] : [i.row])),
      ];
      return {
        issues: [...table.table.issues, ...r.issues],
        rowsRead: { [f.name]: r.figures.length },
        unaccounted: unaccountedRows(
          table.table.rows.map((x) => x.row),
          named,
          refused,
        ),
      };
    },
    command: (names) => ["validate", "--json", ...names],
  },
  {
    name: "config",
    format: "yaml",
    sample: formats.config,
    async read([f]) {
      if (!f) return { issues: [] };
      const r = await parseConfigText(decoded(f.text, f.name), f.name);
      return { issues: r.issues };
    },
    command: (names) => ["validate", "--json", ...names],
  },
  {
    name: "cin-census-xml",
    format: "xml",
    sample: formats.cinCensus,
    async read([f]) {
      if (!f) return { issues: [] };
      const r = parseCinCensusXml(decoded(f.text, f.name), { file: f.name });
      return { issues: r.issues, rowsRead: { [f.name]: r.children.length } };
    },
    command: (names) => ["compute", "--json", ...names],
  },
  {
    name: "ssda903-csv",
    format: "csv",
    sample: formats.ssda903,
    async read(files) {
      const texts = Object.fromEntries(files.map((f) => [f.name, decoded(f.text, f.name)]));
      const r = readSsda903(texts);
      const rowsRead: Record<string, number> = {};
      // A table keeps every record under its header (unreadable values as null), so none is unaccounted for.
      let unaccounted = 0;
      for (const t of Object.values(r.tables)) {
        if (!t) continue;
        rowsRead[t.file] = t.rows.length;
        const records = readCsvRecords(texts[t.file] ?? "").records.length;
        unaccounted += Math.max(0, records - 1 - t.rows.length);
      }
      return { issues: r.issues, rowsRead, unaccounted };
    },
    command: (names) => ["validate", "--json", ...names],
  },
  {
    name: "ssda903-xml",
    format: "xml",
    sample: formats.ssda903Xml,
    async read([f]) {
      if (!f) return { issues: [] };
      const r = readSsda903({ [f.name]: decoded(f.text, f.name) });
      return { issues: r.issues, rowsRead: { [f.name]: r.tables.header?.rows.length ?? 0 } };
    },
    command: (names) => ["compute", "--json", ...names],
  },
  {
    // A council's returns together (CIN census and SSDA903 tables), through the returns pipeline and compute.
    name: "returns",
    format: "csv",
    sample: fc.tuple(formats.cinCensus, formats.ssda903).map(([cin, ssda]) => ({
      files: [...cin.files, ...ssda.files],
      identifiers: [...cin.identifiers, ...ssda.identifiers],
    })),
    async read(files) {
      const r = readReturns(files.map((f) => ({ name: f.name, bytes: bytes(f.text) })));
      const rowsRead: Record<string, number> = {};
      const add = (file: string, n: number) => {
        rowsRead[file] = (rowsRead[file] ?? 0) + n;
      };
      for (const y of r.years) {
        const cinFile = y.files.find((f) => f.endsWith(".xml"));
        if (y.cin && cinFile) add(cinFile, y.cin.children.length);
        for (const t of Object.values(y.ssda903?.tables ?? {})) if (t) add(t.file, t.rows.length);
      }
      return { issues: r.issues, rowsRead };
    },
    command: (names) => ["compute", "--json", ...names],
  },
  {
    name: "published-ees",
    format: "csv",
    sample: formats.eesCsv,
    async read([f]) {
      if (!f) return { issues: [] };
      const r = parseEesCsv(bytes(f.text), { file: f.name });
      return {
        issues: r.issues,
        rowsRead: { [f.name]: r.rows.total },
        unaccounted: Math.abs(r.rows.total - r.rows.used - r.rows.excluded),
      };
    },
    command: () => [],
  },
  {
    name: "published-lait",
    format: "csv",
    sample: formats.laitExport,
    async read([f]) {
      if (!f) return { issues: [] };
      const r = parseLaitExport(bytes(f.text), { file: f.name });
      return {
        issues: r.issues,
        rowsRead: { [f.name]: r.rows.total },
        unaccounted: Math.abs(r.rows.total - r.rows.used - r.rows.excluded),
      };
    },
    command: () => [],
  },
  {
    name: "plan-csv",
    format: "csv",
    sample: formats.planCsv,
    async read([f]) {
      if (!f) return { issues: [] };
      const records = readCsvRecords(decoded(f.text, f.name));
      const rows: string[][] = [];
      for (const r of records.records) {
        while (rows.length < r.line - 1) rows.push([]);
        rows.push([...r.cells]);
      }
      const r = readPlan([{ file: f.name, rows }]);
      return { issues: [...records.issues, ...r.issues], rowsRead: { [f.name]: r.rows.actions } };
    },
    command: (names) => ["plan", "--json", ...names],
  },
  {
    // The CSV's cells (as mutated, split naively) written as a workbook; some cases also damage its bytes.
    name: "local-figures-xlsx",
    format: "csv",
    sample: formats.localFigures,
    async read([f], dir) {
      if (!f) return { issues: [] };
      // write-excel-file drops a shared string named like an Object property ("constructor", "valueOf"): such a
      // workbook is broken before kpikit reads it, so its rows are not counted (its refusal still is checked).
      const broken = readCsvRecords(f.text).records.some((r) => r.cells.some((c) => c in Object.prototype));
      const made = damage(await xlsxBytes(f.text), f.text);
      const book = broken ? { ...made, damaged: true } : made;
      const cwd = scratch(join(dir, "xlsx"), [{ name: "figures.xlsx", text: book.bytes }]);
      const r = await cli(["validate", "--json", "figures.xlsx"], cwd);
      const file = (JSON.parse(r.stdout || "{}").files ?? [])[0] as
        | { rows?: number; issues?: Issue[] }
        | undefined;
      // A damaged workbook keeps no rows to count.
      return {
        issues: file?.issues ?? [],
        ...(book.damaged ? {} : { rowsRead: { [f.name]: file?.rows ?? 0 } }),
        exitCode: r.code,
        stderr: r.stderr,
      };
    },
    command: () => [],
  },
  {
    // A whole report from local figures, a config and a plan, in every text format: nothing raw in any output.
    name: "report",
    format: "report",
    // The config's free text already holds markup; its YAML is fuzzed by the config target.
    mutable: (name) => !name.endsWith(".yaml"),
    sample: fc
      .tuple(formats.localFigures, formats.config, formats.planCsv)
      .map(([a, b, c]) => ({ files: [...a.files, ...b.files, ...c.files], identifiers: [] })),
    async read(files, dir) {
      const cwd = scratch(join(dir, "report"), files);
      const r = await cli(REPORT_ARGS, cwd);
      const json = /^\s*\{/.test(r.stdout) ? (JSON.parse(r.stdout) as { issues?: Issue[] }) : {};
      // The workbook written must open again.
      const unreadable: string[] = [];
      if (r.code === 0) {
        const { readSheet } = (await import(requireFromCli.resolve("read-excel-file/node"))) as {
          readSheet: (input: Buffer) => Promise<unknown>;
        };
        try {
          await readSheet(readFileSync(join(cwd, "out", "report.xlsx")));
        } catch (error) {
          unreadable.push(`report.xlsx: ${(error as Error).message}`);
        }
      }
      // The web package's renderers, as the elements use them, from the Scorecard the report wrote.
      const rendered: Output[] = [];
      if (r.code === 0) {
        const scorecard = JSON.parse(readFileSync(join(cwd, "out", "report.json"), "utf8")) as Scorecard;
        const plan = scorecard.plan ? renderPlan(scorecard.plan).value : "";
        rendered.push({ name: "elements.html", text: `${renderScorecard(scorecard)}${plan}` });
      }
      return {
        issues: json.issues ?? [],
        outputs: [...r.outputs, ...rendered],
        exitCode: r.code,
        stderr: r.stderr,
        unreadable,
      };
    },
    command: () => REPORT_ARGS,
  },
];

const REPORT_ARGS = [
  "report",
  "--la",
  "Wiltshire",
  "--local",
  "figures.csv",
  "--config",
  "kpikit.config.yaml",
  "--plan",
  "plan.csv",
  "--today",
  "2025-06-30",
  ...["html", "md", "csv", "json", "xlsx"].flatMap((f) => ["--format", f]),
  "--out",
  "out/report",
  "--json",
];

/** `kpikit …` in this process, through its exported `run` (which never throws and never exits). */
export async function cli(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string; outputs: Output[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const inputs = new Set(readdirSync(cwd));
  const code = await run(args, {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { NO_COLOR: "1", KPIKIT_TODAY: "2025-06-30" },
    cwd,
  });
  return { code, stdout: out.join(""), stderr: err.join(""), outputs: filesUnder(cwd, inputs) };
}

const requireFromCli = createRequire(resolve(import.meta.dirname, "../../packages/cli/package.json"));
type WriteXlsx = (rows: unknown, options?: unknown) => { toBuffer: () => Promise<Uint8Array> };

/** The CSV text's cells as the first sheet of a workbook (numbers as numbers, like a spreadsheet). */
async function xlsxBytes(text: string): Promise<Uint8Array> {
  const write = (await import(requireFromCli.resolve("write-excel-file/node"))).default as WriteXlsx;
  const rows = readCsvRecords(text, { delimiter: "," }).records.map((r) =>
    r.cells.map((c) => {
      const n = Number(c);
      return c.trim() !== "" && Number.isFinite(n) ? { value: n, type: Number } : { value: c, type: String };
    }),
  );
  return new Uint8Array(await write(rows.length > 0 ? rows : [[{ value: "", type: String }]]).toBuffer());
}

/** A workbook's bytes, damaged in one in eight cases (cut short, or a byte changed), chosen from the text. */
function damage(book: Uint8Array, text: string): { bytes: Uint8Array; damaged: boolean } {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  if (h % 8 !== 0) return { bytes: book, damaged: false };
  const copy = book.slice(0, h % 2 === 0 ? Math.floor(book.length * ((h % 97) / 97)) : book.length);
  if (h % 2 === 1 && copy.length > 0) copy[h % copy.length] = (copy[h % copy.length] ?? 0) ^ 0x5a;
  return { bytes: copy, damaged: true };
}

/** A scratch folder for one CLI run, emptied first. */
export function scratch(
  root: string,
  files: readonly { readonly name: string; readonly text: string | Uint8Array }[],
): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of files) writeFileSync(join(root, f.name), f.text);
  return root;
}

/** Every file under a folder, as text, but for the inputs named in `skip` (at the top of the folder). */
export function filesUnder(dir: string, skip: ReadonlySet<string> = new Set()): Output[] {
  const out: Output[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push({ name: e.name, text: readFileSync(p, e.name.endsWith(".xlsx") ? "latin1" : "utf8") });
  }
  return out;
}
