// The measures counted by hand on the synthetic returns' edge cases for 2023-24 alone (docs/measures.md lists
// them), from files of 2020-21 to 2023-24 as a council's system writes them.
import { describe, expect, it } from "vitest";
import { addEdgeCases } from "../../synth/edge-cases.js";
import { cinCensusXml, ssda903Csvs } from "../../synth/emit.js";
import type { SynthWorld } from "../../synth/model.js";
import { EDGE_POSTCODES, postcodeLookupCsv } from "../../synth/postcodes.js";
import type { ReturnYear } from "../measure-types.js";
import { parseCinCensusXml } from "../parse-cin-census-xml.js";
import { readSsda903 } from "../read-ssda903.js";
import { computeReturnsMeasures } from "./compute-returns-measures.js";
import { readPostcodeLookup } from "./read-postcode-lookup.js";

function edgeYears(edgeYear: number, first: number, last: number): ReturnYear[] {
  const world: SynthWorld = {
    cinChildren: [],
    referrals: [],
    lacChildren: [],
    episodes: [],
    missing: [],
    adoptions: [],
    postcodes: [],
  };
  addEdgeCases(world, edgeYear);
  const years: ReturnYear[] = [];
  for (let year = first; year <= last; year++) {
    const cin = parseCinCensusXml(cinCensusXml(world, year, "865"));
    const ssda903 = readSsda903(ssda903Csvs(world, year, "865"));
    years.push({ year, cin, ssda903 });
  }
  return years;
}

const years = edgeYears(2023, 2020, 2023);
/** The synthetic postcode lookup (the fixed postcodes of the edge cases). */
const postcodes = readPostcodeLookup(postcodeLookupCsv(EDGE_POSTCODES)).postcodes;
const figures = (ys: readonly ReturnYear[], options: Parameters<typeof computeReturnsMeasures>[1]) => {
  const m = computeReturnsMeasures(ys, { postcodes, ...options });
  return Object.fromEntries(m.observations.map((o) => [o.indicatorId, [o.numerator, o.denominator ?? null]]));
};

describe("computeReturnsMeasures on the 2023-24 edge cases, counted by hand", () => {
  it("reads the files without an error", () => {
    const errors = years.flatMap((y) => [...(y.cin?.issues ?? []), ...(y.ssda903?.issues ?? [])]);
    expect(errors.filter((i) => i.severity === "error")).toEqual([]);
  });

  const got = figures(years, { year: 2023 });
  it.each([
    // 12 referrals in the year; one follows a referral exactly 12 months before 29 February 2024 (28 February 2023).
    ["re-referrals-12m", [1, 12]],
    // Same day (0), 45 and 46 working days over Christmas and over the spring bank holidays.
    ["assessments-45wd", [3, 5]],
    ["assessments-median-wd", [0 + 45 + 46 + 45 + 46, 5]],
    // 7 working days over the late May bank holiday, 15 and 16 over Christmas; the transfer-in left out.
    ["icpc-15wd", [2, 3]],
    // Plans starting in the year: one with NumberOfPreviousCPP 0, the transfer-in one with 1.
    ["cpp-repeat", [1, 2]],
    // Ended in the year: 730 days (yes), 729 (no), and the plan ending on 31 March.
    ["cpp-ceased-2y", [1, 3]],
    // Open at 31 March: 730 days across 29 February 2024 (yes), 729 (no), the transfer-in plan.
    ["cpp-open-2y", [1, 3]],
    ["referrals-count", [12, null]],
    ["cin-count", [6, null]],
    ["cpp-count", [3, null]],
    // Looked after at 31 March: not the V3 child, not the one whose episode ended on 31 March; S, P, B is 3.
    ["cla-3-placements", [1, 13]],
    ["cla-count", [13, null]],
    // Since 2020: T kept the carer (yes), a new carer in 2022 (no), placed for adoption with new carers (yes).
    ["cla-long-term-stability", [2, 3]],
    // With the synthetic postcode lookup: 20.1 miles outside the LA counts; 20.0 outside and 24.9 inside do not.
    ["cla-distance-20m", [1, 13]],
    // Ongoing on 1 April, and one starting on 31 March; "away" does not count.
    ["cla-missing", [2, 16]],
    // Adopted on 1 April 2023 and on 31 March 2024: 350 days each; matched 40 days after the order.
    ["adoption-a1", [700, 2]],
    ["adoption-a2", [80, 2]],
  ])("%s", (id, expected) => {
    expect(got[id]).toEqual(expected);
  });

  it.each([
    [{ missing: "missing-or-away" }, "cla-missing", [3, 16]],
    [{ missing: "away" }, "cla-missing", [1, 16]],
    [{ reReferralLevel: "child" }, "re-referrals-12m", [1, 12]],
    // Counting the start day too (each starts on a working day): the 45s become 46, the same day 1.
    [{ workingDays: "inclusive" }, "assessments-45wd", [1, 5]],
  ] as const)("with %j, %s", (options, id, expected) => {
    expect(figures(years, { year: 2023, ...options })[id]).toEqual(expected);
  });

  it("marks a look-back the files do not cover, and does not find the re-referral", () => {
    const alone = computeReturnsMeasures(years.slice(-1), { year: 2023 }).observations;
    const rr = alone.find((o) => o.indicatorId === "re-referrals-12m");
    const st = alone.find((o) => o.indicatorId === "cla-long-term-stability");
    expect([rr?.numerator, rr?.status, rr?.note?.includes("2022-23 CIN census")]).toEqual([
      0,
      "low-reliability",
      true,
    ]);
    expect([st?.status, st?.note?.includes("2022-23 and 2021-22")]).toEqual(["low-reliability", true]);
    const mi = alone.find((o) => o.indicatorId === "cla-missing");
    expect([mi?.status, mi?.note?.includes("2022-23 SSDA903 missing table")]).toEqual([
      "low-reliability",
      true,
    ]);
    expect(
      computeReturnsMeasures(years, { year: 2023 }).observations.every((o) => o.status !== "low-reliability"),
    ).toBe(true);
  });

  it("counts only children in the year's own returns: a child who left before is history", () => {
    // The 2022-23 edge cases, computed for 2023-24 from files up to 2023-24: their children who were still open
    // appear, but a child whose records all ended in 2022-23 does not count in 2023-24's denominators.
    const earlier = edgeYears(2022, 2020, 2023);
    const m = figures(earlier, { year: 2023 });
    const withoutCurrent = figures(
      earlier.map((y) =>
        y.year === 2023 ? { year: 2023, cin: { children: [] }, ssda903: { tables: {} } } : y,
      ),
      { year: 2023 },
    );
    expect(withoutCurrent["cla-count"]).toEqual([0, null]);
    expect(withoutCurrent["referrals-count"]).toEqual([0, null]);
    expect((m["cla-count"]?.[0] ?? 0) > 0).toBe(true);
  });

  it("takes an unreadable end date as an error for that record, never as still open", () => {
    const damaged = years.map((y) => {
      const ep = y.ssda903?.tables.episodes;
      if (y.year !== 2023 || !ep || !y.ssda903) return y;
      // The child whose only episode ended on 31 March 2024: its DEC made unreadable.
      const rows = ep.rows.map((r) =>
        r.values.DEC === "2024-03-31" && r.values.REC === "E13"
          ? { ...r, values: { ...r.values, DEC: null }, invalid: ["DEC"] }
          : r,
      );
      return { ...y, ssda903: { ...y.ssda903, tables: { ...y.ssda903.tables, episodes: { ...ep, rows } } } };
    });
    const m = computeReturnsMeasures(damaged, { year: 2023 });
    // Read as "still open" it would be a 14th child looked after at 31 March.
    const count = m.observations.find((o) => o.indicatorId === "cla-count");
    expect(count?.numerator).toBe(13);
    expect(m.exclusions.filter((e) => e.indicatorId === "cla-count")).toContainEqual({
      indicatorId: "cla-count",
      reason: "an episode's end date (DEC) is unreadable",
      count: 1,
    });
  });

  it("refuses a year that is not one", () => {
    expect(() => computeReturnsMeasures(years, { year: 23.5 })).toThrow(/start year/);
  });
});

describe("the Annex A return-interview figure (List 8, per child)", () => {
  const child = (
    id: string,
    missingEpisodes: number | null,
    interviewOffered: boolean | null,
    interviewAccepted: boolean | null,
    invalid?: ("missingEpisodes" | "interviewOffered" | "interviewAccepted")[],
  ) => ({ child: id, missingEpisodes, interviewOffered, interviewAccepted, ...(invalid ? { invalid } : {}) });
  it.each([
    [
      "accepted, declined, not offered (a miss), never missing (not in the figure)",
      [
        child("1", 3, true, true),
        child("2", 1, true, false),
        child("3", 2, false, null),
        child("4", 0, null, null),
      ],
      [1, 3, []],
    ],
    [
      "a blank answer, a blank count and an unreadable value are left out and counted",
      [
        child("1", 1, true, null),
        child("2", null, true, true),
        child("3", 1, true, null, ["interviewAccepted"]),
      ],
      [
        0,
        0,
        [
          "return interview acceptance not recorded",
          "number of missing episodes not recorded",
          "an Annex A value unreadable",
        ],
      ],
    ],
    [
      "accepted though not offered is contradictory: left out",
      [child("1", 1, false, true), child("2", 4, true, true)],
      [1, 1, ["return interview accepted but recorded as not offered"]],
    ],
    [
      "a child listed twice counts once (the later row)",
      [child("1", 1, true, false), child("1", 1, true, true)],
      [1, 1, []],
    ],
  ])("%s", (_name, children, expected) => {
    const m = computeReturnsMeasures([{ year: 2023, annexA: { children } }], { year: 2023 });
    const o = m.observations.find((x) => x.indicatorId === "missing-rhi-completed");
    expect([o?.numerator, o?.denominator, m.exclusions.map((e) => e.reason)]).toEqual(expected);
  });

  it("says what it counts and how many were not offered, and is absent without Annex A", () => {
    const m = computeReturnsMeasures(
      [{ year: 2023, annexA: { children: [child("1", 2, false, false), child("2", 1, true, true)] } }],
      { year: 2023 },
    );
    const o = m.observations.find((x) => x.indicatorId === "missing-rhi-completed");
    expect([
      o?.value,
      /children, not episodes/.test(o?.note ?? ""),
      /1 not offered/.test(o?.note ?? ""),
    ]).toEqual([50, true, true]);
    const none = computeReturnsMeasures([{ year: 2023 }], { year: 2023 });
    expect(none.observations.some((x) => x.indicatorId === "missing-rhi-completed")).toBe(false);
  });
});

describe("cla-distance-20m", () => {
  const EP =
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
  const ssda903 = readSsda903({
    "episodes.csv": `${EP}1,01/05/2023,S,C2,N1,U1,PR1,,,,AB1 1AA,CD2 2BB,\n2,01/05/2023,S,C2,N1,U1,PR1,,,,AB1 1AA,AB1 2CC,\n3,01/05/2023,S,C2,N1,U1,PR1,,,,AB1 1AA,EF3 3DD,\n4,01/05/2023,S,C2,N1,U1,PR1,,,,,,\n`,
  });
  // Grid references in metres: CD2 2BB is 32,187 m (20.0 miles) east of home, EF3 3DD 40 km north.
  const postcodes = new Map([
    ["AB11AA", { easting: 400000, northing: 300000, la: "E06000054" }],
    ["CD22BB", { easting: 432187, northing: 300000, la: "E06000055" }],
    ["AB12CC", { easting: 400000, northing: 340000, la: "E06000054" }],
    ["EF33DD", { easting: 400000, northing: 340000, la: "E06000056" }],
  ]);
  it.each([
    // 20.0 miles is not more than 20; 24.9 miles but inside the LA does not count; 24.9 outside does; the
    // child with no postcodes stays in the denominator, counted in the note.
    ["with a postcode lookup", { postcodes }, [1, 4, "ok", "1 child's distance"]],
    ["without one", {}, [0, 4, "not-available", "No child's distance"]],
  ] as const)("%s", (_name, extra, expected) => {
    const m = computeReturnsMeasures([{ year: 2023, ssda903 }], { year: 2023, ...extra });
    const o = m.observations.find((x) => x.indicatorId === "cla-distance-20m");
    expect([o?.numerator, o?.denominator, o?.status, o?.note?.slice(0, expected[3].length)]).toEqual(
      expected,
    );
  });

  it.each([
    // PL_DISTANCE and PL_LOCATION, read by the 903 reader, win over the postcodes (which say otherwise here).
    ["25.0 miles OUT", "25.0,OUT", 1, 0],
    ["20.0 miles OUT is not more than 20", "20.0,OUT", 0, 0],
    ["20.1 miles OUT", "20.1,OUT", 1, 0],
    ["30 miles IN the LA", "30,IN", 0, 0],
    ["blank distance and location: from the postcodes (20.0 miles)", ",", 0, 0],
    ["blank distance, no postcodes: unknown, kept in the denominator", ",", 0, 1],
  ])("the file's PL_DISTANCE: %s", (name, cells, hits, unknown) => {
    const noPost = name.includes("no postcodes");
    const rows = `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,HOME_POST,PL_POST,PL_DISTANCE,PL_LOCATION\n1,01/05/2023,S,C2,N1,U1,PR1,${noPost ? "," : "AB1 1AA,CD2 2BB"},${cells}\n2,01/05/2023,S,C2,N1,U1,PR1,AB1 1AA,AB1 2CC,3.5,IN\n`;
    const read = readSsda903({ "episodes.csv": rows });
    expect(read.issues.filter((i) => /PL_(DISTANCE|LOCATION)/.test(i.message))).toEqual([]);
    const m = computeReturnsMeasures([{ year: 2023, ssda903: read }], { year: 2023, postcodes });
    const o = m.observations.find((x) => x.indicatorId === "cla-distance-20m");
    expect([
      o?.numerator,
      o?.denominator,
      unknown > 0 ? /^1 child's distance/.test(o?.note ?? "") : o?.note,
    ]).toEqual([hits, 2, unknown > 0 ? true : undefined]);
  });
});

it("gives rates per 10,000 only with a population", () => {
  const ys = edgeYears(2023, 2022, 2023);
  const without = computeReturnsMeasures(ys, { year: 2023 }).observations.map((o) => o.indicatorId);
  const rate = computeReturnsMeasures(ys, { year: 2023, population: 20_000 }).observations.find(
    (o) => o.indicatorId === "cla-rate",
  );
  expect(without.filter((id) => id.endsWith("-rate"))).toEqual([]);
  expect([rate?.numerator, rate?.denominator, rate?.value]).toEqual([13, 20_000, 6.5]);
});

describe("an unreadable CIN end date", () => {
  const xml = (end: string, closure: string) => `<Message><Children><Child>
    <ChildIdentifiers><LAchildID>A</LAchildID><Sex>F</Sex></ChildIdentifiers>
    <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
    <CINdetails><CINreferralDate>2021-01-10</CINreferralDate><ReferralSource>1A</ReferralSource>
      ${closure}<ReferralNFA>0</ReferralNFA>
      <ChildProtectionPlans><CPPstartDate>2021-02-01</CPPstartDate>${end}
        <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
        <NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans></CINdetails>
  </Child></Children></Message>`;
  it.each([
    ["blank: the plan is open at 31 March", "", "", [1, 1], [1, null], []],
    [
      "unreadable: left out of the plan measures and counted, never open",
      "<CPPendDate>2023-02-30</CPPendDate>",
      "<CINclosureDate>31/03/2023</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>",
      [0, 0],
      [0, null],
      ["plan end date (CPPendDate) unreadable", "a referral's closure date (CINclosureDate) is unreadable"],
    ],
  ])("%s", (_name, end, closure, open2y, cin, reasons) => {
    const cinResult = parseCinCensusXml(xml(end, closure));
    const m = computeReturnsMeasures([{ year: 2023, cin: cinResult }], { year: 2023 });
    const get = (id: string) => m.observations.find((o) => o.indicatorId === id);
    expect([get("cpp-open-2y")?.numerator, get("cpp-open-2y")?.denominator]).toEqual(open2y);
    expect([get("cin-count")?.numerator, get("cin-count")?.denominator ?? null]).toEqual(cin);
    expect([...new Set(m.exclusions.map((e) => e.reason))].filter((r) => r.includes("unreadable"))).toEqual(
      reasons,
    );
  });
});

describe("the working-day edge cases fall on the dates counted by hand", () => {
  // Working days after the start, counted on a calendar: 1 Nov 2023 + 45 skips 25 and 26 Dec and 1 Jan;
  // 17 Apr 2023 + 45 skips 1 May, 8 May (the Coronation) and 29 May; 16 May 2022 + 45 skips 2 and 3 June (the
  // moved spring holiday and the Platinum Jubilee); 22 Aug 2022 + 45 skips 29 Aug and 19 Sep (the Queen's
  // funeral). Each 46 is the next working day.
  it.each([
    [2023, "2023-11-01", "2024-01-08", "2024-01-09"],
    [2023, "2023-04-17", "2023-06-22", "2023-06-23"],
    [2022, "2022-05-16", "2022-07-20", "2022-07-21"],
    [2022, "2022-08-22", "2022-10-26", "2022-10-27"],
  ])("%i: started %s, 45 working days on %s, 46 on %s", (year, start, d45, d46) => {
    const ys = edgeYears(year, year, year);
    const authorised = (ys[0]?.cin?.children ?? [])
      .flatMap((c) => c.details.flatMap((d) => d.assessments))
      .filter((a) => a.startDate === start)
      .map((a) => a.authorisationDate)
      .sort();
    expect(authorised).toEqual([d45, d46]);
    const m = computeReturnsMeasures(ys, { year });
    expect(m.observations.find((o) => o.indicatorId === "assessments-45wd")?.denominator).toBe(
      year === 2022 ? 7 : 5,
    );
  });
});
