// Wall-clock budgets for the built CLI, Node start-up included: `kpikit --help` < 150 ms and
// `kpikit report` for one LA from the bundled data < 1.0 s. Each is run several times; the median counts.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const cli = resolve(here, "../dist/main.js");
const out = mkdtempSync(join(tmpdir(), "kpikit-bench-"));
const RUNS = 9;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) {
      console.error(`kpikit ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
      process.exit(1);
    }
    times.push(ms);
  }
  return { median: median(times), min: Math.min(...times) };
}

const cases = [
  { label: "kpikit --help", args: ["--help"], budget: 150 },
  {
    label: "kpikit report --la Wiltshire (bundled data, HTML)",
    args: ["report", "--la", "Wiltshire", "--out", join(out, "w.html"), "-q"],
    budget: 1000,
  },
];
let over = 0;
for (const c of cases) {
  time(c.args); // warm the file cache
  const { median: ms, min } = time(c.args);
  const ok = ms < c.budget;
  if (!ok) over++;
  console.log(
    `${c.label}: median of ${RUNS} ${Math.round(ms)} ms, fastest ${Math.round(min)} ms (budget < ${c.budget} ms) ${ok ? "OK" : "OVER BUDGET"}`,
  );
}
// Wall time on a shared machine moves with its load: print it so a slow run can be read in context.
console.log(`load average while measuring: ${loadavg()[0].toFixed(1)} (1 min) on this machine`);
process.exit(over ? 1 : 0);
