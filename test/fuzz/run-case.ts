// One fuzz case: a reader's valid sample, mutated, read in process and (when asked) by the `kpikit` command.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import type { Sample } from "./formats.js";
import { checkCli, checkReader, type Finding } from "./invariants.js";
import { type Mutation, mutate, mutations } from "./mutations.js";
import { filesUnder, cli as inProcess, type Output, scratch, type Target } from "./targets.js";

/** A generated case: the sample and the mutations, each aimed at one of its files (mutations for each format). */
export interface FuzzCase {
  readonly sample: Sample;
  readonly mutations: readonly (readonly [number, Readonly<Record<MutationFormat, readonly Mutation[]>>])[];
}

type MutationFormat = "csv" | "xml" | "yaml";

/** The mutations a file gets: its target's, or by its extension when a target reads several formats. */
function formatOf(target: Target, name: string): MutationFormat | "report" {
  if (target.format === "report") return "report";
  if (/\.xml$/i.test(name)) return "xml";
  if (/\.ya?ml$/i.test(name)) return "yaml";
  return target.format === "yaml" || target.format === "xml" ? target.format : "csv";
}

/** Cases for a target: its samples, with one to three mutations on one or two of their files. */
export function cases(target: Target): fc.Arbitrary<FuzzCase> {
  const csv = mutations(target.format === "report" ? "report" : "csv");
  return fc.record({
    sample: target.sample,
    mutations: fc.array(
      fc.tuple(fc.nat(), fc.record({ csv, xml: mutations("xml"), yaml: mutations("yaml") })),
      { minLength: 1, maxLength: 2 },
    ),
  });
}

/** The files of a case after its mutations, and whether every row was kept. */
export function mutated(
  target: Target,
  c: FuzzCase,
): { files: { name: string; text: string }[]; preservesRows: boolean; names: string } {
  const files = c.sample.files.map((f) => ({ name: f.name, text: f.text }));
  const targets = files.filter((f) => target.mutable?.(f.name) ?? true);
  let preservesRows = true;
  const names: string[] = [];
  for (const [which, byFormat] of c.mutations) {
    const f = targets[which % Math.max(1, targets.length)];
    if (!f) continue;
    const format = formatOf(target, f.name);
    const m = mutate(f.text, byFormat[format === "report" ? "csv" : format]);
    f.text = m.text;
    preservesRows &&= m.preservesRows;
    names.push(`${f.name}: ${m.names}`);
  }
  return { files, preservesRows, names: names.join("; ") };
}

export const CLI_DIST = resolve(import.meta.dirname, "../../packages/cli/dist/main.js");

/** How the `kpikit` command is run: not at all, in this process (fast), or as the built CLI in a child (slow). */
export type CliMode = "none" | "in-process" | "spawn";

/** Runs one case and returns every broken promise. */
export async function runCase(target: Target, c: FuzzCase, cli: CliMode, dir: string): Promise<Finding[]> {
  const m = mutated(target, c);
  const findings: Finding[] = [];
  try {
    const observed = await target.read(m.files, dir);
    findings.push(...checkReader(c.sample, m.preservesRows, observed));
    if (observed.exitCode !== undefined)
      findings.push(
        ...checkCli(c.sample, {
          code: observed.exitCode,
          stdout: "",
          stderr: observed.stderr ?? "",
          outputs: [],
        }).filter((f) => f.kind === "exit-1" || f.kind === "exit-other"),
      );
  } catch (error) {
    findings.push({
      kind: "throw",
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
  const args = target.command(m.files.map((f) => f.name));
  if (cli === "none" || args.length === 0) return findings;
  const cwd = scratch(join(dir, "case"), m.files);
  const r = cli === "spawn" ? spawnCli(args, cwd) : await inProcess(args, cwd);
  findings.push(...checkCli(c.sample, r));
  return findings;
}

/** `kpikit …` as the built CLI in a child process. */
export function spawnCli(
  args: readonly string[],
  cwd: string,
): { code: number; stdout: string; stderr: string; outputs: Output[] } {
  const inputs = new Set(readdirSync(cwd));
  let r = spawn(args, cwd);
  // The packages' dist folders are rebuilt now and then while a long run goes on (another build in the same
  // tree): a module missing from dist is that, not a kpikit bug; wait for the build and run the case again.
  for (let retry = 0; retry < 6 && /Cannot find module '[^']*\/dist\//.test(r.stderr ?? ""); retry++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
    r = spawn(args, cwd);
  }
  return {
    code: r.status ?? -1,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    outputs: filesUnder(cwd, inputs),
  };
}

function spawn(args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, [CLI_DIST, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", KPIKIT_TODAY: "2025-06-30" },
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}
