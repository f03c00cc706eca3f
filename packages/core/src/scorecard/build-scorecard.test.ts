import { describe, expect, it } from "vitest";
import { createGlossary } from "../glossary/index.js";
import type { IndicatorDefinition } from "../indicator/types.js";
import type { Area, Observation } from "../observation/types.js";
import { financialQuarter, financialYear } from "../period/index.js";
import type { Period } from "../period/types.js";
import { buildScorecard } from "./build-scorecard.js";
import type { ScorecardInput } from "./input.js";
import { BIGGEST_CHANGES, scorecardSummary } from "./summary.js";

const la: Area = { code: "865", name: "Wiltshire", kind: "la" };
const def: IndicatorDefinition = {
  id: "re-referrals-12m",
  title: "Re-referrals within 12 months",
  shortTitle: "Re-referrals",
  description: "",
  unit: "percent",
  polarity: "lower-is-better",
  decimals: 1,
  periodType: "financial-year",
  source: "cin-census",
  aliases: [],
  acronyms: [],
  method: "",
};
const obs = (
  area: string,
  period: Period,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation => ({
  indicatorId: def.id,
  area,
  period,
  value,
  status: value === null ? "suppressed" : "ok",
  ...extra,
});
const base = (over: Partial<ScorecardInput>): ScorecardInput => ({
  area: la,
  generated: "2025-07-15",
  definitions: [def],
  observations: [],
  comparators: { neighbours: [] },
  ...over,
});
const n1: Area = { code: "801", name: "One", kind: "la" };
const n2: Area = { code: "802", name: "Two", kind: "la" };

describe("buildScorecard edge cases", () => {
  it("gives an explicit empty row when the LA has no figures", () => {
    const sc = buildScorecard(base({ rows: [{ indicatorId: def.id, target: 18 }] }));
    const row = sc.rows[0]!;
    expect(row.current).toBeNull();
    expect(row.previous).toBeNull();
    expect(row.direction).toBe("not-comparable");
    expect(row.directionReason).toBe("No current value");
    expect(row.rag.status).toBe("not-rated");
    expect(row.benchmarks.rank).toBeNull();
    expect(row.trend).toEqual([]);
    expect(sc.period).toBeNull();
    expect(sc.summary.counts["not-rated"]).toBe(1);
  });

  it("makes inconsistent observations consistent and says so", () => {
    const sc = buildScorecard(
      base({
        observations: [
          { ...obs("865", financialYear(2023), null), status: "ok" },
          { ...obs("865", financialYear(2024), 12), status: "suppressed" },
        ],
      }),
    );
    const row = sc.rows[0]!;
    expect(row.current).toMatchObject({ value: null, status: "suppressed", display: "[c]" });
    expect(row.previous).toMatchObject({ value: null, status: "not-available", display: "[x]" });
    expect(sc.dataQuality.map((d) => d.code)).toEqual(["missing-value", "value-with-status"]);
  });

  it("reads England from code 970 by default and picks the latest figure up to the scorecard period", () => {
    const sc = buildScorecard(
      base({
        period: financialYear(2023),
        observations: [
          obs("865", financialYear(2022), 14),
          obs("865", financialYear(2023), 15),
          obs("865", financialYear(2024), 18.9),
          obs("970", financialYear(2023), 21),
        ],
      }),
    );
    const row = sc.rows[0]!;
    expect(row.current?.value).toBe(15);
    expect(row.previous?.value).toBe(14);
    expect(row.direction).toBe("worsening");
    expect(row.benchmarks.england).toMatchObject({ value: 21, area: { code: "E92000001", name: "England" } });
    expect(sc.dataQuality).toEqual([
      {
        code: "after-period",
        message: "Re-referrals: a figure after 2023/24 left out (2024/25)",
        indicatorId: def.id,
      },
    ]);
  });

  it("pools neighbours' counts when asked, counting only those with a value", () => {
    const sc = buildScorecard(
      base({
        observations: [
          obs("865", financialYear(2024), 18.9),
          obs("801", financialYear(2024), 20, { numerator: 20, denominator: 100 }),
          obs("802", financialYear(2024), 10, { numerator: 30, denominator: 300 }),
          obs("803", financialYear(2024), null),
        ],
        comparators: {
          neighbours: [n1, n2, { code: "803", name: "Three", kind: "la" }],
          aggregate: "pooled",
        },
      }),
    );
    const nb = sc.rows[0]!.benchmarks.neighbours!;
    expect(nb.value).toBeCloseTo(12.5, 12);
    expect(nb).toMatchObject({ method: "pooled", count: 2, of: 3, display: "12.5%" });
    expect(sc.rows[0]!.benchmarks.bestNeighbour?.area).toEqual(n2);
  });

  it("compares with the latest earlier figure when no comparable one exists, and says why not", () => {
    const sc = buildScorecard(
      base({
        observations: [obs("865", financialQuarter(2024, 4), 18.9), obs("865", financialYear(2023), 15)],
      }),
    );
    const row = sc.rows[0]!;
    expect(row.previous?.period.label).toBe("2023/24");
    expect(row.direction).toBe("not-comparable");
    expect(row.change).toBeNull();
    expect(row.trend).toHaveLength(1);
    expect(sc.dataQuality.map((d) => d.code)).toEqual(["non-comparable-period"]);
  });

  it("benchmarks against the latest national year when the current year has none, and ranks there", () => {
    const national = [10, 20, 30].map((v, i) => obs(String(801 + i), financialYear(2023), v));
    const sc = buildScorecard(
      base({
        observations: [obs("865", financialYear(2024), 18.9), obs("865", financialYear(2023), 15)],
        nationalValues: [...national, obs("801", financialYear(2023), 11)],
      }),
    );
    const b = sc.rows[0]!.benchmarks;
    expect(b.period?.label).toBe("2023/24");
    expect([b.rank, b.rankOf]).toEqual([2, 4]);
    expect(sc.dataQuality.map((d) => d.code)).toEqual(["benchmark-period-differs", "duplicate-observation"]);
    expect(sc.dataQuality[1]?.message).toBe(
      "A second figure for re-referrals-12m, area 801, 2023/24 was left out (kept 10, left out 11)",
    );
  });

  it("aggregates a named high-performer group from national figures", () => {
    const national = [10, 20, 30, 40].map((v, i) => obs(String(801 + i), financialYear(2024), v));
    const sc = buildScorecard(
      base({
        observations: [obs("865", financialYear(2024), 18.9)],
        nationalValues: national,
        comparators: {
          neighbours: [],
          highPerformers: { label: "Outstanding LAs", codes: ["801", "802", "899"] },
        },
      }),
    );
    expect(sc.rows[0]!.benchmarks.highPerformers).toEqual({
      label: "Outstanding LAs",
      value: 15,
      display: "15.0%",
      count: 2,
    });
    expect(sc.comparators.highPerformers).toBe("Outstanding LAs");
  });

  it("writes the key from the policy's rules", () => {
    const sc = buildScorecard(
      base({
        observations: [obs("865", financialYear(2024), 18.9), obs("970", financialYear(2024), 21)],
        policy: { defaults: [{ kind: "benchmark", against: "england" }] },
      }),
    );
    expect(sc.key.map((k) => k.meaning)).toEqual([
      "Red: worse than England by more than the tolerance",
      "Amber: worse than England by no more than the tolerance",
      "Green: as good as or better than England",
      "Not rated: no figure, nothing to judge it against, or neither higher nor lower is better",
    ]);
    expect(sc.rows[0]!.rag).toMatchObject({ status: "green", basis: "benchmark" });
  });

  it("lists a change from zero after the others among the biggest movers", () => {
    const other: IndicatorDefinition = { ...def, id: "other" };
    const sc = buildScorecard(
      base({
        definitions: [def, other],
        observations: [
          obs("865", financialYear(2023), 0),
          obs("865", financialYear(2024), 2),
          { ...obs("865", financialYear(2023), 10), indicatorId: "other" },
          { ...obs("865", financialYear(2024), 12), indicatorId: "other" },
        ],
      }),
    );
    expect(sc.rows[0]!.change?.relative).toBeNull();
    expect(sc.summary.biggestDeteriorations).toEqual(["other", def.id]);
    expect(sc.summary.worsening).toBe(2);
  });

  it("notes acronyms the glossary does not explain and lists only those it does", () => {
    const sc = buildScorecard(
      base({
        definitions: [{ ...def, title: "Re-referrals to the MASH within 12 months (CSC)" }],
        observations: [obs("865", financialYear(2024), 18.9)],
        glossary: createGlossary([
          { term: "MASH", expansion: "multi-agency safeguarding hub" },
          { term: "CLA", expansion: "child looked after" },
        ]),
      }),
    );
    expect(sc.glossary.map((g) => g.term)).toEqual(["MASH"]);
    expect(sc.dataQuality).toEqual([
      {
        code: "unexplained-acronym",
        message: '"CSC" is used in the scorecard but the glossary does not explain it',
      },
    ]);
  });

  it("explains the acronyms of the sources too, since the report lists them", () => {
    const sc = buildScorecard(
      base({
        observations: [obs("865", financialYear(2024), 18.9)],
        provenance: [{ name: "LAIT", kind: "published", description: "National and LA figures" }],
        comparators: { neighbours: [], highPerformers: { label: "Outstanding SN", codes: [] } },
        glossary: createGlossary([
          { term: "LAIT", expansion: "Local Authority Interactive Tool" },
          { term: "CLA", expansion: "child looked after" },
        ]),
      }),
    );
    expect(sc.glossary.map((g) => g.term)).toEqual(["LAIT"]);
    expect(sc.dataQuality).toEqual([
      {
        code: "unexplained-acronym",
        message: '"LA" is used in the scorecard but the glossary does not explain it',
      },
      {
        code: "unexplained-acronym",
        message: '"SN" is used in the scorecard but the glossary does not explain it',
      },
    ]);
  });

  it.each(["", "15/07/2025", "2025-13-01", "2025-07-15T10:00:00Z"])(
    "throws for a generated date of %j",
    (generated) => {
      expect(() => buildScorecard(base({ generated }))).toThrow(
        expect.objectContaining({ code: "invalid-generated-date" }),
      );
    },
  );

  it("can be built from published figures alone (the LA, England and the region from national values)", () => {
    const region: Area = { code: "E12000009", name: "South West", kind: "region" };
    const published = [
      obs("865", financialYear(2023), 15),
      obs("865", financialYear(2024), 18.9),
      obs("801", financialYear(2024), 20),
      obs("E92000001", financialYear(2024), 21.4),
      obs("E12000009", financialYear(2024), 20.6),
    ];
    const sc = buildScorecard(base({ nationalValues: published, comparators: { neighbours: [n1], region } }));
    const row = sc.rows[0]!;
    expect([row.current?.value, row.previous?.value, row.direction]).toEqual([18.9, 15, "worsening"]);
    expect([
      row.benchmarks.england?.value,
      row.benchmarks.region?.value,
      row.benchmarks.neighbours?.value,
    ]).toEqual([21.4, 20.6, 20]);
    // England and the region are not LAs: 2 LAs ranked.
    expect([row.benchmarks.rank, row.benchmarks.rankOf]).toEqual([1, 2]);
  });

  it("falls back from a London sub-region with no value to London, per row", () => {
    const inner: Area = { code: "E13000001", name: "Inner London", kind: "region" };
    const london: Area = { code: "E12000007", name: "London", kind: "region" };
    const published = [
      obs("865", financialYear(2023), 15),
      obs("865", financialYear(2024), 18.9),
      obs("E13000001", financialYear(2023), 17.5),
      { ...obs("E13000001", financialYear(2024), 0), value: null, status: "suppressed" as const },
      obs("E12000007", financialYear(2024), 19.2),
      obs("E12000007", financialYear(2023), 18.1),
    ];
    const comparators = { neighbours: [n1], region: inner, regionFallbacks: [london] };
    const sc = buildScorecard(base({ nationalValues: published, comparators }));
    const region = sc.rows[0]!.benchmarks.region;
    expect([region?.area.name, region?.value]).toEqual(["London", 19.2]);
    // Where the sub-region has a value, it is used.
    const earlier = buildScorecard(
      base({ nationalValues: published, comparators, period: financialYear(2023) }),
    );
    expect(earlier.rows[0]!.benchmarks.region?.area.name).toBe("Inner London");
    // Neither region row is ranked as an LA.
    expect(sc.rows[0]!.benchmarks.rankOf).toBe(1);
  });

  it("keeps the first of two definitions with the same id", () => {
    const sc = buildScorecard(
      base({
        definitions: [def, { ...def, title: "Other" }],
        observations: [obs("865", financialYear(2024), 1)],
      }),
    );
    expect(sc.rows.map((r) => r.indicator.title)).toEqual(["Re-referrals within 12 months"]);
  });
});

describe("scorecardSummary", () => {
  it("JSDoc examples", () => {
    expect(scorecardSummary([]).counts).toEqual({ red: 0, amber: 0, green: 0, blue: 0, "not-rated": 0 });
    expect(BIGGEST_CHANGES).toBe(3);
  });

  it("recounts after a row's rating changes", () => {
    const sc = buildScorecard(
      base({ observations: [obs("865", financialYear(2023), 15), obs("865", financialYear(2024), 18.9)] }),
    );
    expect(sc.summary).toEqual(scorecardSummary(sc.rows));
    const rows = sc.rows.map((r) => ({
      ...r,
      rag: { status: "red" as const, basis: "target" as const, reason: "x" },
    }));
    expect(scorecardSummary(rows).counts.red).toBe(1);
    expect(scorecardSummary(rows).biggestDeteriorations).toEqual([def.id]);
  });
});
