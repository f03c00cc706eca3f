import { describe, expect, it } from "vitest";
import { indicatorDefinitionSchema } from "./indicator.js";
import { areaSchema, observationSchema } from "./observation.js";
import { ragResultSchema } from "./rag.js";

const period = { kind: "calendar-year", year: 2024, start: "2024-01-01", end: "2024-12-31", label: "2024" };
const obs = { indicatorId: "re-referrals-12m", area: "865", period, value: 18.9, status: "ok" };

describe("observationSchema", () => {
  it("JSDoc example", () => {
    expect(
      observationSchema.safeParse({ indicatorId: "x", area: "865", period, value: 3, status: "suppressed" })
        .success,
    ).toBe(false);
  });
  it.each([
    ["ok with a value", obs, true],
    ["low-reliability with a value", { ...obs, status: "low-reliability" }, true],
    ["suppressed with null", { ...obs, value: null, status: "suppressed" }, true],
    ["not-available with null", { ...obs, value: null, status: "not-available" }, true],
    ["suppressed with a value", { ...obs, status: "suppressed" }, false],
    ["not-applicable with 0", { ...obs, value: 0, status: "not-applicable" }, false],
    ["ok with null", { ...obs, value: null }, false],
    ["NaN", { ...obs, value: Number.NaN }, false],
    ["Infinity", { ...obs, value: Number.POSITIVE_INFINITY }, false],
    ["a string value", { ...obs, value: "18.9" }, false],
    ["counts", { ...obs, numerator: 189, denominator: 1000 }, true],
    ["negative count", { ...obs, numerator: -1, denominator: 1000 }, false],
    ["bad period", { ...obs, period: { ...period, end: "2023-12-31" } }, false],
    ["unknown status", { ...obs, status: "provisional" }, false],
  ])("%s → %s", (_n, value, ok) => {
    expect(observationSchema.safeParse(value).success).toBe(ok);
  });
  it("points at value and names the status", () => {
    const r = observationSchema.safeParse({ ...obs, status: "suppressed" });
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["value"], "A suppressed observation has no value (value must be null)"],
    ]);
  });
});

describe("areaSchema", () => {
  it("JSDoc example", () => {
    expect(areaSchema.safeParse({ code: "865", name: "Wiltshire", kind: "la" }).success).toBe(true);
  });
  it("rejects unknown kinds and empty codes", () => {
    expect(areaSchema.safeParse({ code: "865", name: "Wiltshire", kind: "county" }).success).toBe(false);
    expect(areaSchema.safeParse({ code: "", name: "Wiltshire", kind: "la" }).success).toBe(false);
  });
});

describe("ragResultSchema", () => {
  it("JSDoc example", () => {
    expect(ragResultSchema.safeParse({ status: "purple", basis: "target", reason: "" }).success).toBe(false);
  });
  it("accepts a rating with a rule id", () => {
    const r = ragResultSchema.safeParse({ status: "amber", basis: "target", reason: "x", ruleId: "t1" });
    expect(r.success && r.data.ruleId).toBe("t1");
  });
});

describe("indicatorDefinitionSchema", () => {
  const def = {
    id: "re-referrals-12m",
    title: "Re-referrals within 12 months",
    shortTitle: "Re-referrals",
    description: "Referrals within 12 months of a previous referral.",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "cin-census",
    lait: "re_referrals",
    aliases: ["Re-referral rate"],
    acronyms: [],
    method: "Referrals with a previous referral in 12 months / referrals.",
  };
  it("JSDoc example", () => {
    expect(indicatorDefinitionSchema.safeParse({ id: "Re referrals" }).success).toBe(false);
  });
  it.each([
    ["a full definition", def, true],
    ["an id with capitals", { ...def, id: "Re-referrals" }, false],
    ["an id with a trailing hyphen", { ...def, id: "re-" }, false],
    ["an unknown unit", { ...def, unit: "percentage" }, false],
    ["negative decimals", { ...def, decimals: -1 }, false],
    ["an unknown period type", { ...def, periodType: "week" }, false],
    ["noQuartile", { ...def, noQuartile: true }, true],
    ["lait explicitly undefined", { ...def, lait: undefined }, false],
  ])("%s → %s", (_n, value, ok) => {
    expect(indicatorDefinitionSchema.safeParse(value).success).toBe(ok);
  });
});
