import { describe, expect, it } from "vitest";
import { laitMeasureDefinitions } from "../_data/lait-measures.generated.js";
import { catalogue, getIndicator, getIndicatorByLait } from "./index.js";
import { normaliseName } from "./text-match.js";

const REQUIRED_IDS = [
  "re-referrals-12m",
  "assessments-45wd",
  "icpc-15wd",
  "cpp-repeat",
  "cpp-ceased-2y",
  "cpp-open-2y",
  "cpp-reviews-on-time",
  "cla-3-placements",
  "cla-long-term-stability",
  "cla-distance-20m",
  "cla-missing",
  "adoption-a1",
  "agency-sw-rate",
] as const;

describe("catalogue", () => {
  it("JSDoc example: re-referrals are lower-is-better", () => {
    expect(catalogue.find((d) => d.id === "re-referrals-12m")?.polarity).toBe("lower-is-better");
  });

  it.each(REQUIRED_IDS)("has the stable id %s", (id) => {
    expect(getIndicator(id)?.id).toBe(id);
  });

  it("has unique kebab-case ids", () => {
    const ids = catalogue.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("has exactly one definition per LAIT measure, covering all 112", () => {
    const lait = catalogue.flatMap((d) => (d.lait === undefined ? [] : [d.lait.toLowerCase()]));
    expect(new Set(lait).size).toBe(lait.length);
    expect(lait.length).toBe(112);
    expect(laitMeasureDefinitions.length).toBe(112);
  });

  it("keeps LAIT's polarity, period type and decimals on curated definitions that cover a LAIT measure", () => {
    const generated = new Map(laitMeasureDefinitions.map((d) => [d.lait, d]));
    const curated = catalogue.filter((d) => d.lait !== undefined && !d.id.startsWith("lait-"));
    expect(curated.length).toBeGreaterThanOrEqual(25);
    for (const d of curated) {
      const g = generated.get(d.lait);
      expect(g, d.id).toBeDefined();
      expect([d.id, d.polarity]).toEqual([d.id, g?.polarity]);
      expect([d.id, d.periodType]).toEqual([d.id, g?.periodType]);
      expect([d.id, d.decimals]).toEqual([d.id, g?.decimals]);
      expect([d.id, d.unit]).toEqual([d.id, g?.unit]);
    }
  });

  it("explains every polarity kpikit set itself and every no-judgement polarity", () => {
    for (const d of catalogue) {
      if (d.lait === undefined || d.polarity === "no-judgement")
        expect(d.polarityReason?.length ?? 0, d.id).toBeGreaterThan(40);
    }
  });

  it("gives every curated definition a method, aliases and a source", () => {
    for (const d of catalogue.filter((x) => !x.id.startsWith("lait-"))) {
      expect(d.method.length, d.id).toBeGreaterThan(60);
      expect(d.aliases.length, d.id).toBeGreaterThan(0);
      expect(d.source, d.id).toMatch(/^(cin-census|ssda903|csww|school-census|local|ofsted|other)$/);
    }
  });

  it("covers workforce, care leavers, missing, elective home education and attendance", () => {
    for (const id of [
      "sw-vacancy-rate",
      "sw-turnover-rate",
      "sw-caseload",
      "agency-sw-count",
      "care-leavers-eet",
      "care-leavers-suitable-accommodation",
      "care-leavers-in-touch",
      "missing-rhi-completed",
      "ehe-count",
      "attendance-overall",
      "persistent-absence",
    ]) {
      expect(getIndicator(id)?.id).toBe(id);
    }
    expect(getIndicator("care-leavers-in-touch")?.polarity).toBe("higher-is-better");
    expect(getIndicator("care-leavers-not-in-touch")?.polarity).toBe("lower-is-better");
  });

  it("sets the polarities the self-assessment table needs", () => {
    expect(getIndicator("agency-sw-rate")?.polarity).toBe("lower-is-better");
    expect(getIndicator("agency-sw-count")?.polarity).toBe("lower-is-better");
    expect(getIndicator("s47-to-icpc")?.polarity).toBe("no-judgement");
    expect(getIndicator("s47-to-icpc")?.polarityReason).toMatch(/conversion rate/);
    expect(getIndicator("cla-distance-20m")?.polarity).toBe("lower-is-better");
    expect(getIndicator("adoption-a1")).toMatchObject({
      unit: "days",
      periodType: "multi-year",
      polarity: "lower-is-better",
    });
  });

  it("files every definition under one of a few sentence-case topics", () => {
    const topics = new Set(catalogue.map((d) => d.topic));
    expect([...topics].sort()).toEqual([
      "Adoption",
      "Care leavers",
      "Child protection",
      "Children in need",
      "Children looked after",
      "Children's services workforce",
      "Education",
      "Missing",
      "Referrals and assessments",
    ]);
  });

  it("carries no mis-decoded characters", () => {
    for (const d of catalogue) {
      const text = [d.title, d.shortTitle, d.description, d.method, ...d.aliases].join(" ");
      expect(text, d.id).not.toMatch(/[ÂâÃ][\u0080-\u00bf€™œ“”‘’]|\u00a0|\uFFFD/);
    }
  });

  it("gives every name to one definition only, so exact matches are never ambiguous", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const d of catalogue) {
      for (const name of new Set([d.title, d.shortTitle, ...d.aliases].map(normaliseName))) {
        const prev = owner.get(name);
        if (prev !== undefined && prev !== d.id) clashes.push(`${name}: ${prev} / ${d.id}`);
        owner.set(name, d.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("lets curated definitions answer to LAIT's own names", () => {
    expect(getIndicator("re-referrals-12m")?.aliases).toContain(
      "Percentage of re-referrals to children's social care within 12 months",
    );
  });
});

describe("getIndicator", () => {
  it("JSDoc example: cpp-repeat is LAIT's PrevRegCPR", () => {
    expect(getIndicator("cpp-repeat")?.lait).toBe("PrevRegCPR");
  });
  it("ignores case and spaces and returns undefined for unknown ids", () => {
    expect(getIndicator("  ICPC-15WD ")?.id).toBe("icpc-15wd");
    expect(getIndicator("no-such-indicator")).toBeUndefined();
    expect(getIndicator("")).toBeUndefined();
  });
  it("resolves a generated id that a curated definition replaced", () => {
    expect(getIndicator("lait-rereferral")?.id).toBe("re-referrals-12m");
    expect(getIndicator("lait-lacdistance")?.id).toBe("cla-distance-20m");
  });
  it("resolves generated ids with the documented slug rule", () => {
    expect(getIndicator("lait-pct-of-lac-adopted")?.lait).toBe("%_of LAC Adopted");
    expect(getIndicator("lait-cpp-total-numref")?.id).toBe("referrals-count");
    expect(getIndicator("lait-number-foster-places-new")?.lait).toBe("Number_Foster_Places(New)");
  });
});

describe("getIndicatorByLait", () => {
  it("JSDoc example: is case-insensitive", () => {
    expect(getIndicatorByLait("rereferral")?.id).toBe("re-referrals-12m");
  });
  it.each([
    ["ReReferral", "re-referrals-12m"],
    ["CP_conf_15days", "icpc-15wd"],
    ["PrevRegCPR", "cpp-repeat"],
    ["CPPlans2yrs", "cpp-ceased-2y"],
    ["CPPlans2yrsActive", "cpp-open-2y"],
    ["RevCP", "cpp-reviews-on-time"],
    ["LACStable_2016on", "cla-3-placements"],
    ["LAC_LongStable%", "cla-long-term-stability"],
    ["LACDistance", "cla-distance-20m"],
    ["Children_missing", "cla-missing"],
    ["Work_Force_Agecy_Rate", "agency-sw-rate"],
    ["Continue_Assess_Comp", "assessments-45wd"],
    [" cpp_total_rateper10,000 ", "referrals-rate"],
  ])("%s → %s", (lait, id) => {
    expect(getIndicatorByLait(lait)?.id).toBe(id);
  });
  it("returns undefined for an unknown measure", () => {
    expect(getIndicatorByLait("NotAMeasure")).toBeUndefined();
  });
  it("keeps LAIT's no-quartile flag and polarity on generated measures", () => {
    expect(getIndicatorByLait("Vacancies_cover")).toMatchObject({
      noQuartile: true,
      polarity: "higher-is-better",
    });
    expect(getIndicatorByLait("CPP_Num")).toMatchObject({
      polarity: "no-judgement",
      unit: "count",
      decimals: 0,
    });
    expect(getIndicatorByLait("Emotional_LAC")).toMatchObject({ unit: "score", polarity: "lower-is-better" });
    expect(getIndicatorByLait("CINPermAbsent_3Term")?.periodType).toBe("academic-year");
  });
});
