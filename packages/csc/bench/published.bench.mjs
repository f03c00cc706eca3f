// Budgets from issue 4: loading the bundled dataset < 150 ms in a fresh Node process (import + loadPublished +
// first lookup), and the bundled data < 2 MB gzipped. Also times benchmarkIndicator for one indicator.
// Runs against the BUILT package (dist/); `pnpm bench` builds first.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, "../dist/index.js");
const LOAD_BUDGET_MS = 150;
const SIZE_BUDGET = 2 * 1024 * 1024;
let over = 0;
const report = (name, value, unit, budget) => {
  const ok = value < budget;
  if (!ok) over++;
  console.log(
    `${name}: ${value.toFixed(unit === "ms" ? 1 : 0)} ${unit} (budget < ${budget} ${unit}) ${ok ? "OK" : "OVER BUDGET"}`,
  );
};

// 1. Fresh process: import the package and load the dataset; take the median of 5 runs.
const child = `
const t0 = performance.now();
const csc = await import(${JSON.stringify(dist)});
const data = csc.loadPublished();
const v = data.values("ReReferral", data.latestPeriod("ReReferral"));
const t1 = performance.now();
if (v.length < 150) throw new Error("dataset did not load");
process.stdout.write(String(t1 - t0));
`;
const times = [];
for (let i = 0; i < 5; i++) {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", child], { encoding: "utf8" });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  times.push(Number(run.stdout));
}
times.sort((a, b) => a - b);
report(
  "import @kpikit/csc + loadPublished() + first lookup, fresh process (median of 5)",
  times[2],
  "ms",
  LOAD_BUDGET_MS,
);

// 2. Size of the bundled data as shipped: the generated data modules, gzipped, and the whole dist.
const generated = [
  "../src/_data/lait.generated.ts",
  "../src/_data/areas.generated.ts",
  "../src/_data/neighbours.generated.ts",
  "../src/_data/ofsted.generated.ts",
].map((p) => readFileSync(resolve(here, p)));
const dataGz = generated.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
report("bundled data (generated modules), gzipped", dataGz / 1024, "KB", SIZE_BUDGET / 1024);
const distDir = resolve(here, "../dist");
const distGz = readdirSync(distDir)
  .filter((f) => f.endsWith(".js"))
  .reduce((n, f) => n + gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length, 0);
report("whole dist/*.js, gzipped", distGz / 1024, "KB", SIZE_BUDGET / 1024);

// 3. benchmarkIndicator for one indicator (warm, in this process).
const csc = await import(dist);
if (typeof csc.benchmarkIndicator === "function") {
  csc.benchmarkIndicator("ReReferral");
  const n = 20;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) csc.benchmarkIndicator("ReReferral", { period: "2023/24" });
  const per = (performance.now() - t0) / n;
  report("benchmarkIndicator(ReReferral) per call, warm", per, "ms", 50);
}
// 4. parseEesCsv on a real EES file (c1, 2,132 rows), warm.
const c1 = resolve(
  here,
  "../../../data/published/ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
);
try {
  const bytes = readFileSync(c1);
  csc.parseEesCsv(bytes);
  const t0 = performance.now();
  const runs = 5;
  let rows = 0;
  for (let i = 0; i < runs; i++) rows = csc.parseEesCsv(bytes).rows.total;
  report(`parseEesCsv(c1, ${rows} rows) per call, warm`, (performance.now() - t0) / runs, "ms", 500);
} catch (e) {
  console.log(`parseEesCsv: skipped (${e.code ?? e.message})`);
}
process.exit(over ? 1 : 0);
