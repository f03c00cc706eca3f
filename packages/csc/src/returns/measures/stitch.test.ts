import { describe, expect, it } from "vitest";
import type { CinPlanRow, CinReferralRow, EpisodeRow, FlatTables } from "./flat-tables.js";
import { stitch } from "./stitch.js";

const referral = (year: number, child: string, date: string | null, nfa = false): CinReferralRow => ({
  year,
  child,
  referral: date,
  closure: null,
  closureInvalid: false,
  nfa,
  icpc: null,
});
const plan = (year: number, child: string, start: string): CinPlanRow => ({
  year,
  child,
  start,
  end: null,
  endInvalid: false,
  previous: null,
});
const episode = (year: number, child: string, decom: string): EpisodeRow => ({
  year,
  child,
  decom,
  dec: null,
  decInvalid: false,
  rne: "S",
  ls: "C2",
  place: "U1",
  rec: null,
  homePost: null,
  plPost: null,
  distance: null,
  location: null,
});

function flat(parts: Partial<FlatTables>): FlatTables {
  return {
    years: [2022, 2023],
    cinYears: [2022, 2023],
    ssda903Years: [2022, 2023],
    cinChildren: [],
    referrals: [],
    assessments: [],
    section47: [],
    plans: [],
    header: [],
    episodes: [],
    missing: [],
    adoptions: [],
    annexA: [],
    ...parts,
  };
}

describe("stitch", () => {
  const s = stitch(
    flat({
      referrals: [
        referral(2023, "B", "2023-06-01", true),
        referral(2022, "B", "2023-06-01"),
        referral(2023, "A", "2023-05-01"),
        referral(2022, "A", "2022-05-01"),
        referral(2023, "A", "2023-05-01"),
        referral(2023, "C", null),
        referral(2024, "D", "2024-05-01"),
      ],
      plans: [plan(2023, "C", "2023-07-01"), plan(2022, "C", "2022-07-01")],
      episodes: [episode(2023, "E", "2023-09-01"), episode(2023, "E", "2023-04-01")],
    }),
    2023,
  );

  it("takes a record in several years' files once, from the latest file", () => {
    expect(s.referrals.get("B")).toEqual([referral(2023, "B", "2023-06-01", true)]);
  });

  it("gives a child's rows in key order and its repeats in the year's own file once, counted", () => {
    expect(s.referrals.get("A")?.map((r) => r.referral)).toEqual(["2022-05-01", "2023-05-01"]);
    expect(s.repeated.referrals).toBe(1);
  });

  it("leaves out undated rows and later years, and has nothing for a child with no rows in a table", () => {
    expect(s.referrals.get("C")).toBeUndefined();
    expect(s.referrals.get("D")).toBeUndefined();
    expect(s.undated.referrals).toBe(1);
    expect(s.plans.get("A")).toBeUndefined();
    expect(s.plans.get("C")?.map((p) => p.start)).toEqual(["2022-07-01", "2023-07-01"]);
    expect(s.episodes.get("E")?.map((e) => e.decom)).toEqual(["2023-04-01", "2023-09-01"]);
  });

  it("iterates only the children a table has, in their identifiers' order", () => {
    expect([...s.referrals].map(([child, rows]) => [child, rows.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
    expect([...s.episodes].map(([child]) => child)).toEqual(["E"]);
    expect([...s.missing]).toEqual([]);
  });
});
