// The 60-row Scorecard input of bench/scorecard.bench.mjs, shared with the test that pins its output.
// Period constructors are passed in, so the benchmark can use the built package and the test the sources.
import { seededRandom } from "./seeded-random.mjs";

export const ROWS = 60;
const YEARS = 10;
const LAS = 153;

/**
 * The benchmark's Scorecard input (the same on every run).
 * @param {{ financialYear: (y: number) => unknown, month: (y: number, m: number) => unknown }} periods
 */
export function scorecardBenchInput({ financialYear, month }) {
  const random = seededRandom(20250715);
  const units = ["percent", "rate-per-10k", "days", "count"];
  const polarities = ["lower-is-better", "higher-is-better", "no-judgement"];
  const definitions = Array.from({ length: ROWS }, (_, i) => ({
    id: `indicator-${i + 1}`,
    title: `Indicator ${i + 1} (CIN)`,
    shortTitle: `Indicator ${i + 1}`,
    description: "A synthetic indicator.",
    unit: units[i % units.length],
    polarity: polarities[i % polarities.length],
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    aliases: [],
    acronyms: [],
    method: "",
    topic: `Section ${1 + Math.floor(i / 10)}`,
  }));
  const area = { code: "300", name: "Benchshire", kind: "la" };
  const codes = Array.from({ length: LAS - 1 }, (_, i) => String(301 + i));
  const neighbours = codes.slice(0, 10).map((code) => ({ code, name: `Neighbour ${code}`, kind: "la" }));
  const years = Array.from({ length: YEARS }, (_, i) => financialYear(2015 + i));
  const value = (d) => {
    const x = 10 + random() * 30;
    if (d.unit !== "percent") return { value: Math.round(x * 10) / 10 };
    const denominator = 500 + Math.floor(random() * 2000);
    const numerator = Math.round((x / 100) * denominator);
    return { value: Math.round((numerator / denominator) * 1000) / 10, numerator, denominator };
  };

  const observations = [];
  const nationalValues = [];
  for (const [i, d] of definitions.entries()) {
    for (const period of years) {
      observations.push({ indicatorId: d.id, area: area.code, period, status: "ok", ...value(d) });
      observations.push({ indicatorId: d.id, area: "E92000001", period, status: "ok", value: 20 });
      observations.push({ indicatorId: d.id, area: "E12000009", period, status: "ok", value: 21 });
      for (const code of codes)
        nationalValues.push({ indicatorId: d.id, area: code, period, status: "ok", ...value(d) });
    }
    if (i % 5 === 0) {
      for (let m = 0; m < 24; m++) {
        observations.push({
          indicatorId: d.id,
          area: area.code,
          period: month(2023 + Math.floor((m + 3) / 12), ((m + 3) % 12) + 1),
          status: "ok",
          ...value(d),
        });
      }
    }
  }
  return {
    area,
    period: financialYear(2024),
    generated: "2025-07-15",
    definitions,
    observations,
    nationalValues,
    rows: definitions.map((d, i) => ({
      indicatorId: d.id,
      ...(i % 2 === 0 ? { target: 20, tolerance: { kind: "absolute", value: 2 } } : {}),
    })),
    comparators: { neighbours, region: { code: "E12000009", name: "South West", kind: "region" } },
  };
}
