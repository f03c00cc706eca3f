// The long fuzz run behind `pnpm fuzz` (scripts/fuzz.mjs starts it): case after case over every reader, each
// failing input written to a folder with its seed and fast-check path, and the counts at the end.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import type { Finding } from "./invariants.js";
import { type CliMode, cases, type FuzzCase, mutated, runCase } from "./run-case.js";
import { TARGETS, type Target } from "./targets.js";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "100000" },
    seed: { type: "string" },
    target: { type: "string", multiple: true },
    "cli-every": { type: "string", default: "4" },
    "spawn-every": { type: "string", default: "2000" },
    out: { type: "string", default: "fuzz-failures" },
    shrink: { type: "string", default: "20" },
  },
});

const total = Number(values.cases);
const seed = values.seed === undefined ? Date.now() % 2_147_483_647 : Number(values.seed);
const cliEvery = Math.max(1, Number(values["cli-every"]));
const spawnEvery = Math.max(1, Number(values["spawn-every"]));
const outDir = resolve(values.out);
const shrinkBudget = Number(values.shrink);
const chosen = TARGETS.filter((t) => !values.target || values.target.includes(t.name));
if (chosen.length === 0)
  throw new Error(
    `no target named ${values.target?.join(", ")}; targets: ${TARGETS.map((t) => t.name).join(", ")}`,
  );

// Slow targets (a whole report, a workbook) take fewer of the slots.
const SLOTS: Record<string, number> = { report: 1, "local-figures-xlsx": 3 };
const schedule = chosen.flatMap((t) => Array<Target>(SLOTS[t.name] ?? 12).fill(t));
const arbitraries = new Map(chosen.map((t) => [t.name, cases(t)]));
const work = join(tmpdir(), `kpikit-fuzz-${process.pid}`);
mkdirSync(work, { recursive: true });

const counts = new Map<string, number>();
const perTarget = new Map<string, number>();
let failing = 0;
let shrunk = 0;
const shrunkOf = new Map<string, number>();
const started = Date.now();
const tty = process.stderr.isTTY === true;

function progress(done: number, final = false): void {
  const s = (Date.now() - started) / 1000;
  const found = [...counts].map(([k, n]) => `${k} ${n}`).join(", ") || "nothing found";
  const line = `${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} cases, ${s.toFixed(0)} s (${(done / Math.max(s, 0.001)).toFixed(0)}/s): ${found}`;
  if (tty) process.stderr.write(`\r\u001b[2K${line}${final ? "\n" : ""}`);
  else process.stderr.write(`${line}\n`);
}

/** Writes a failing case: the mutated files, the findings, its seed and how to run it again. */
async function record(
  target: Target,
  c: FuzzCase,
  caseSeed: number,
  index: number,
  findings: readonly Finding[],
  mode: CliMode,
) {
  const dir = join(outDir, `${target.name}-${caseSeed}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "input"), { recursive: true });
  const m = mutated(target, c);
  for (const f of m.files) writeFileSync(join(dir, "input", f.name), f.text);
  let path: string | undefined;
  // A few shrinks a reader, each for at most ten seconds (a report case runs every format at each step).
  const mine = (shrunkOf.get(target.name) ?? 0) + 1;
  if (shrunk < shrinkBudget && mine <= 3) {
    shrunk++;
    shrunkOf.set(target.name, mine);
    // fast-check again from the same seed, shrinking to a smaller input that breaks a promise of the same kind.
    const kinds = new Set(findings.map((f) => f.kind));
    const check = await fc.check(
      fc.asyncProperty(arbitraries.get(target.name) as fc.Arbitrary<FuzzCase>, async (x) => {
        const again = await runCase(target, x, mode, work);
        return !again.some((f) => kinds.has(f.kind));
      }),
      { seed: caseSeed, numRuns: 1, interruptAfterTimeLimit: 10_000 },
    );
    if (check.failed && check.counterexample) {
      path = check.counterexamplePath ?? undefined;
      const small = mutated(target, check.counterexample[0]);
      mkdirSync(join(dir, "shrunk"), { recursive: true });
      for (const f of small.files) writeFileSync(join(dir, "shrunk", f.name), f.text);
      writeFileSync(join(dir, "shrunk", "mutations.txt"), `${small.names}\n`);
    }
  }
  const replay = `pnpm fuzz --target ${target.name} --seed ${caseSeed} --cases 1 --cli-every 1${mode === "spawn" ? " --spawn-every 1" : ""}`;
  writeFileSync(
    join(dir, "case.json"),
    `${JSON.stringify({ target: target.name, seed: caseSeed, runSeed: seed, index, path, cli: mode, mutations: m.names, findings, replay }, null, 2)}\n`,
  );
}

for (let i = 0; i < total; i++) {
  const target = schedule[i % schedule.length] as Target;
  const caseSeed = (seed + i) % 2_147_483_647;
  const [c] = fc.sample(arbitraries.get(target.name) as fc.Arbitrary<FuzzCase>, {
    seed: caseSeed,
    numRuns: 1,
  });
  if (!c) continue;
  const mode: CliMode =
    i % spawnEvery === spawnEvery - 1 ? "spawn" : i % cliEvery === 0 ? "in-process" : "none";
  const findings = await runCase(target, c, mode, work);
  perTarget.set(target.name, (perTarget.get(target.name) ?? 0) + 1);
  if (findings.length > 0) {
    failing++;
    for (const f of new Set(findings.map((x) => x.kind))) counts.set(f, (counts.get(f) ?? 0) + 1);
    await record(target, c, caseSeed, i, findings, mode);
  }
  if ((tty && i % 50 === 0) || (!tty && i % Math.max(1, Math.floor(total / 20)) === 0)) progress(i + 1);
}
progress(total, true);
rmSync(work, { recursive: true, force: true });

const seconds = (Date.now() - started) / 1000;
const count = (k: string) => counts.get(k) ?? 0;
const summary = {
  cases: total,
  seed,
  seconds: Math.round(seconds),
  perTarget: Object.fromEntries(perTarget),
  failingCases: failing,
  exit1: count("exit-1"),
  identifierLeaks: count("identifier-leak"),
  lostRows: count("lost-rows"),
  byKind: Object.fromEntries(counts),
  failures: failing > 0 ? outDir : null,
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
process.exitCode = failing > 0 ? 1 : 0;
