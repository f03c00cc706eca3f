import { describe, expect, it } from "vitest";
import { findIndicator } from "./index.js";

const idOf = (text: string): string | undefined => {
  const r = findIndicator(text);
  return r.ok ? r.indicator.id : undefined;
};

// The 20 rows of Wiltshire's self-assessment table (Children's Select Committee, 19 January 2021), verbatim.
const WILTSHIRE_ROWS: readonly (readonly [string, string])[] = [
  ["Agency staff", "agency-sw-count"],
  ["Missing Return Interviews completed", "missing-rhi-completed"],
  ["Re-referral rate", "re-referrals-12m"],
  ["Single Assessments within 45 days", "assessments-45wd"],
  ["Private Fostering notifications followed up within 7 days", "private-fostering-7wd"],
  ["S47s recommend ICPC", "s47-to-icpc"],
  ["S47s over 21 days of Strategy Discussion", "s47-over-21wd"],
  ["ICPCs within 15 days of Strategy Discussion", "icpc-15wd"],
  ["RCPCs within timescales", "cpp-reviews-on-time"],
  ["CP visits on time under new 2 weekly practice standards", "cp-visits-on-time"],
  ["Repeat CP Plan", "cpp-repeat"],
  ["CP Plan ceased over 2 years", "cpp-ceased-2y"],
  ["CLA 2-year stability", "cla-long-term-stability"],
  ["CLA placed more than 20 miles from home", "cla-distance-20m"],
  ["CLA 18 months+ in long term arrangements", "cla-18m-long-term"],
  ["CLA placed out of county", "cla-out-of-area"],
  ["Pathway/Care plans in place", "cla-plans-in-place"],
  ["CLA Reviews on time", "cla-reviews-on-time"],
  ["CLA participating in Reviews", "cla-review-participation"],
  ["Child into care to moving in with adoptive family (days)", "adoption-a1"],
];

describe("findIndicator", () => {
  it("JSDoc example: resolves the wording councils use", () => {
    const r = findIndicator("Re-referral rate");
    expect(r).toMatchObject({ ok: true, indicator: { id: "re-referrals-12m" }, matchedOn: "alias" });
  });

  it.each(WILTSHIRE_ROWS)("resolves the table row %j exactly", (wording, id) => {
    const r = findIndicator(wording);
    expect(r.ok ? r.indicator.id : r.message).toBe(id);
    expect(r.ok && ["alias", "title", "id"].includes(r.matchedOn)).toBe(true);
  });

  it("resolves the brief's other wordings", () => {
    expect(idOf("Repeat CP Plan")).toBe("cpp-repeat");
    expect(idOf("S47s recommending ICPC")).toBe("s47-to-icpc");
    expect(idOf("CLA over 20 miles")).toBe("cla-distance-20m");
    expect(idOf("CLA out of county")).toBe("cla-out-of-area");
    expect(idOf("RCPCs in time")).toBe("cpp-reviews-on-time");
    expect(idOf("CLA participation in reviews")).toBe("cla-review-participation");
  });

  it.each([
    ["re-referrals-12m", "re-referrals-12m", "id"],
    ["ICPC-15WD", "icpc-15wd", "id"],
    ["lait-rereferral", "re-referrals-12m", "id"],
    ["ReReferral", "re-referrals-12m", "lait"],
    ["LAC_LongStable%", "cla-long-term-stability", "lait"],
    ["%_of LAC Adopted", "lait-pct-of-lac-adopted", "lait"],
    ["Assessments completed within 45 working days", "assessments-45wd", "title"],
    ["Repeat CP plans", "cpp-repeat", "title"],
    ["Percentage of re-referrals to children's social care within 12 months", "re-referrals-12m", "alias"],
  ] as const)("%s → %s on %s", (text, id, on) => {
    const r = findIndicator(text);
    expect(r.ok ? [r.indicator.id, r.matchedOn] : r.message).toEqual([id, on]);
  });

  it.each([
    ["RE-REFERRAL RATE", "re-referrals-12m"],
    ["re referral rates", "re-referrals-12m"],
    ["  Re-referral   rate. ", "re-referrals-12m"],
    ["% of re-referrals", "re-referrals-12m"],
    ["Percent of re-referrals", "re-referrals-12m"],
    ["No. of Children looked after", "cla-count"],
    ["Number of LAC", "cla-count"],
    ["Repeat child protection plan", "cpp-repeat"],
    ["LAC placed more than 20 miles from home", "cla-distance-20m"],
    ["Care leavers in education, employment & training", "care-leavers-eet"],
    ["Care Leavers in Education Employment and Training", "care-leavers-eet"],
    ["S47 rate", "s47-rate"],
    ["Section 47 rate", "s47-rate"],
    ["CLA 18 months plus in long-term arrangement", "cla-18m-long-term"],
  ])("normalises %j → %s", (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it.each([
    ["Re-referral rate (%)", "re-referrals-12m"],
    ["% Re-referrals", "re-referrals-12m"],
    ["Repeat CP plans %", "cpp-repeat"],
    ["Agency staff (number)", "agency-sw-count"],
    ["Agency staff (%)", "agency-sw-rate"],
    ["CLA rate per 10,000", "cla-rate"],
    ["Children in care per 10,000", "cla-rate"],
    ["Care to adoptive family (days)", "adoption-a1"],
  ])("ignores the unit word in %j when the rest names one indicator in that unit", (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it("does not ignore a unit word that contradicts the indicator's unit", () => {
    const r = findIndicator("S47s recommend ICPC (number)");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.candidates[0]?.indicator.id).toBe("s47-to-icpc");
    expect(findIndicator("Agency rate (days)").ok).toBe(false);
  });

  it("returns a typo as a ranked candidate, not a silent guess", () => {
    const r = findIndicator("Re-referal rate");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.candidates[0]?.indicator.id).toBe("re-referrals-12m");
    expect(r.candidates[0]?.score).toBeGreaterThan(0.9);
    expect(r.message).toContain("Did you mean");
    expect(r.message).toContain("re-referrals-12m");
  });

  it("gives several candidates for a vague name instead of guessing", () => {
    const r = findIndicator("social workers");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const ids = r.candidates.map((c) => c.indicator.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids).toEqual(
      expect.arrayContaining(["agency-sw-rate", "sw-vacancy-rate", "sw-turnover-rate", "sw-caseload"]),
    );
    expect(r.message).not.toContain("Did you mean");
    for (let i = 1; i < r.candidates.length; i++) {
      expect(r.candidates[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(r.candidates[i]?.score ?? 0);
    }
  });

  it("ranks the right family first for a partial name", () => {
    const r = findIndicator("repeat child protection plans within 2 years");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.candidates.slice(0, 3).map((c) => c.indicator.id)).toContain("cpp-repeat");
  });

  it("matches ids and LAIT ids as written, so a plain phrase is not taken for a measure code", () => {
    expect(idOf("CIN")).toBe("cin-rate");
    expect(idOf("LAC")).toBe("cla-rate");
    const r = findIndicator("Children in need");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.candidates.map((c) => c.indicator.id)).toContain("cin-rate");
    expect(idOf("Children looked after")).toBe("cla-count");
    expect(findIndicator("re referrals 12m").ok).toBe(false);
  });

  it("reports empty and unrelated names without candidates", () => {
    expect(findIndicator("  ")).toEqual({
      ok: false,
      message: "No indicator name was given.",
      candidates: [],
    });
    const r = findIndicator("zzzz qqqq");
    expect(r).toMatchObject({ ok: false, candidates: [] });
    if (!r.ok) expect(r.message).toBe('No indicator matches "zzzz qqqq".');
  });

  it("caps the candidate list at 10", () => {
    const r = findIndicator("placements");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.candidates.length).toBeLessThanOrEqual(10);
  });
});
