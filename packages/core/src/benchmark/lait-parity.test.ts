import { describe, expect, it } from "vitest";
import { readSharedCsv as readCsv } from "../_test/shared-data.js";
import type { Polarity } from "../indicator/types.js";
import { nationalRanks, type QuartileCuts, quartileBand, quartileCuts, rankAndBand } from "./index.js";

const polarityOf = (p: string): Polarity =>
  p === "High" ? "higher-is-better" : p === "Low" ? "lower-is-better" : "no-judgement";
/** LAIT raw values: "-", "c", "..", blank (and anything else non-numeric) are missing. */
const parseRaw = (raw: string): number | null => {
  const t = raw.trim();
  if (t === "" || !/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(t)) return null;
  return Number(t);
};
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("LAIT quartile band unit cases (every row)", () => {
  const rows = readCsv("methods/lait/lait_quartile_band_unit_cases.csv");
  it("has the fixture rows", () => expect(rows.length).toBe(21));
  it.each(rows.map((r) => [r.polarity, r.value, r.expected_band, r] as const))(
    "%s value %s → %s",
    (_p, _v, _e, r) => {
      const cuts = [r.q0, r.q25, r.q50, r.q75, r.q100].map(Number) as unknown as QuartileCuts;
      const band = quartileBand(parseRaw(r.value ?? ""), cuts, polarityOf(r.polarity ?? ""));
      // LAIT's "Error" (outside the range), "NA" (missing) and "-" (no polarity) are all "no band".
      const expected = ["Error", "NA", "-"].includes(r.expected_band ?? "") ? null : r.expected_band;
      expect(band).toBe(expected);
    },
  );
});

describe("LAIT rank unit cases (every row)", () => {
  const rows = readCsv("methods/lait/lait_rank_unit_cases.csv");
  it("has the fixture rows", () => expect(rows.length).toBe(6));
  it.each(rows.map((r) => [r.polarity, r.values, r.expected_ranks, r] as const))(
    "%s %s → %s",
    (_p, _v, _e, r) => {
      const values = (r.values ?? "").split(";").map((v) => (v === "NA" ? null : Number(v)));
      const entries = values.map((value, i) => ({ code: `la${i}`, value }));
      const polarity = polarityOf(r.polarity ?? "");
      const ranks = nationalRanks(entries, polarity);
      const both = rankAndBand(entries, polarity);
      const expected = (r.expected_ranks ?? "")
        .split(";")
        .map((x) => (x === "NA" || x === "-" ? null : Number(x)));
      expect(entries.map((e) => ranks.get(e.code) ?? null)).toEqual(expected);
      expect(entries.map((e) => both.get(e.code)?.rank)).toEqual(expected);
    },
  );
});

describe("LAIT real data: bounds, ranks and bands for every LA", () => {
  const bounds = readCsv("methods/lait/lait_real_quartile_bounds.csv");
  const cases = readCsv("methods/lait/lait_real_quartile_rank_cases.csv");
  it("has the fixture rows", () => {
    expect(bounds.length).toBe(7);
    expect(cases.length).toBe(1190);
  });

  it.each(bounds.map((b) => [b.indicator, b] as const))(
    "%s: type-7 bounds over all LAs (<970) at 1e-9",
    (indicator, b) => {
      const las = cases.filter((c) => c.indicator === indicator && Number(c.la_number) < 970);
      const values = las.map((c) => parseRaw(c.raw_value ?? ""));
      expect(values.filter((v) => v !== null).length).toBe(Number(b.n_las_with_value));
      const cuts = quartileCuts(values);
      const expected = [b.q0, b.q25, b.q50, b.q75, b.q100].map(Number);
      for (const [i, c] of cuts.entries()) {
        expect(close(c, expected[i] as number), `${indicator} cut ${i}: ${c} vs ${expected[i]}`).toBe(true);
      }
    },
  );

  const indicators = [...new Set(cases.map((c) => c.indicator as string))];
  it.each(indicators)("%s: rank and band of every row", (indicator) => {
    const rows = cases.filter((c) => c.indicator === indicator);
    const polarity = polarityOf(rows[0]?.polarity ?? "");
    const la = rows.filter((c) => Number(c.la_number) < 970);
    const result = rankAndBand(
      la.map((c) => ({ code: c.la_number as string, value: parseRaw(c.raw_value ?? "") })),
      polarity,
    );
    let checked = 0;
    for (const c of rows) {
      const got = result.get(c.la_number as string);
      if (Number(c.la_number) >= 970) {
        // Region and England rows are never ranked or banded.
        expect(got).toBeUndefined();
        expect(c.rank).toBe("");
        expect(["", "-"]).toContain(c.quartile_band);
        continue;
      }
      const expectedRank = c.rank === "" ? null : Number(c.rank);
      const expectedBand = c.quartile_band === "" || c.quartile_band === "-" ? null : c.quartile_band;
      expect({ area: c.area, rank: got?.rank, band: got?.band }).toEqual({
        area: c.area,
        rank: expectedRank,
        band: expectedBand,
      });
      checked++;
    }
    expect(checked).toBe(la.length);
  });
});

describe("LAIT data dictionary (every measure)", () => {
  const dictionary = readCsv("methods/lait/lait_indicator_polarity_dictionary.csv");
  const cases = readCsv("methods/lait/lait_real_quartile_rank_cases.csv");
  const entries = [10, 20, 30, 40, 50].map((value, i) => ({ code: `la${i}`, value }));

  it("has the 448 measures, each with a known polarity", () => {
    expect(dictionary.length).toBe(448);
    for (const m of dictionary) expect(["High", "Low", "-", ""]).toContain(m.Polarity);
  });

  it.each(
    dictionary.map((m) => [m.Measure_short, m.Polarity || "(blank)", m.No_Quartile === "N", m] as const),
  )("%s (polarity %s, no-quartile %s): rank and band follow the dictionary", (_short, _p, noQuartile, m) => {
    const polarity = polarityOf(m.Polarity ?? "");
    const r = rankAndBand(entries, polarity, { noQuartile });
    const best = polarity === "lower-is-better" ? "la0" : "la4";
    if (polarity === "no-judgement") {
      // A measure without a polarity (or with a blank one) is neither ranked nor banded.
      expect([...r.values()].every((x) => x.rank === null && x.band === null)).toBe(true);
    } else {
      expect(r.get(best)).toEqual({ rank: 1, rankOf: 5, band: noQuartile ? null : "A" });
    }
  });

  it("agrees with the polarity of the real-data cases", () => {
    const byShort = new Map(dictionary.map((m) => [m.Measure_short, m.Polarity]));
    const indicators = new Map(cases.map((c) => [c.indicator, c.polarity]));
    expect(indicators.size).toBe(7);
    for (const [indicator, polarity] of indicators)
      expect(byShort.get(indicator as string), indicator).toBe(polarity);
  });
});
