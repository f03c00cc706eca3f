// Statistics, recent trend and SPC throughput. Budgets are generous floors (issue #2 names none): a
// scorecard computes a few hundred of these, so anything near these rates is far from a bottleneck.
import { meanWithCI, proportionWithCI, rateWithCI, recentTrend, xmrChart } from "../dist/index.js";

let failures = 0;
function report(name, ms, calls, budget) {
  const perSecond = Math.round((calls / ms) * 1000);
  const ok = budget.kind === "rate" ? perSecond >= budget.value : ms <= budget.value;
  if (!ok) failures++;
  const want =
    budget.kind === "rate"
      ? `budget ≥ ${budget.value.toLocaleString("en-GB")} calls/s`
      : `budget < ${budget.value} ms`;
  console.log(
    `${name}: ${ms.toFixed(1)} ms, ${perSecond.toLocaleString("en-GB")} calls/s (${want}) ${ok ? "OK" : "OVER BUDGET"}`,
  );
}

function time(fn) {
  fn(); // warm up
  const start = performance.now();
  const sink = fn();
  return [performance.now() - start, sink];
}

// Deterministic pseudo-random numbers (no clock, no Math.random), so runs are comparable.
let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const N = 100_000;
const xs = Array.from({ length: N }, () => Math.floor(rand() * 500));
const ns = xs.map((x) => x + 1 + Math.floor(rand() * 5000));

{
  const [ms] = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++)
      s += proportionWithCI(xs[i], ns[i], { confidence: [0.95, 0.998], multiplier: 100 }).upper;
    return s;
  });
  report("proportionWithCI x100,000 (95% and 99.8%)", ms, N, { kind: "rate", value: 100_000 });
}
{
  // A tenth of the counts are below 10, so the exact Poisson path is exercised.
  const counts = xs.map((x, i) => (i % 10 === 0 ? x % 10 : x));
  const [ms] = time(() => {
    let s = 0;
    for (let i = 0; i < N; i++)
      s += rateWithCI(counts[i], ns[i] * 10, { confidence: [0.95, 0.998], multiplier: 10_000 }).upper;
    return s;
  });
  report("rateWithCI x100,000 (95% and 99.8%, 10% exact)", ms, N, { kind: "rate", value: 100_000 });
}
{
  const groups = Array.from({ length: 10_000 }, (_, g) =>
    Array.from({ length: 10 }, (_, i) => g + i + rand()),
  );
  const [ms] = time(() => {
    let s = 0;
    for (const g of groups) s += meanWithCI(g, { confidence: [0.95, 0.998] }).upper;
    return s;
  });
  report("meanWithCI x10,000 groups of 10", ms, groups.length, { kind: "rate", value: 20_000 });
}
{
  const series = Array.from({ length: 10_000 }, () =>
    Array.from({ length: 8 }, (_, t) => {
      const value = 20 + t * rand();
      return { value, lower: value - 1, upper: value + 1 };
    }),
  );
  const [ms] = time(() => {
    let s = 0;
    for (const points of series) s += recentTrend(points, { polarity: "higher-is-better" }).chi2 ?? 0;
    return s;
  });
  report("recentTrend x10,000 series", ms, series.length, { kind: "rate", value: 20_000 });
}
{
  const points = Array.from({ length: 1_000 }, (_, i) => ({
    label: `P${i}`,
    value: 50 + 10 * rand() + (i > 600 ? 5 : 0),
  }));
  const runs = 100;
  const [ms] = time(() => {
    let s = 0;
    for (let r = 0; r < runs; r++)
      s += xmrChart(points, { improvementDirection: "increase", target: 55, rebaseAt: ["P500"] }).points
        .length;
    return s;
  });
  report("xmrChart on 1,000 points x100", ms, runs, { kind: "ms", value: 1_000 });
  console.log(`  (${(ms / runs).toFixed(2)} ms per 1,000-point chart)`);
}

process.exit(failures ? 1 : 0);
