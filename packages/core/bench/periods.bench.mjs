// Periods and working days: workingDaysBetween on 1,000,000 random date pairs (budget < 1000 ms) and
// parsePeriod on the period labels of the seed performance table (calls per second, budget >= 50,000/s).
// Runs against the built package: `pnpm --filter @kpikit/core build` first (`pnpm bench` does).
import { parsePeriod, workingDaysBetween } from "../dist/index.js";

let failed = false;
const report = (name, figure, budget, ok) => {
  console.log(`${name}: ${figure} (budget ${budget}) ${ok ? "OK" : "OVER BUDGET"}`);
  if (!ok) failed = true;
};

// Deterministic pseudo-random pairs across the whole 2012–2027 calendar (generated before timing).
const PAIRS = 1_000_000;
let seed = 20260101;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
};
const first = Date.UTC(2012, 0, 1);
const span = Math.round((Date.UTC(2027, 11, 31) - first) / 86_400_000) + 1;
const pool = Array.from({ length: span }, (_, d) =>
  new Date(first + d * 86_400_000).toISOString().slice(0, 10),
);
const starts = new Array(PAIRS);
const ends = new Array(PAIRS);
for (let i = 0; i < PAIRS; i++) {
  starts[i] = pool[next() % span];
  ends[i] = pool[next() % span];
}

workingDaysBetween("2020-01-01", "2020-12-31"); // build the prefix counts outside the timing
for (let i = 0; i < 10_000; i++) workingDaysBetween(starts[i], ends[i]);

let checksum = 0;
let t0 = performance.now();
for (let i = 0; i < PAIRS; i++) checksum += workingDaysBetween(starts[i], ends[i]);
let ms = performance.now() - t0;
report(
  `workingDaysBetween x${PAIRS.toLocaleString("en-GB")}`,
  `${Math.round(ms)} ms`,
  "< 1000 ms",
  ms < 1000,
);
if (!Number.isFinite(checksum)) failed = true;

const labels = [
  "2018/19",
  "Q4",
  "31 Mar snapshot",
  "Sept 2020",
  "Q1 20/21",
  "in Q1 20/21",
  "Year End 19/20",
  "Aug-20",
  "CIN Census 19/20",
  "CLA Census 19/20",
  "(16-19)",
  "17-20",
  "Year End 20/21",
  "in 19/20",
  "since Q3 19/20",
];
const ROUNDS = 20_000;
for (let i = 0; i < 2_000; i++) for (const l of labels) parsePeriod(l, { financialYear: 2018 });
let parsed = 0;
t0 = performance.now();
for (let r = 0; r < ROUNDS; r++)
  for (const l of labels) if (parsePeriod(l, { financialYear: 2018 }).ok) parsed++;
ms = performance.now() - t0;
const calls = ROUNDS * labels.length;
const perSecond = Math.round(calls / (ms / 1000));
report(
  `parsePeriod on ${labels.length} seed labels x${ROUNDS.toLocaleString("en-GB")}`,
  `${perSecond.toLocaleString("en-GB")} calls/s (${Math.round(ms)} ms for ${calls.toLocaleString("en-GB")} calls)`,
  ">= 50,000 calls/s",
  perSecond >= 50_000,
);
if (parsed !== ROUNDS * (labels.length - 1)) {
  console.log(`parsePeriod read ${parsed} of ${calls} labels; expected all but "since Q3 19/20"`);
  failed = true;
}
process.exit(failed ? 1 : 0);
