import { describe, expect, it } from "vitest";
import { isKpikitError } from "../errors.js";
import {
  aggregate,
  bestOf,
  nationalRanks,
  quantileType7,
  quartileBand,
  quartileCuts,
  rankAndBand,
  topQuartileThreshold,
} from "./index.js";

describe("quantileType7", () => {
  it.each([
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[7], 0.75, 7],
    [[3, 3, 3, 9], 0.25, 3],
  ])("%j at %s → %s", (values, p, expected) => {
    expect(quantileType7(values, p)).toBe(expected);
  });
  it("throws a coded error on misuse", () => {
    expect(() => quantileType7([], 0.5)).toThrowError(/at least one/);
    try {
      quantileType7([1], 1.5);
    } catch (e) {
      expect(isKpikitError(e) && e.code).toBe("bad-probability");
    }
  });
});

describe("quartileCuts", () => {
  it("matches the JSDoc example", () =>
    expect(quartileCuts([10, 20, 30, 40, 50])).toEqual([10, 20, 30, 40, 50]));
  it("ignores null and non-finite values and does not need sorted input", () => {
    expect(quartileCuts([4, null, 1, Number.NaN, 3, 2])).toEqual([1, 1.75, 2.5, 3.25, 4]);
  });
  it("throws no-values when nothing is finite", () => {
    expect(() => quartileCuts([null])).toThrowError(/at least one value/);
  });
});

describe("quartileBand", () => {
  const cuts = [0, 25, 50, 75, 100] as const;
  it.each([
    [75, "higher-is-better", "B"],
    [75.01, "higher-is-better", "A"],
    [25, "lower-is-better", "A"],
    [25.01, "lower-is-better", "B"],
    [0, "higher-is-better", "D"],
    [100, "lower-is-better", "D"],
    [60, "no-judgement", null],
    [null, "lower-is-better", null],
    [101, "lower-is-better", null],
    [Number.NaN, "higher-is-better", null],
  ] as const)("%s (%s) → %s", (value, polarity, expected) => {
    expect(quartileBand(value, cuts, polarity)).toBe(expected);
  });
});

describe("nationalRanks and rankAndBand", () => {
  const entries = [
    { code: "a", value: 10 },
    { code: "b", value: 20 },
    { code: "c", value: 20 },
  ];
  it("matches the JSDoc example (descending for higher-is-better, ties min)", () => {
    expect(nationalRanks(entries, "higher-is-better").get("a")).toBe(3);
    expect(nationalRanks(entries, "higher-is-better").get("b")).toBe(1);
    expect(nationalRanks(entries, "lower-is-better").get("c")).toBe(2);
  });
  it("gives no ranks for no-judgement", () => expect(nationalRanks(entries, "no-judgement").size).toBe(0));
  it("matches the rankAndBand JSDoc example", () => {
    const r = rankAndBand(
      [
        { code: "a", value: 10 },
        { code: "b", value: 20 },
        { code: "c", value: null },
      ],
      "lower-is-better",
    );
    expect(r.get("a")).toEqual({ rank: 1, rankOf: 2, band: "A" });
    expect(r.get("b")).toEqual({ rank: 2, rankOf: 2, band: "D" });
    expect(r.get("c")).toEqual({ rank: null, rankOf: 2, band: null });
  });
  it("shows ranks but no band for measures flagged no-quartile", () => {
    const r = rankAndBand(entries, "higher-is-better", { noQuartile: true });
    expect(r.get("a")).toEqual({ rank: 3, rankOf: 3, band: null });
  });
  it("gives no rank and no band for no-judgement, but still counts areas with a value", () => {
    expect(rankAndBand(entries, "no-judgement").get("b")).toEqual({ rank: null, rankOf: 3, band: null });
  });
  it("handles a group where nobody has a value", () => {
    expect(rankAndBand([{ code: "x", value: null }], "higher-is-better").get("x")).toEqual({
      rank: null,
      rankOf: 0,
      band: null,
    });
  });
  it("rejects duplicate codes", () => {
    expect(() => rankAndBand([...entries, { code: "a", value: 1 }], "higher-is-better")).toThrowError(
      /more than once/,
    );
  });
});

describe("topQuartileThreshold", () => {
  it("matches the JSDoc examples", () => {
    expect(topQuartileThreshold([10, 20, 30, 40, 50], "higher-is-better")).toBe(40);
    expect(topQuartileThreshold([10, 20, 30, 40, 50], "lower-is-better")).toBe(20);
  });
  it("is null for no-judgement or no values", () => {
    expect(topQuartileThreshold([10, 20], "no-judgement")).toBeNull();
    expect(topQuartileThreshold([null], "higher-is-better")).toBeNull();
  });
});

describe("aggregate", () => {
  it("matches the JSDoc examples", () => {
    expect(aggregate([{ value: 10 }, { value: 20 }, { value: null }], "mean")).toEqual({
      value: 15,
      count: 2,
      of: 3,
      method: "mean",
    });
    expect(
      aggregate(
        [
          { value: 50, numerator: 1, denominator: 2 },
          { value: 25, numerator: 1, denominator: 4 },
        ],
        "pooled",
        { multiplier: 100 },
      ).value,
    ).toBe(33.33333333333333);
  });
  it.each([
    ["mean", [1, 2, 4, null], 7 / 3, 3],
    ["median", [1, 2, 4, null], 2, 3],
    ["median", [1, 2, 4, 10], 3, 4],
    ["mean", [], null, 0],
    ["median", [null, null], null, 0],
  ] as const)("%s of %j → %s (count %s)", (method, values, expected, count) => {
    const r = aggregate(
      values.map((value) => ({ value })),
      method,
    );
    expect(r.value).toBe(expected);
    expect(r.count).toBe(count);
    expect(r.of).toBe(values.length);
  });
  it("mean is the default method and is unrounded", () => {
    expect(aggregate([{ value: 1 }, { value: 1 }, { value: 2 }]).value).toBe(4 / 3);
  });
  it("pooled refuses when a member with a value has no counts, with a reason", () => {
    const r = aggregate([{ value: 50, numerator: 1, denominator: 2 }, { value: 30 }], "pooled");
    expect(r.value).toBeNull();
    expect(r.reason).toMatch(/numerator and denominator/);
  });
  it("pooled ignores members without a value and handles a zero denominator", () => {
    expect(
      aggregate(
        [
          { value: 50, numerator: 1, denominator: 2 },
          { value: null, numerator: 9, denominator: 9 },
        ],
        "pooled",
      ).value,
    ).toBe(0.5);
    expect(aggregate([{ value: 0, numerator: 0, denominator: 0 }], "pooled").reason).toBe(
      "The pooled denominator is 0",
    );
  });
});

describe("bestOf", () => {
  it("matches the JSDoc example", () => {
    expect(
      bestOf(
        [
          { code: "a", value: 12 },
          { code: "b", value: 9 },
          { code: "c", value: null },
        ],
        "lower-is-better",
      ),
    ).toEqual({ code: "b", value: 9 });
  });
  it("keeps the first on a tie, and is null for no-judgement or no values", () => {
    expect(
      bestOf(
        [
          { code: "a", value: 12 },
          { code: "b", value: 12 },
        ],
        "higher-is-better",
      )?.code,
    ).toBe("a");
    expect(bestOf([{ code: "a", value: 12 }], "no-judgement")).toBeNull();
    expect(bestOf([{ code: "a", value: null }], "higher-is-better")).toBeNull();
  });
});
