// LAIT parity: rank and band for the real measures in methods/lait, and neighbour means recomputed by hand
// from the raw LAIT file and the neighbour lists.
import { describe, expect, it } from "vitest";
import { benchmarkIndicator } from "../src/benchmark/benchmark-indicator.js";
import { readSharedCsv } from "./shared-data.js";

const close = (a: number | null | undefined, b: number) => {
  expect(a).not.toBeNull();
  expect(Math.abs((a ?? Number.NaN) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
};

describe("LAIT real quartile and rank cases", () => {
  const cases = readSharedCsv("methods/lait/lait_real_quartile_rank_cases.csv");
  const indicators = [...new Set(cases.map((c) => `${c.indicator}|${c.year}`))];

  it("covers 7 measures", () => expect(indicators.length).toBe(7));

  it.each(indicators)("%s: every LA's rank and band", (key) => {
    const [indicator = "", year = ""] = key.split("|");
    const b = benchmarkIndicator(indicator, { period: year });
    const rows = new Map(b.rows.map((r) => [r.laCode, r]));
    let checked = 0;
    for (const c of cases.filter((x) => x.indicator === indicator && x.year === year)) {
      const code = c.la_number ?? "";
      if (Number(code) >= 970) {
        expect(rows.has(code)).toBe(false); // regions and England are comparators, not ranked rows
        continue;
      }
      const r = rows.get(code);
      expect(r, code).toBeDefined();
      expect(r?.rank ?? "", `${indicator} ${code} rank`).toBe(c.rank === "" ? "" : Number(c.rank));
      // The fixture writes a missing band as "" (no value) or "-" (no polarity).
      const band = c.quartile_band === "" || c.quartile_band === "-" ? null : c.quartile_band;
      expect(r?.band, `${indicator} ${code} band`).toBe(band);
      if (c.value === "") expect(r?.value).toBeNull();
      else close(r?.value, Number(c.value));
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });
});

describe("neighbour means by hand from the raw files", () => {
  const lait = readSharedCsv("published/lait/lait_csc_indicators_long.csv");
  const value = new Map(lait.map((r) => [`${r.measure_short}|${r.year_label}|${r.la_number}`, r.value_raw]));
  const nbs = (model: string) => {
    const m = new Map<string, string[]>();
    for (const r of readSharedCsv(`reference/statistical_neighbours_${model}_long.csv`).sort(
      (a, b) => Number(a.rank) - Number(b.rank),
    )) {
      if (r.neighbour_dfe_la_code)
        m.set(r.dfe_la_code ?? "", [...(m.get(r.dfe_la_code ?? "") ?? []), r.neighbour_dfe_la_code]);
    }
    return m;
  };
  const lists = { "2025": nbs("2025"), "2021": nbs("2021") };

  it.each([
    ["ReReferral", "2025", "865", "2025"],
    ["ReReferral", "2019", "865", "2025"],
    ["PrevRegCPR", "2023", "202", "2025"],
    ["CareLeaverEET", "2025", "909", "2025"], // Cumbria: legacy LA with neighbours but no 2025 value
    ["CareLeaverEET", "2022", "942", "2025"],
    ["LACDistance", "2021", "825", "2021"],
    ["CP_conf_15days", "2025", "420", "2025"],
    ["Work_Force_Agecy_Rate", "2024", "330", "2025"],
    ["CIN", "2018", "940", "2025"], // North Northamptonshire's neighbours, in a year before it existed
  ])("%s %s for %s (model %s)", (measure, year, la, model) => {
    const neighbours = lists[model as "2025" | "2021"].get(la) ?? [];
    const nums = neighbours
      .map((n) => value.get(`${measure}|${year}|${n}`))
      .filter((v) => v !== undefined && v !== "-")
      .map(Number);
    const b = benchmarkIndicator(measure, { period: year, neighbourModel: model as "2025" | "2021" });
    const r = b.rows.find((x) => x.laCode === la);
    expect(r?.neighbourCount).toBe(nums.length);
    expect(r?.neighbourOf).toBe(neighbours.length);
    if (nums.length === 0) expect(r?.neighbourAverage).toBeNull();
    else close(r?.neighbourAverage, nums.reduce((s, x) => s + x, 0) / nums.length);
    const sorted = [...nums].sort((a, b2) => a - b2);
    const mid = (sorted.length - 1) / 2;
    const median = ((sorted[Math.floor(mid)] ?? 0) + (sorted[Math.ceil(mid)] ?? 0)) / 2;
    const med = benchmarkIndicator(measure, {
      period: year,
      neighbourModel: model as "2025" | "2021",
      aggregate: "median",
    });
    if (nums.length > 0) close(med.rows.find((x) => x.laCode === la)?.neighbourAverage, median);
  });

  it("uses the published region and England rows, and Inner/Outer London with a London fallback", () => {
    for (const [measure, year, la, region] of [
      ["ReReferral", "2025", "865", "990"],
      ["ReReferral", "2025", "202", "987"],
      ["ReReferral", "2025", "302", "988"],
      ["PrevRegCPR", "2020", "815", "982"],
    ] as const) {
      const b = benchmarkIndicator(measure, { period: year });
      const r = b.rows.find((x) => x.laCode === la);
      expect(r?.regionCode).toBe(region);
      close(r?.regionValue, Number(value.get(`${measure}|${year}|${region}`)));
      close(r?.englandValue, Number(value.get(`${measure}|${year}|970`)));
    }
    // Where Inner/Outer London has no value but London has, boroughs fall back to London.
    const fallback = lait.find(
      (r) =>
        r.la_number === "987" &&
        r.value_raw === "-" &&
        value.get(`${r.measure_short}|${r.year_label}|986`) !== "-",
    );
    expect(fallback?.measure_short).toBe("Number_Foster_Places(New)");
    if (fallback) {
      const b = benchmarkIndicator(fallback.measure_short ?? "", { period: fallback.year_label ?? "" });
      const r = b.rows.find((x) => x.laCode === "202");
      expect(r?.regionCode).toBe("986");
      close(r?.regionValue, Number(value.get(`${fallback.measure_short}|${fallback.year_label}|986`)));
    }
  });
});
