// Builds a 60-row Scorecard: 60 indicators, 10 years of the LA's own figures (every fifth indicator also
// with 24 monthly figures, so SPC runs), 10 statistical neighbours, England and region rows, and every
// LA's figures for 10 years (153 LAs, ~92,000 observations) for ranks, bands and top quartiles.
// Budget: median under 20 ms after warm-up. Run `pnpm --filter @kpikit/core build` first.
import { performance } from "node:perf_hooks";
import { buildScorecard, financialYear, month } from "../dist/index.js";

import { ROWS, scorecardBenchInput } from "./_lib/scorecard-bench-input.mjs";

const BUDGET_MS = 20;
const WARMUP = 10;
const RUNS = 100;

const input = scorecardBenchInput({ financialYear, month });
const { observations, nationalValues } = input;

let rows = 0;
for (let i = 0; i < WARMUP; i++) rows = buildScorecard(input).rows.length;
// Wall-clock time is the budget; CPU time is printed too, as it shows the cost on a busy shared machine.
const times = [];
const cpu = [];
for (let i = 0; i < RUNS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  buildScorecard(input);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const ok = median < BUDGET_MS && rows === ROWS;
console.log(
  `buildScorecard ${rows} rows (${observations.length + nationalValues.length} observations): median ${median.toFixed(2)} ms over ${RUNS} runs, min ${times[0].toFixed(2)} ms, CPU median ${cpu[Math.floor(cpu.length / 2)].toFixed(2)} ms (budget < ${BUDGET_MS} ms) ${ok ? "OK" : "OVER BUDGET"}`,
);
process.exit(ok ? 0 : 1);
