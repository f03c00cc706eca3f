import { describe, expect, it } from "vitest";
import type { Observation } from "../observation/types.js";
import {
  applyDisclosureControl,
  DEFAULT_SUPPRESSION_THRESHOLD,
  isDisclosive,
  suppressSmallCounts,
} from "./index.js";

const p = {
  kind: "financial-year",
  startYear: 2024,
  start: "2024-04-01",
  end: "2025-03-31",
  label: "2024/25",
} as const;
const p23 = {
  kind: "financial-year",
  startYear: 2023,
  start: "2023-04-01",
  end: "2024-03-31",
  label: "2023/24",
} as const;
const obs = (indicatorId: string, value: number | null, more: Partial<Observation> = {}): Observation => ({
  indicatorId,
  area: "865",
  period: p,
  value,
  status: value === null ? "not-available" : "ok",
  ...more,
});

describe("isDisclosive", () => {
  it("matches the JSDoc example: counts 1–4 by default, not 0", () => {
    expect([0, 1, 4, 5].map((n) => isDisclosive(n))).toEqual([false, true, true, false]);
    expect(DEFAULT_SUPPRESSION_THRESHOLD).toBe(5);
  });
  it.each([
    [5, 10, true],
    [9, 10, true],
    [10, 10, false],
    [1, 2, true],
    [2, 2, false],
    [null, 5, false],
    [Number.NaN, 5, false],
    [-1, 5, false],
  ])("%s with threshold %s → %s", (count, threshold, expected) => {
    expect(isDisclosive(count, threshold)).toBe(expected);
  });
  it("rejects a threshold below 1", () => {
    expect(() => isDisclosive(3, 0)).toThrowError(/at least 1/);
  });
});

describe("suppressSmallCounts", () => {
  it("matches the JSDoc example", () => {
    expect(
      suppressSmallCounts([
        { key: "a", count: 3, group: "g" },
        { key: "b", count: 10, group: "g" },
        { key: "c", count: 12, group: "g" },
        { key: "t", count: 25, group: "g", role: "total" },
      ]).map((c) => c.display),
    ).toEqual(["[c]", "[c]", "12", "25"]);
  });
  it("gives a reason for every suppressed cell", () => {
    const r = suppressSmallCounts([
      { key: "a", count: 3, group: "g" },
      { key: "z", count: 0, group: "g" },
      { key: "b", count: 10, group: "g" },
      { key: "c", count: 12, group: "g" },
      { key: "t", count: 25, group: "g", role: "total" },
    ]);
    expect(r.map((c) => [c.key, c.display, c.count, c.reason])).toEqual([
      ["a", "[c]", null, "a count below 5 (counts 1\u20134 are suppressed)"],
      // A zero does not protect the suppressed cell (total − others would still give it), so 10 goes.
      ["z", "0", 0, undefined],
      [
        "b",
        "[c]",
        null,
        'secondary suppression: otherwise the total of group "g" would reveal the suppressed cell "a"',
      ],
      ["c", "12", 12, undefined],
      ["t", "25", 25, undefined],
    ]);
  });
  it("needs no secondary when two cells are already suppressed, or when the total is", () => {
    const two = suppressSmallCounts([
      { key: "a", count: 3, group: "g" },
      { key: "b", count: 2, group: "g" },
      { key: "c", count: 12, group: "g" },
      { key: "t", count: 17, group: "g", role: "total" },
    ]);
    expect(two.map((c) => c.display)).toEqual(["[c]", "[c]", "12", "17"]);
    const smallTotal = suppressSmallCounts([
      { key: "a", count: 3, group: "g" },
      { key: "b", count: 0, group: "g" },
      { key: "t", count: 3, group: "g", role: "total" },
    ]);
    expect(smallTotal.map((c) => c.display)).toEqual(["[c]", "0", "[c]"]);
  });
  it("suppresses the total when no other cell can protect the suppressed one", () => {
    const r = suppressSmallCounts([
      { key: "a", count: 3, group: "g" },
      { key: "b", count: 0, group: "g" },
      { key: "t", count: 3 + 0 + 7, group: "g", role: "total" },
      { key: "c", count: 7, group: "h" },
    ]);
    expect(r.map((c) => c.display)).toEqual(["[c]", "0", "[c]", "7"]);
  });
  it("is configurable: threshold, no secondary, source states", () => {
    const cells = [
      { key: "a", count: 7, group: "g" },
      { key: "b", count: 20, group: "g" },
      { key: "t", count: 27, group: "g", role: "total" as const },
      { key: "m", count: null },
      { key: "s", count: 40, status: "suppressed" as const },
    ];
    expect(suppressSmallCounts(cells, { threshold: 10 }).map((c) => c.display)).toEqual([
      "[c]",
      "[c]",
      "27",
      "[x]",
      "[c]",
    ]);
    expect(suppressSmallCounts(cells, { threshold: 10, secondary: false }).map((c) => c.display)).toEqual([
      "[c]",
      "20",
      "27",
      "[x]",
      "[c]",
    ]);
    expect(suppressSmallCounts(cells).map((c) => c.display)).toEqual(["7", "20", "27", "[x]", "[c]"]);
    expect(suppressSmallCounts(cells)[4]?.reason).toBe("suppressed in the source");
    expect(suppressSmallCounts([{ key: "k", count: 1234 }])[0]?.display).toBe("1,234");
  });
});

describe("applyDisclosureControl", () => {
  it("matches the JSDoc example", () => {
    expect(
      applyDisclosureControl([
        {
          indicatorId: "re-referrals-12m",
          area: "865",
          period: p,
          value: 20,
          numerator: 3,
          denominator: 15,
          status: "ok",
        },
      ]).suppressed[0]?.reason,
    ).toBe("the numerator is below 5 (counts 1\u20134 are suppressed)");
  });
  it("suppresses a rate whose numerator is small, dropping the numerator and keeping a safe denominator", () => {
    const r = applyDisclosureControl([
      obs("re-referrals-12m", 20, { numerator: 3, denominator: 15, source: "local.csv row 2" }),
      obs("re-referrals-12m", 0, { numerator: 0, denominator: 3, period: p23 }),
      obs("re-referrals-12m", 25, { numerator: 5, denominator: 20, area: "866" }),
    ]);
    expect(r.observations[0]).toEqual({
      indicatorId: "re-referrals-12m",
      area: "865",
      period: p,
      value: null,
      status: "suppressed",
      denominator: 15,
      source: "local.csv row 2",
    });
    expect(r.observations[1]).toEqual(
      obs("re-referrals-12m", 0, { numerator: 0, denominator: 3, period: p23 }),
    );
    expect(r.observations[2]?.value).toBe(25);
    expect(r.suppressed.map((s) => [s.index, s.kind, s.period])).toEqual([[0, "primary", "2024/25"]]);
  });
  it("suppresses small count indicators, keeps source suppression, and applies secondary suppression through totals", () => {
    const r = applyDisclosureControl(
      [
        obs("cla-male", 3),
        obs("cla-female", 9),
        obs("cla-unknown", 0),
        obs("cla-count", 12),
        obs("cla-count", 40, { area: "866" }),
        obs("cla-male", 22, { area: "866" }),
        obs("cla-female", 18, { area: "866" }),
        obs("cin-count", null, { status: "suppressed" }),
      ],
      { totals: [{ total: "cla-count", parts: ["cla-male", "cla-female", "cla-unknown"] }] },
    );
    expect(r.observations.map((o) => o.value)).toEqual([null, null, 0, 12, 40, 22, 18, null]);
    expect(r.suppressed).toEqual([
      {
        index: 0,
        indicatorId: "cla-male",
        area: "865",
        period: "2024/25",
        kind: "primary",
        reason: "the count is below 5 (counts 1\u20134 are suppressed)",
      },
      {
        index: 1,
        indicatorId: "cla-female",
        area: "865",
        period: "2024/25",
        kind: "secondary",
        reason:
          "secondary suppression: otherwise the cla-count total would reveal the suppressed cla-male figure",
      },
      {
        index: 7,
        indicatorId: "cin-count",
        area: "865",
        period: "2024/25",
        kind: "source",
        reason: "suppressed in the source",
      },
    ]);
  });
  it("suppresses a rate whose numerator count is suppressed, including by secondary suppression", () => {
    const r = applyDisclosureControl(
      [
        obs("cla-male", 3),
        obs("cla-female", 9),
        obs("cla-count", 12),
        obs("cla-female-rate", 18.2, { numerator: 9, denominator: 49500 }),
        obs("cla-female-rate", 20.1, { numerator: 10, denominator: 49700, period: p23 }),
      ],
      {
        totals: [{ total: "cla-count", parts: ["cla-male", "cla-female"] }],
        rates: [{ rate: "cla-female-rate", count: "cla-female" }],
      },
    );
    expect(r.observations.map((o) => o.value)).toEqual([null, null, 12, null, 20.1]);
    expect(r.suppressed[2]).toEqual({
      index: 3,
      indicatorId: "cla-female-rate",
      area: "865",
      period: "2024/25",
      kind: "numerator",
      reason: "its numerator (cla-female) is suppressed",
    });
    expect(r.observations[3]).not.toHaveProperty("numerator");
  });

  it("honours a custom threshold and can turn secondary suppression off", () => {
    const input = [obs("a", 8), obs("b", 30), obs("t", 38)];
    const totals = [{ total: "t", parts: ["a", "b"] }];
    expect(applyDisclosureControl(input, { threshold: 10, totals }).observations.map((o) => o.value)).toEqual(
      [null, null, 38],
    );
    expect(
      applyDisclosureControl(input, { threshold: 10, totals, secondary: false }).observations.map(
        (o) => o.value,
      ),
    ).toEqual([null, 30, 38]);
    expect(applyDisclosureControl(input).observations.map((o) => o.value)).toEqual([8, 30, 38]);
  });
});

describe("suppression reasons", () => {
  it("never quote the withheld number", () => {
    const p = {
      kind: "financial-year",
      startYear: 2024,
      start: "2024-04-01",
      end: "2025-03-31",
      label: "2024/25",
    } as const;
    const result = applyDisclosureControl(
      [
        { indicatorId: "a", area: "865", period: p, value: 20, numerator: 3, denominator: 15, status: "ok" },
        { indicatorId: "n", area: "865", period: p, value: 2, status: "ok" },
      ],
      { countIndicators: ["n"] },
    );
    expect(result.suppressed).toHaveLength(2);
    for (const s of result.suppressed) expect(s.reason).not.toMatch(/\b[23]\b/);
  });
});
