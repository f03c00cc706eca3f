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

describe("rowBenchmarks of a size (a count or an FTE)", () => {
  // England's and the region's rows of a count are totals: 5,800 agency workers in England is no level for one
  // LA's 23. Neighbours, high performers, quartiles and rank compare LAs with LAs and are kept.
  const area = (code: string, kind: "la" | "region" | "england" = "la") => ({ code, name: code, kind });
  it.each([
    ["count", true],
    ["fte", true],
    ["percent", false],
    ["rate-per-10k", false],
    ["days", false],
    ["ratio", false],
  ] as const)("in %s: England and region not applicable is %s", (unit, size) => {
    const d = { ...def("lower-is-better", false), unit };
    const sc = buildScorecard({
      area: area("865"),
      period: fy,
      generated: "2025-01-01",
      definitions: [d],
      observations: [
        figure("865", 23),
        figure("970", 5800),
        figure("990", 540),
        figure("801", 40),
        figure("802", 60),
      ],
      nationalValues: [figure("801", 40), figure("802", 60), figure("803", 10), figure("804", 80)],
      comparators: {
        neighbours: [area("801"), area("802")],
        region: area("990", "region"),
        highPerformers: { label: "Group", codes: ["803", "804"] },
      },
    });
    const b = sc.rows[0]!.benchmarks;
    if (size) {
      expect([b.england?.value, b.england?.status, b.england?.display]).toEqual([
        null,
        "not-applicable",
        "[z]",
      ]);
      expect([b.region?.area.code, b.region?.value, b.region?.status]).toEqual([
        "990",
        null,
        "not-applicable",
      ]);
    } else {
      expect([b.england?.value, b.region?.value]).toEqual([5800, 540]);
    }
    expect(b.neighbours?.value).toBe(50);
    expect(b.highPerformers?.value).toBe(45);
    expect([b.rank, b.rankOf]).toEqual([2, 5]);
  });
});
