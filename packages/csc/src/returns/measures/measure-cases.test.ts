// Small hand-made returns with known answers, one rule at a time: re-referral dates, working days, conferences,
// history from earlier censuses, placements and long-term stability.
import { isKpikitError } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import type { ReturnYear } from "../measure-types.js";
import { parseCinCensusXml } from "../parse-cin-census-xml.js";
import { readSsda903 } from "../read-ssda903.js";
import { computeReturnsMeasures } from "./compute-returns-measures.js";

const census = (children: string) => parseCinCensusXml(`<Message><Children>${children}</Children></Message>`);
const child = (id: string, referrals: readonly string[]) =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics>${referrals
    .map(
      (d) =>
        `<CINdetails><CINreferralDate>${d}</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>`,
    )
    .join("")}</Child>`;

/** One measure's numerator and denominator for 2023-24 from CIN censuses, oldest first (the last is 2023-24). */
function cinFigure(id: string, ...censuses: readonly string[]): [number | null, number | null] {
  const years: ReturnYear[] = censuses.map((xml, i) => ({
    year: 2023 - censuses.length + 1 + i,
    cin: census(xml),
  }));
  const o = computeReturnsMeasures(years, { year: 2023 }).observations.find((x) => x.indicatorId === id);
  return [o?.numerator ?? null, o?.denominator ?? null];
}

describe("re-referrals-12m", () => {
  it.each([
    [["2023-03-31", "2024-03-31"], [1, 1], "exactly 12 months before counts"],
    [["2023-03-30", "2024-03-31"], [0, 1], "a day more than 12 months does not"],
    [["2023-04-01", "2023-04-01"], [0, 1], "the same referral twice counts once"],
    [["2024-04-01", "2025-02-28"], [0, 0], "outside the year"],
    [["2023-02-28", "2024-02-29"], [1, 1], "29 February looks back to 28 February"],
    [["2024-04-01", "2023-06-01"], [0, 1], "a later referral is not a previous one"],
  ])("%j → %j (%s)", (dates, expected) => {
    expect(cinFigure("re-referrals-12m", child("x", dates))).toEqual(expected);
  });

  it("counts a referral repeated in the year's return once, and says so in the exclusions", () => {
    const m = computeReturnsMeasures(
      [{ year: 2023, cin: census(child("x", ["2023-04-01", "2023-04-01"])) }],
      {
        year: 2023,
      },
    );
    const count = m.observations.find((o) => o.indicatorId === "referrals-count");
    expect(count?.value).toBe(1);
    expect(
      m.exclusions.filter((e) => /same referral date/.test(e.reason)).map((e) => [e.indicatorId, e.count]),
    ).toEqual([
      ["re-referrals-12m", 1],
      ["referrals-count", 1],
    ]);
    // The same date in an earlier year's census is history, not a repeat.
    const h = computeReturnsMeasures(
      [
        { year: 2022, cin: census(child("x", ["2023-03-01"])) },
        { year: 2023, cin: census(child("x", ["2023-03-01", "2023-04-01"])) },
      ],
      { year: 2023 },
    );
    expect(h.exclusions.filter((e) => /same referral date/.test(e.reason))).toEqual([]);
  });

  it("joins a child's records across Child elements by LAchildID, and keeps children without one apart", () => {
    expect(cinFigure("re-referrals-12m", child("a", ["2023-01-01"]) + child("a", ["2023-06-01"]))).toEqual([
      1, 1,
    ]);
    const noId = (d: string) => child("", [d]);
    expect(cinFigure("re-referrals-12m", noId("2023-01-01") + noId("2023-06-01"))).toEqual([0, 1]);
  });

  it("an earlier census supplies the previous referral, without being counted; history joins on LAchildID", () => {
    const current = child("x", ["2023-06-01"]);
    expect(cinFigure("re-referrals-12m", child("x", ["2022-09-01"]), current)).toEqual([1, 1]);
    // A child with no record in this year's census is history only: its referral is not counted.
    expect(
      cinFigure("re-referrals-12m", child("x", ["2022-09-01"]) + child("y", ["2023-05-01"]), current),
    ).toEqual([1, 1]);
    expect(cinFigure("re-referrals-12m", child("z", ["2022-09-01"]), current)).toEqual([0, 1]);
  });

  it("gives not-available with no referrals in the year", () => {
    const o = computeReturnsMeasures([{ year: 2023, cin: census("") }], { year: 2023 }).observations;
    expect(
      o
        .filter((x) =>
          ["re-referrals-12m", "assessments-45wd", "icpc-15wd", "cpp-repeat"].includes(x.indicatorId),
        )
        .map((x) => [x.indicatorId, x.status, x.value, x.denominator]),
    ).toEqual([
      ["re-referrals-12m", "not-available", null, 0],
      ["assessments-45wd", "not-available", null, 0],
      ["icpc-15wd", "not-available", null, 0],
      ["cpp-repeat", "not-available", null, 0],
    ]);
  });

  it.each([2023.5, 1999, Number.NaN])("refuses the year %s (invalid-year)", (year) => {
    try {
      computeReturnsMeasures([], { year });
      expect.unreachable();
    } catch (error) {
      expect(isKpikitError(error) && error.code).toBe("invalid-year");
    }
  });
});

describe("assessments-45wd: working days", () => {
  const assessment = (start: string, auth: string) =>
    `<Child><ChildIdentifiers><LAchildID>z</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>${start}</CINreferralDate><ReferralSource>1A</ReferralSource><Assessments><AssessmentActualStartDate>${start}</AssessmentActualStartDate><AssessmentAuthorisationDate>${auth}</AssessmentAuthorisationDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>`;
  const a45 = (start: string, auth: string, year = 2023) => {
    const m = computeReturnsMeasures([{ year, cin: census(assessment(start, auth)) }], { year });
    const o = m.observations.find((x) => x.indicatorId === "assessments-45wd");
    const reasons = m.exclusions.filter((e) => e.indicatorId === "assessments-45wd").map((e) => e.reason);
    return [o?.numerator, o?.denominator, reasons];
  };
  it.each([
    // 4 Dec 2023 (Mon) to 12 Feb 2024 (Mon): 10 weeks = 50 weekdays after the start, less 25 and 26 Dec and
    // 1 Jan = 47 working days; starting a day later removes one each time.
    ["2023-12-04", "2024-02-12", [0, 1, []]],
    ["2023-12-05", "2024-02-12", [0, 1, []]],
    ["2023-12-06", "2024-02-12", [1, 1, []]],
    // A Saturday start counts from the Monday: 9 Dec → 12 Feb = 47 − 4 = 43.
    ["2023-12-09", "2024-02-12", [1, 1, []]],
    ["2023-12-08", "2023-12-08", [1, 1, []]],
  ])("%s → %s gives %j", (start, auth, expected) => {
    expect(a45(start, auth)).toEqual(expected);
  });
  it("leaves out dates outside the working-day calendar, with the reason", () => {
    expect(a45("2028-01-04", "2029-02-01", 2028)).toEqual([
      0,
      0,
      ["a date outside the working-day calendar (2012-2027)"],
    ]);
  });
});

describe("icpc-15wd", () => {
  const withIcpc = (s47: string) =>
    `<Child><ChildIdentifiers><LAchildID>q</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><DateOfInitialCPC>2023-06-26</DateOfInitialCPC>${s47}<ReferralNFA>0</ReferralNFA></CINdetails></Child>`;
  const icpc = (s47: string) => {
    const m = computeReturnsMeasures([{ year: 2023, cin: census(withIcpc(s47)) }], { year: 2023 });
    const o = m.observations.find((x) => x.indicatorId === "icpc-15wd");
    const left = m.exclusions.filter((e) => e.indicatorId === "icpc-15wd").map((e) => e.count);
    return [o?.numerator, o?.denominator, left];
  };
  it("a conference on the referral alone (a transfer-in) cannot be timed and is counted as left out", () => {
    expect(icpc("")).toEqual([0, 0, [1]]);
  });
  it("with its section 47 enquiry it is timed: 5 Jun → 26 Jun 2023 is 15 working days", () => {
    const s47 =
      "<Section47><S47ActualStartDate>2023-06-05</S47ActualStartDate><DateOfInitialCPC>2023-06-26</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>";
    expect(icpc(s47)).toEqual([1, 1, []]);
  });
});

describe("cpp-repeat", () => {
  const plan = (start: string, previous = 0) =>
    `<Child><ChildIdentifiers><LAchildID>p</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>${start}</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA><ChildProtectionPlans><CPPstartDate>${start}</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>${previous}</NumberOfPreviousCPP></ChildProtectionPlans></CINdetails></Child>`;
  it.each([
    [0, [0, 1]],
    [1, [1, 1]],
    [3, [1, 1]],
  ])("a plan starting in the year with NumberOfPreviousCPP %i → %j", (previous, expected) => {
    expect(cinFigure("cpp-repeat", plan("2023-07-01", previous))).toEqual(expected);
  });
  it("an earlier census's plan in the history does not count as a plan starting in the year", () => {
    expect(cinFigure("cpp-repeat", plan("2021-01-01"), plan("2023-07-01"))).toEqual([0, 1]);
  });
});

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";

/** cla-3-placements and cla-long-term-stability for 2023-24 from one year's episodes and header. */
function claFigures(
  episodes: string,
  header: string,
  history: readonly ReturnYear[] = [],
  temporaryPlacements?: "count" | "continue",
) {
  const ssda903 = readSsda903({ "episodes.csv": EP + episodes, "header.csv": HD + header });
  const options = temporaryPlacements === undefined ? { year: 2023 } : { year: 2023, temporaryPlacements };
  const m = computeReturnsMeasures([...history, { year: 2023, ssda903 }], options);
  return ["cla-3-placements", "cla-long-term-stability"].map((id) => {
    const o = m.observations.find((x) => x.indicatorId === id);
    return [o?.numerator ?? null, o?.denominator ?? null];
  });
}

describe("cla-3-placements: placements in the year", () => {
  it.each([
    [
      "legal status changes are not placements",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,L,C1,N1,U1,PR1,01/06/2023,X1,,,,1\n1,01/06/2023,L,E1,N1,U1,PR1,,,,,,1\n",
      [0, 1],
    ],
    [
      "same-carer changes (U, T) are not placements",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,U,C2,N1,A3,PR1,01/06/2023,X1,,,,1\n1,01/06/2023,T,E1,N1,A4,PR1,,,,,,1\n",
      [0, 1],
    ],
    [
      "a new carer (P, B) is",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,P,C2,N1,U2,PR1,01/06/2023,X1,,,,2\n1,01/06/2023,B,E1,N1,U3,PR1,,,,,,3\n",
      [1, 1],
    ],
    [
      "episodes ended by 1 April are not",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/02/2023,X1,,,,1\n1,01/02/2023,P,C2,N1,U2,PR1,01/04/2023,X1,,,,2\n1,01/04/2023,P,C2,N1,U3,PR1,01/05/2023,X1,,,,3\n1,01/05/2023,P,C2,N1,U4,PR1,,,,,,4\n",
      [0, 1],
    ],
    [
      "a child who left care before 31 March is out",
      "1,01/05/2023,S,C2,N1,U1,PR1,01/06/2023,X1,,,,1\n1,01/06/2023,P,C2,N1,U2,PR1,01/07/2023,X1,,,,2\n1,01/07/2023,P,C2,N1,U3,PR1,31/03/2024,E11,,,,3\n",
      [0, 0],
    ],
    [
      "a return to care is a new placement",
      "1,01/05/2023,S,C2,N1,U1,PR1,01/06/2023,E11,,,,1\n1,01/08/2023,S,C2,N1,U1,PR1,01/09/2023,X1,,,,1\n1,01/09/2023,P,C2,N1,U2,PR1,,,,,,2\n",
      [1, 1],
    ],
  ])("%s", (_name, episodes, expected) => {
    expect(claFigures(episodes, "1,1,01/01/2015,WBRI,UN1,,\n")[0]).toEqual(expected);
  });

  // Temporary placements (PLACE T0–T4) begin with RNE P or B, and the return to the placement before with P:
  // "count" (the default) counts each, "continue" keeps the placement across them.
  it.each([
    [
      "one temporary placement and the return (3 placements, or 1)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/06/2023,X1,,,AB1 2CD,1\n1,01/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U1,PR1,,,,,AB12CD,1\n",
      [1, 1],
      [0, 1],
    ],
    [
      "two temporary moves, one straight after the other (4, or 1)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/06/2023,X1,,,,1\n1,01/06/2023,P,C2,N1,T1,PR1,03/06/2023,X1,,,,\n1,03/06/2023,B,C2,N1,T2,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U1,PR1,,,,,,1\n",
      [1, 1],
      [0, 1],
    ],
    [
      "two temporary moves months apart (5, or 1)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/06/2023,X1,,,,1\n1,01/06/2023,P,C2,N1,T0,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U1,PR1,01/09/2023,X1,,,,1\n1,01/09/2023,P,C2,N1,T3,PR1,08/09/2023,X1,,,,\n1,08/09/2023,P,C2,N1,U1,PR1,,,,,,1\n",
      [1, 1],
      [0, 1],
    ],
    [
      "a return to the same PLACE with another carer's postcode is a new placement (4, or 3)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,P,C2,N1,U2,PR1,01/06/2023,X1,,,AB1 2CD,2\n1,01/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U2,PR1,,,,,EF3 4GH,3\n",
      [1, 1],
      [1, 1],
    ],
    [
      "a return to another PLACE is a new placement (4, or 3)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,P,C2,N1,U2,PR1,01/06/2023,X1,,,,2\n1,01/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U3,PR1,,,,,,3\n",
      [1, 1],
      [1, 1],
    ],
    [
      "the same with the return to the placement before (4, or 2)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,P,C2,N1,U2,PR1,01/06/2023,X1,,,,2\n1,01/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U2,PR1,,,,,,2\n",
      [1, 1],
      [0, 1],
    ],
    [
      "in a temporary placement at 31 March (3, or 2)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,P,C2,N1,U2,PR1,28/03/2024,X1,,,,2\n1,28/03/2024,P,C2,N1,T1,PR1,,,,,,\n",
      [1, 1],
      [0, 1],
    ],
    [
      "a temporary placement not straight after the one before: the return is a new placement (4, or 3)",
      "1,01/01/2023,S,C2,N1,U1,PR1,01/05/2023,X1,,,,1\n1,01/05/2023,P,C2,N1,U2,PR1,01/06/2023,X1,,,,2\n1,02/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U2,PR1,,,,,,2\n",
      [1, 1],
      [1, 1],
    ],
  ] as const)("%s: count %j, continue %j", (_name, episodes, count, kept) => {
    const header = "1,1,01/01/2015,WBRI,UN1,,\n";
    expect(claFigures(episodes, header)[0]).toEqual(count);
    expect(claFigures(episodes, header, [], "count")[0]).toEqual(count);
    expect(claFigures(episodes, header, [], "continue")[0]).toEqual(kept);
  });
});

describe("an episode repeated in the year's return", () => {
  it("is taken once, and counted in the exclusions", () => {
    const episodes = "1,01/05/2023,S,C2,N1,U1,PR1,,,,,,1\n1,01/05/2023,S,C2,N1,U1,PR1,,,,,,1\n";
    const ssda903 = readSsda903({
      "episodes.csv": EP + episodes,
      "header.csv": `${HD}1,1,01/01/2012,WBRI,UN1,,\n`,
    });
    const m = computeReturnsMeasures([{ year: 2023, ssda903 }], { year: 2023 });
    expect(m.observations.find((o) => o.indicatorId === "cla-count")?.value).toBe(1);
    const repeated = m.exclusions.filter((e) => /same start date \(DECOM\)/.test(e.reason));
    expect(repeated.map((e) => e.indicatorId).sort()).toEqual([
      "cla-3-placements",
      "cla-count",
      "cla-distance-20m",
      "cla-long-term-stability",
      "cla-missing",
    ]);
    expect(repeated.every((e) => e.count === 1)).toBe(true);
  });
});

describe("cla-long-term-stability", () => {
  const b = "1,1,01/01/2012,WBRI,UN1,,\n";
  // The years before 2023-24 given (their episodes are in the current file), so the look-back is covered.
  const before = [2021, 2022].map((year) => ({ year, ssda903: readSsda903({ "episodes.csv": EP }) }));
  it.each([
    // Looked after since 30 Sep 2021 (exactly 2.5 years before 31 Mar 2024), same placement since 31 Mar 2022.
    [
      "2.5 years of care and 2 years in placement",
      "1,30/09/2021,S,C2,N1,U1,PR1,31/03/2022,X1,,,,1\n1,31/03/2022,P,C2,N1,U2,PR1,,,,,,2\n",
      b,
      [1, 1],
    ],
    ["a day short of 2.5 years of care", "1,01/10/2021,S,C2,N1,U1,PR1,,,,,,1\n", b, [0, 0]],
    [
      "a day short of 2 years in placement",
      "1,30/09/2021,S,C2,N1,U1,PR1,01/04/2022,X1,,,,1\n1,01/04/2022,P,C2,N1,U2,PR1,,,,,,2\n",
      b,
      [0, 1],
    ],
    [
      "a gap in care restarts the period of care",
      "1,01/01/2020,S,C2,N1,U1,PR1,01/01/2022,E11,,,,1\n1,02/01/2022,S,C2,N1,U1,PR1,,,,,,1\n",
      b,
      [0, 0],
    ],
    ["16 on 31 March is out", "1,01/01/2020,S,C2,N1,U1,PR1,,,,,,1\n", "1,1,31/03/2008,WBRI,UN1,,\n", [0, 0]],
    ["15 on 31 March is in", "1,01/01/2020,S,C2,N1,U1,PR1,,,,,,1\n", "1,1,01/04/2008,WBRI,UN1,,\n", [1, 1]],
  ])("%s", (_name, episodes, header, expected) => {
    expect(claFigures(episodes, header, before)[1]).toEqual(expected);
  });

  // Temporary placements (PLACE T0–T4) begin with RNE P or B, and the return to the placement before with P.
  it.each([
    [
      "a return across a temporary move keeps the placement begun 30 Sep 2021",
      "1,30/09/2021,S,C2,N1,U1,PR1,01/06/2023,X1,,,,1\n1,01/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U1,PR1,,,,,,1\n",
      [0, 1],
      [1, 1],
    ],
    [
      "a child in a temporary placement at 31 March is in the placement before it",
      "1,30/09/2021,S,C2,N1,U1,PR1,28/03/2024,X1,,,,1\n1,28/03/2024,P,C2,N1,T0,PR1,,,,,,\n",
      [0, 1],
      [1, 1],
    ],
    [
      "a return to a different placement (another PLACE) starts a new one",
      "1,30/09/2021,S,C2,N1,U1,PR1,01/06/2023,X1,,,,1\n1,01/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U4,PR1,,,,,,2\n",
      [0, 1],
      [0, 1],
    ],
    [
      "a temporary placement a day after the episode before breaks the period of care",
      "1,30/09/2021,S,C2,N1,U1,PR1,31/05/2023,X1,,,,1\n1,01/06/2023,P,C2,N1,T1,PR1,05/06/2023,X1,,,,\n1,05/06/2023,P,C2,N1,U1,PR1,,,,,,1\n",
      [0, 0],
      [0, 0],
    ],
  ] as const)("%s (count %j, continue %j)", (_name, episodes, count, kept) => {
    expect(claFigures(episodes, b, before)[1]).toEqual(count);
    expect(claFigures(episodes, b, before, "count")[1]).toEqual(count);
    expect(claFigures(episodes, b, before, "continue")[1]).toEqual(kept);
  });

  it("takes the earlier episodes from an earlier year's file", () => {
    const prev = readSsda903({
      "episodes.csv": `${EP}1,01/01/2021,S,C2,N1,U1,PR1,01/01/2023,X1,,,,1\n1,01/01/2023,P,C2,N1,U2,PR1,,,,,,2\n`,
    });
    const current = "1,01/01/2023,P,C2,N1,U2,PR1,,,,,,2\n";
    expect(claFigures(current, b)[1]).toEqual([0, 0]);
    expect(claFigures(current, b, [{ year: 2022, ssda903: prev }])[1]).toEqual([0, 1]);
  });
});

it("SSDA903 measures are not available without episodes, for the 2023/24 period", () => {
  const o = computeReturnsMeasures([{ year: 2023, ssda903: readSsda903({}) }], { year: 2023 }).observations;
  expect(
    o
      .filter((x) => x.indicatorId === "cla-3-placements" || x.indicatorId === "cla-long-term-stability")
      .map((x) => [x.status, x.value, x.period.label]),
  ).toEqual([
    ["not-available", null, "2023/24"],
    ["not-available", null, "2023/24"],
  ]);
});
