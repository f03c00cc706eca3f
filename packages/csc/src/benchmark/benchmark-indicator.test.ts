import { financialYear, isKpikitError, snapshot } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { benchmarkIndicator } from "./benchmark-indicator.js";

const row = (b: ReturnType<typeof benchmarkIndicator>, code: string) => b.rows.find((r) => r.laCode === code);

describe("benchmarkIndicator", () => {
  it("JSDoc examples", () => {
    const b = benchmarkIndicator("PrevRegCPR", { period: "2024/25" });
    const wilts = b.rows.find((r) => r.laCode === "865");
    expect(wilts?.value).toBe(25);
    expect([wilts?.rank, wilts?.rankOf, wilts?.band]).toEqual([86, 152, "C"]);
    expect(wilts?.neighbourAverage).toBe(26.3);
    expect(wilts?.change).toBe(-0.6);
    expect(b.england.value).toBe(24.5);
    expect(b.regions.find((r) => r.code === "990")?.value).toBe(26.2);
    expect(benchmarkIndicator("cpp-repeat", "2023/24").period.label).toBe("2023/24");
  });

  it("takes the period as the second argument", () => {
    expect(benchmarkIndicator("CIN", snapshot("2020-03-31")).period).toEqual(snapshot("2020-03-31"));
    expect(benchmarkIndicator("CIN", "31 Mar 2021").period).toEqual(snapshot("2021-03-31"));
  });

  it("lists the published region rows, Inner and Outer London included", () => {
    const b = benchmarkIndicator("ReReferral", { period: "2024/25" });
    expect(b.regions.map((r) => r.code)).toEqual([
      "980",
      "981",
      "982",
      "983",
      "984",
      "985",
      "986",
      "987",
      "988",
      "989",
      "990",
    ]);
    expect(b.regions.find((r) => r.code === "987")?.name).toBe("Inner London");
  });

  it("defaults to the latest period and accepts Period objects and LAIT year labels", () => {
    expect(benchmarkIndicator("ReReferral").period).toEqual(financialYear(2024));
    expect(benchmarkIndicator("ReReferral", { period: "2024" }).period).toEqual(financialYear(2023));
    expect(benchmarkIndicator("CIN", { period: snapshot("2020-03-31") }).previousPeriod).toEqual(
      snapshot("2019-03-31"),
    );
  });

  it("lists LAs only, including legacy LAs while they have rows, with region and England rows as comparators", () => {
    const b = benchmarkIndicator("ReReferral", { period: "2019/20" });
    const codes = b.rows.map((r) => Number(r.laCode));
    expect(Math.max(...codes)).toBeLessThan(970);
    expect(row(b, "928")?.value).not.toBeNull(); // Northamptonshire still reported in 2019/20
    expect(row(b, "940")?.value).toBeNull();
    expect(row(b, "940")?.status).toBe("not-available");
    expect(row(b, "940")?.rank).toBeNull();
    const withValue = b.rows.filter((r) => r.value !== null).length;
    expect(row(b, "865")?.rankOf).toBe(withValue);
  });

  it("compares London boroughs with Inner or Outer London", () => {
    const b = benchmarkIndicator("ReReferral", { period: "2024/25" });
    expect(row(b, "202")?.regionCode).toBe("987");
    expect(row(b, "202")?.regionName).toBe("Inner London");
    expect(row(b, "302")?.regionCode).toBe("988");
    expect(row(b, "865")?.regionCode).toBe("990");
  });

  it("gives no rank or band for a no-judgement measure, and offers the median", () => {
    const b = benchmarkIndicator("CIN", { period: "31 Mar 2025" });
    expect(b.polarity).toBe("no-judgement");
    expect(b.rows.every((r) => r.rank === null && r.band === null)).toBe(true);
    const m = benchmarkIndicator("CIN", { period: "31 Mar 2025", aggregate: "median" });
    expect(m.aggregate).toBe("median");
    expect(row(m, "865")?.neighbourAverage).not.toBe(row(b, "865")?.neighbourAverage);
  });

  it("ranks but does not band a measure LAIT flags no-quartile", () => {
    const b = benchmarkIndicator("Vacancies_cover");
    expect(b.indicator.noQuartile).toBe(true);
    expect(b.polarity).toBe("higher-is-better");
    const ranked = b.rows.filter((r) => r.value !== null);
    expect(ranked.length).toBeGreaterThan(100);
    expect(ranked.every((r) => r.rank !== null && r.band === null)).toBe(true);
    expect(Math.min(...ranked.map((r) => r.rank ?? 0))).toBe(1);
  });

  it("throws named errors for unknown indicators and periods", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isKpikitError(e) ? e.code : "other";
      }
      return "none";
    };
    expect(code(() => benchmarkIndicator("no such indicator"))).toBe("unknown-indicator");
    expect(code(() => benchmarkIndicator("ReReferral", { period: "1999/00" }))).toBe("unknown-period");
  });
});
