import { describe, expect, it } from "vitest";
import { rankAndBand, topQuartileThreshold } from "../benchmark/index.js";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Observation } from "../observation/types.js";
import { financialYear } from "../period/index.js";
import { buildScorecard } from "./build-scorecard.js";

// The row ranks only the LA (its shown figure in place of its published one); this checks it gives what
// ranking every LA with rankAndBand gives, over many small national sets with ties, gaps and suppression.
const fy = financialYear(2024);
const def = (polarity: IndicatorDefinition["polarity"], noQuartile: boolean): IndicatorDefinition => ({
  id: "x",
  title: "X",
  shortTitle: "X",
  description: "",
  unit: "count",
  polarity,
  decimals: 0,
  periodType: "financial-year",
  source: "local",
  aliases: [],
  acronyms: [],
  method: "",
  ...(noQuartile ? { noQuartile: true } : {}),
});
const figure = (area: string, value: number | null): Observation => ({
  indicatorId: "x",
  area,
  period: fy,
  value,
  status: value === null ? "suppressed" : "ok",
});

describe("rowBenchmarks rank, band and top quartile", () => {
  it("match rankAndBand and topQuartileThreshold over all LAs", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = () => (next() < 0.15 ? null : Math.floor(next() * 6));
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const polarity = (["lower-is-better", "higher-is-better", "no-judgement"] as const)[n % 3]!;
      const d = def(polarity, n % 7 === 0);
      const others = Array.from({ length: Math.floor(next() * 9) }, (_, i) =>
        figure(String(801 + i), pick()),
      );
      const published = next() < 0.3 ? [] : [figure("865", pick())];
      const own = pick();
      const sc = buildScorecard({
        area: { code: "865", name: "Here", kind: "la" },
        period: fy,
        generated: "2025-01-01",
        definitions: [d],
        observations: [figure("865", own)],
        nationalValues: [...published, ...others],
        comparators: { neighbours: [] },
      });
      const b = sc.rows[0]!.benchmarks;
      if (others.length + published.length === 0) {
        expect([b.rank, b.rankOf, b.band, b.topQuartile]).toEqual([null, null, null, null]);
        continue;
      }
      const entries = [...others.map((o) => ({ code: o.area, value: o.value })), { code: "865", value: own }];
      const expected = rankAndBand(entries, polarity, d.noQuartile ? { noQuartile: true } : {}).get("865")!;
      expect([b.rank, b.rankOf, b.band]).toEqual([expected.rank, expected.rankOf, expected.band]);
      const threshold = topQuartileThreshold(
        [...published, ...others].map((o) => o.value),
        polarity,
      );
      expect(b.topQuartile?.value ?? null).toBe(threshold);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(250);
  });
});
