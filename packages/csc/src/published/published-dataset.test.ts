import { financialYear, snapshot } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { loadPublished } from "./published-dataset.js";

describe("loadPublished", () => {
  const data = loadPublished();

  it("JSDoc examples", () => {
    expect(data.measures.length).toBe(115);
    expect(data.value("agency-sw-count", "865", "30 Sep 2020")?.value).toBe(22);
    expect(data.value("ReReferral", "970", "2024/25")?.value).toBe(22.6);
    expect(data.latestPeriod("ReReferral")?.label).toBe("2024/25");
    expect(data.series("ReReferral", "865").length).toBe(10);
  });

  it("maps LAIT measures to catalogue ids and accepts ids and aliases", () => {
    expect(data.measure("ReReferral").indicatorId).toBe("re-referrals-12m");
    expect(data.measure("re-referrals-12m").lait).toBe("ReReferral");
    expect(data.measure("Repeat CP Plan").lait).toBe("PrevRegCPR");
    expect(data.series("cpp-repeat", "865")[0]?.indicatorId).toBe("cpp-repeat");
  });

  it("is cached", () => expect(loadPublished()).toBe(data));

  it("names both of its sources: LAIT and the CSWW census its workforce counts come from", () => {
    expect(data.source).toMatch(/Local Authority Interactive Tool \(LAIT\).*workforce \(CSWW\) census/);
    expect(data.series("sw-vacancy-count", "865").every((o) => o.source?.startsWith("DfE CSWW "))).toBe(true);
  });

  it("decodes each cell once, whichever lookup reads it first: series, values and value agree", () => {
    // A measure no other test reads first, so that series() decodes its cells before values() does.
    const id = "CPPlans2yrs";
    const series = data.series(id, "865");
    expect(series.length).toBeGreaterThan(1);
    for (const o of series) {
      const all = data.values(id, o.period);
      expect(all.find((x) => x.area === "865")).toBe(o);
      expect(data.value(id, "865", o.period)).toBe(o);
      expect(all.map((x) => x.area)).toEqual(data.areaCodes.filter((c) => data.value(id, c, o.period)));
      expect(all.every((x) => data.series(id, x.area).includes(x))).toBe(true);
    }
  });

  it("looks periods up by Period, label, key or LAIT year label", () => {
    const a = data.value("ReReferral", "865", financialYear(2023));
    expect(a?.value).toBe(data.value("ReReferral", "865", "2024")?.value);
    expect(data.value("ReReferral", "865", "financial-year:2023-04-01/2024-03-31")?.value).toBe(a?.value);
    expect(data.values("ReReferral", "2019/20").length).toBe(170);
    expect(data.values("ReReferral", "1999/00")).toEqual([]);
  });

  it("maps LAIT year types to periods", () => {
    expect(data.periods("CIN").at(-1)).toEqual(snapshot("2025-03-31"));
    expect(data.periods("Work_Force_Agecy_Rate").at(-1)).toEqual(snapshot("2025-09-30"));
    expect(data.periods("ReReferral")[0]?.label).toBe("2015/16");
    expect(data.value("Work_Force_Agecy_Rate", "970", "30 Sep 2025")?.value).toBe(13);
  });

  it("keeps '-' as a status, never a number", () => {
    const legacy = data.value("CIN", "837", "31 Mar 2025");
    expect(legacy?.status).toBe("not-available");
    expect(legacy?.value).toBeNull();
    expect(legacy?.note).toContain("-");
  });

  it("gives measure metadata with LAIT polarity", () => {
    expect(data.measure("ReReferral").polarity).toBe("lower-is-better");
    expect(data.measure("CareLeaverEET").polarity).toBe("higher-is-better");
    expect(data.measure("CIN").polarity).toBe("no-judgement");
    expect(data.measure("rereferral").lait).toBe("ReReferral");
    expect(data.findMeasure("no such thing")).toBeUndefined();
    expect(() => data.measure("no such thing")).toThrow(/not a LAIT measure/);
  });
});
