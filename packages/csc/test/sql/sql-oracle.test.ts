// Issue 10 §5: the SQL formulation of every measure (packages/csc/sql/*.sql, on DuckDB) gives the same
// numerators and denominators as the TypeScript engine on several years of synthetic returns with edge cases.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  computeReturnsMeasures,
  computeReturnsMeasuresSql,
  parseCinCensusXml,
  type ReturnsMeasureOptions,
  type ReturnYear,
  readPostcodeLookup,
  readSsda903,
  synthReturns,
} from "../../src/index.js";
import { addDays, daysBetween } from "../../src/returns/dates.js";
import { flattenReturns } from "../../src/returns/measures/flat-tables.js";
import { runMeasuresSql } from "../../src/returns/measures/sql-engine.js";
import { duckConnection, loadDuckDb } from "./duckdb-engine.js";

const duck = await loadDuckDb();
if (typeof duck === "string") console.warn(`SQL oracle tests skipped: ${duck}`);
const withDuck = typeof duck === "string" ? describe.skip : describe;

/** Synthetic returns read back with the project's readers, one ReturnYear per year. */
export function synthYears(first: number, last: number, scale: number, seed: number): ReturnYear[] {
  const files = synthReturns({ la: "865", firstYear: first, lastYear: last, scale, seed });
  const years: ReturnYear[] = [];
  for (let year = first; year <= last; year++) {
    const label = `${year}-${String(year + 1).slice(2)}`;
    const mine = files.filter((f) => f.path.startsWith(`${label}/`));
    const cinFile = mine.find((f) => f.path.endsWith(".xml"));
    const cin = parseCinCensusXml(cinFile?.text ?? "", { file: cinFile?.path });
    const ssda903 = readSsda903(
      Object.fromEntries(mine.filter((f) => f.path.endsWith(".csv")).map((f) => [f.path, f.text])),
    );
    years.push({ year, cin, ssda903 });
  }
  return years;
}

// The SQL's value column is the median or mean; for the distance it counts the unknown distances (checked below).
const value = (s: { indicatorId: string; value: number | null }) =>
  s.indicatorId === "cla-distance-20m" ? null : s.value;

/**
 * The years with temporary placements (PLACE T0–T4) put into closed episodes of 12 days or more: the episode
 * cut 6 days before its end, a temporary placement for 3 days (begun with P or B) and the return (P) for the
 * last 3: to the same placement (most), to another PLACE, after a gap of a day, or as a run of two temporary
 * placements; some open episodes end in a temporary placement still open.
 */
function withTemporaryPlacements(years: readonly ReturnYear[]): ReturnYear[] {
  return years.map((y) => {
    const ep = y.ssda903?.tables.episodes;
    if (!ep || !y.ssda903) return y;
    const rows = ep.rows.flatMap((r, i) => {
      const { DECOM: decom, DEC: dec } = r.values;
      if (!decom) return [r];
      const piece = (values: Record<string, string | null>) => ({ ...r, values: { ...r.values, ...values } });
      const temporary = (from: string, to: string | null, place: string) =>
        piece({
          DECOM: from,
          DEC: to,
          RNE: i % 2 === 0 ? "P" : "B",
          PLACE: place,
          PL_POST: null,
          REC: to && "X1",
        });
      if (!dec) {
        if (i % 9 !== 1) return [r];
        const cut = addDays(decom, 40);
        return [piece({ DEC: cut, REC: "X1" }), temporary(cut, null, "T2")];
      }
      if (i % 4 !== 0 || daysBetween(decom, dec) < 12) return [r];
      const [a, b] = [addDays(dec, -6), addDays(dec, -3)];
      const kind = (i / 4) % 5;
      const back = piece({ DECOM: b, RNE: "P", PLACE: kind === 1 ? "U6" : (r.values.PLACE ?? null) });
      if (kind === 2) return [piece({ DEC: a, REC: "X1" }), temporary(addDays(a, 1), b, "T1"), back];
      if (kind === 3)
        return [
          piece({ DEC: a, REC: "X1" }),
          temporary(a, addDays(a, 1), "T3"),
          temporary(addDays(a, 1), b, "T4"),
          back,
        ];
      return [piece({ DEC: a, REC: "X1" }), temporary(a, b, `T${i % 5}`), back];
    });
    return { ...y, ssda903: { ...y.ssda903, tables: { ...y.ssda903.tables, episodes: { ...ep, rows } } } };
  });
}

const compare = async (years: readonly ReturnYear[], options: ReturnsMeasureOptions) => {
  if (typeof duck === "string") throw new Error(duck);
  // A population, so that the rates are given (their numerators are compared; the SQL has no population).
  const ts = computeReturnsMeasures(years, { population: 50_000, ...options }).observations;
  const db = await duckConnection(duck);
  const sql = await runMeasuresSql(
    db,
    flattenReturns(years.filter((y) => y.year <= options.year)),
    options,
  ).finally(() => db.close());
  const rows = sql.map((s) => {
    const o = ts.find((t) => t.indicatorId === s.indicatorId);
    return {
      id: s.indicatorId,
      ts: [
        o?.numerator,
        s.indicatorId.endsWith("-rate") ? null : (o?.denominator ?? null),
        o?.denominator === undefined || value(s) === null ? null : o.value,
      ],
      sql: [s.numerator, s.denominator, value(s)],
    };
  });
  return { rows, ts, sql };
};

withDuck("the SQL oracle", () => {
  let years: ReturnYear[] = [];
  beforeAll(() => {
    years = synthYears(2019, 2024, 0.15, 11);
  });

  it("reads the synthetic years without an error", () => {
    const errors = years
      .flatMap((y) => [...(y.cin?.issues ?? []), ...(y.ssda903?.issues ?? [])])
      .filter((i) => i.severity === "error");
    expect(errors).toEqual([]);
  });

  it.each([2021, 2022, 2023, 2024])(
    "gives the TypeScript engine's counts for the year starting in %i",
    async (year) => {
      const { rows, sql } = await compare(years, { year });
      expect(sql.map((s) => s.indicatorId).sort()).toEqual(
        [
          "re-referrals-12m",
          "assessments-45wd",
          "assessments-median-wd",
          "icpc-15wd",
          "cpp-repeat",
          "cpp-ceased-2y",
          "cpp-open-2y",
          "referrals-count",
          "cin-count",
          "cin-rate",
          "cpp-count",
          "cla-3-placements",
          "cla-long-term-stability",
          "cla-distance-20m",
          "cla-missing",
          "cla-count",
          "adoption-a1",
          "adoption-a2",
        ].sort(),
      );
      for (const r of rows) expect([r.id, ...r.ts], r.id).toEqual([r.id, ...r.sql]);
      // Not a vacuous match: every percentage has records in its denominator.
      for (const r of rows.filter((x) => x.sql[1] !== null))
        expect([r.id, (r.sql[1] ?? 0) > 0]).toEqual([r.id, true]);
    },
  );

  it.each([
    ["child-level re-referrals", { reReferralLevel: "child" }],
    ["inclusive working days", { workingDays: "inclusive" }],
    ["missing or away", { missing: "missing-or-away" }],
    ["away", { missing: "away" }],
    ["temporary placements counted", { temporaryPlacements: "count" }],
    ["temporary placements continued", { temporaryPlacements: "continue" }],
  ] as const)("agrees with the option %s", async (_name, extra) => {
    const { rows } = await compare(years, { year: 2023, ...extra });
    for (const r of rows) expect([r.id, ...r.ts], r.id).toEqual([r.id, ...r.sql]);
  });

  it.each([
    [2021, "count"],
    [2021, "continue"],
    [2023, "count"],
    [2023, "continue"],
  ] as const)(
    "agrees with temporary placements in the returns for %i, %s",
    async (year, temporaryPlacements) => {
      const { rows } = await compare(withTemporaryPlacements(years), { year, temporaryPlacements });
      for (const r of rows) expect([r.id, ...r.ts], r.id).toEqual([r.id, ...r.sql]);
    },
  );

  it.each([2021, 2022, 2023])(
    "agrees on the edge cases alone (scale 0) for the year starting in %i",
    async (year) => {
      const { rows } = await compare(synthYears(2019, 2024, 0, 1), { year });
      for (const r of rows) expect([r.id, ...r.ts], r.id).toEqual([r.id, ...r.sql]);
    },
  );

  it.each([2022, 2023])(
    "computeReturnsMeasuresSql gives the TypeScript engine's observations for the year starting in %i",
    async (year) => {
      if (typeof duck === "string") throw new Error(duck);
      const db = await duckConnection(duck);
      const options = { year, area: "865", population: 80_000 };
      const viaSql = await computeReturnsMeasuresSql(years, options, db).finally(() => db.close());
      const ts = computeReturnsMeasures(years, options).observations;
      // Numerically the same (the median and means to 1e-9), with the same status and note.
      const round = (o: (typeof ts)[number]) => ({
        ...o,
        value: o.value === null ? null : Math.round(o.value * 1e9) / 1e9,
      });
      expect(viaSql.observations.map(round)).toEqual(ts.map(round));
    },
  );

  it("agrees for any seed, scale and year, with end dates made unreadable at random (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 0.06, noNaN: true }),
        fc.integer({ min: 2020, max: 2022 }),
        fc.integer({ min: 0, max: 20 }),
        async (seed, scale, year, every) => {
          const ys = synthYears(2018, 2022, scale, seed).map((y) => {
            const ep = y.ssda903?.tables.episodes;
            if (every === 0 || !ep || !y.ssda903) return y;
            const rows = ep.rows.map((r, i) =>
              i % every === 0 && r.values.DEC
                ? { ...r, values: { ...r.values, DEC: null }, invalid: ["DEC"] }
                : r,
            );
            return {
              ...y,
              ssda903: { ...y.ssda903, tables: { ...y.ssda903.tables, episodes: { ...ep, rows } } },
            };
          });
          const { rows } = await compare(ys, { year });
          for (const r of rows) expect([r.id, ...r.ts], r.id).toEqual([r.id, ...r.sql]);
        },
      ),
      { numRuns: 8, seed: 20231 },
    );
  }, 90_000);

  it.each([2022, 2023])("agrees with the postcode lookup for the year starting in %i", async (year) => {
    const lookup = synthReturns({
      la: "865",
      firstYear: 2019,
      lastYear: 2024,
      scale: 0.15,
      seed: 11,
      postcodes: true,
    }).find((f) => f.path === "postcodes.csv");
    const postcodes = readPostcodeLookup(lookup?.text ?? "").postcodes;
    const { rows, sql } = await compare(years, { year, postcodes });
    for (const r of rows) expect([r.id, ...r.ts], r.id).toEqual([r.id, ...r.sql]);
    const distance = sql.find((s) => s.indicatorId === "cla-distance-20m");
    // Real distances: some children placed more than 20 miles away outside the LA, a few postcodes unknown.
    expect(postcodes.size).toBeGreaterThan(100);
    expect(distance?.numerator).toBeGreaterThan(0);
    expect(distance?.value).toBeLessThan((distance?.denominator ?? 0) / 4);
  });

  it("options change the figures they name", async () => {
    const base = (await compare(years, { year: 2023 })).sql;
    const child = (await compare(years, { year: 2023, reReferralLevel: "child" })).sql;
    const incl = (await compare(years, { year: 2023, workingDays: "inclusive" })).sql;
    const pick = (s: typeof base, id: string) => s.find((x) => x.indicatorId === id);
    expect(pick(child, "re-referrals-12m")!.denominator).toBeLessThan(
      pick(base, "re-referrals-12m")!.denominator!,
    );
    expect(pick(incl, "assessments-45wd")!.numerator).toBeLessThan(pick(base, "assessments-45wd")!.numerator);
    // Temporary placements: counted, each is two more placements and restarts the placement; continued, not.
    const moved = withTemporaryPlacements(years);
    const counted = (await compare(moved, { year: 2023 })).sql;
    const kept = (await compare(moved, { year: 2023, temporaryPlacements: "continue" })).sql;
    const continued = (await compare(years, { year: 2023, temporaryPlacements: "continue" })).sql;
    for (const id of ["cla-3-placements", "cla-long-term-stability"]) {
      expect([id, pick(kept, id)!.numerator < pick(counted, id)!.numerator]).toEqual([
        id,
        id === "cla-3-placements",
      ]);
      expect([id, pick(kept, id)!.denominator]).toEqual([id, pick(counted, id)!.denominator]);
      // Without temporary placements in the returns the option changes nothing.
      expect([id, pick(continued, id)]).toEqual([id, pick(base, id)]);
    }
    expect(pick(kept, "cla-long-term-stability")!.numerator).toBeGreaterThan(
      pick(counted, "cla-long-term-stability")!.numerator,
    );
  });

  it("treats an unreadable end date as an error for that record in both engines, never as open", async () => {
    const damaged: ReturnYear[] = years.map((y) => {
      if (y.year !== 2023 || !y.ssda903?.tables.episodes) return y;
      const ep = y.ssda903.tables.episodes;
      // Every tenth closed episode's DEC made unreadable, as the reader leaves it.
      const rows = ep.rows.map((r, i) =>
        i % 10 === 0 && r.values.DEC ? { ...r, values: { ...r.values, DEC: null }, invalid: ["DEC"] } : r,
      );
      return { ...y, ssda903: { ...y.ssda903, tables: { ...y.ssda903.tables, episodes: { ...ep, rows } } } };
    });
    const { rows, ts } = await compare(damaged, { year: 2023 });
    for (const r of rows) expect([r.id, ...r.ts], r.id).toEqual([r.id, ...r.sql]);
    const before = computeReturnsMeasures(years, { year: 2023 }).observations.find(
      (o) => o.indicatorId === "cla-count",
    );
    const after = ts.find((o) => o.indicatorId === "cla-count");
    expect(after!.numerator!).toBeLessThan(before!.numerator!);
  });
});
