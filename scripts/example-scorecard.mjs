#!/usr/bin/env node
// Writes the example scorecard the elements and the dashboard ship (examples/embed/scorecard.json and
// apps/dashboard/public/example-scorecard.json) with kpikit report: the Wiltshire example (the council's own
// 2020 performance table with the bundled DfE figures beside it), dated the day of the committee meeting so
// the same data always give the same file. Run after `pnpm --filter @kpikit/cli build`:
//   node scripts/example-scorecard.mjs          writes both copies
//   node scripts/example-scorecard.mjs --check  writes nothing; exits 1 when a copy differs
// The JSON is laid out by the repository's formatter (Biome), so `biome check` passes on the copies and the
// check compares the very text that is committed.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const example = join(repo, "examples/wiltshire-2020");
const COPIES = ["examples/embed/scorecard.json", "apps/dashboard/public/example-scorecard.json"];
const ARGS = [
  "report",
  "--local",
  join(example, "performance-table.tsv"),
  "--config",
  join(example, "kpikit.config.yaml"),
  "--today",
  "2021-01-19",
  "--json",
];

const run = spawnSync(process.execPath, [join(repo, "packages/cli/dist/main.js"), ...ARGS], {
  cwd: example,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
  env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
});
if (run.status !== 0) {
  console.error(`kpikit report failed (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const json = execFileSync(
  join(repo, "node_modules/.bin/biome"),
  ["format", `--stdin-file-path=${COPIES[0]}`],
  { cwd: repo, input: JSON.stringify(JSON.parse(run.stdout)), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
const check = process.argv.includes("--check");
const stale = [];
for (const rel of COPIES) {
  const file = join(repo, rel);
  if (!check) writeFileSync(file, json);
  else {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current !== json) stale.push(rel);
  }
}
if (stale.length) {
  console.error(`out of date: ${stale.join(", ")} (run node scripts/example-scorecard.mjs)`);
  process.exit(1);
}
const rows = JSON.parse(json).rows.length;
console.log(
  `${check ? "up to date: " : ""}${COPIES.join(", ")}: Wiltshire, ${rows} indicators, as at 2021-01-19`,
);
