import { describe, expect, it } from "vitest";
import { editDistance, nameSimilarity, normaliseName } from "./text-match.js";

describe("normaliseName", () => {
  it.each([
    ["Re-referral rate", "re referral rate"],
    ["S47s recommend ICPC", "s47 recommend icpc"],
    ["CP visits & reviews", "cp visit and review"],
    ["% agency", "percent agency"],
    ["Percentage agency", "percent agency"],
    ["No. of CLA", "number of cla"],
    ["Looked after children", "cla"],
    ["Children looked after", "cla"],
    ["LAC", "cla"],
    ["Child protection plans", "cp plan"],
    ["CPP", "cp plan"],
    ["Initial child protection conferences", "icpc"],
    ["Section 47 enquiries", "s47 enquiry"],
    ["Children's social care", "children social care"],
    ["Status of this analysis", "status of this analysis"],
    ["CLA 18 months+", "cla 18 month plus"],
    ["Rate per 10,000", "rate per 10000"],
    ["1,234,567 and 12,34", "1234567 and 12 34"],
    ["", ""],
    ["—", ""],
  ])("%j → %j", (text, expected) => {
    expect(normaliseName(text)).toBe(expected);
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["referal", "referral", 1],
    ["kitten", "sitting", 3],
    ["cla", "cin", 2],
  ] as const)("%s ↔ %s = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("nameSimilarity", () => {
  it("is 1 for the same name and high for a one-letter typo", () => {
    expect(nameSimilarity("re referral rate", "re referral rate")).toBe(1);
    expect(nameSimilarity("re referal rate", "re referral rate")).toBeCloseTo(0.9375, 10);
  });
  it("does not treat short acronyms one letter apart as the same word", () => {
    expect(nameSimilarity("cin rate", "cla rate")).toBeLessThan(0.8);
  });
  it("is 0 for unrelated names", () => {
    expect(nameSimilarity("zzzz", "re referral rate")).toBe(0);
  });
});
