import { isKpikitError } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { computeSsda903Measures, SSDA903_MEASURE_IDS } from "./compute-ssda903-measures.js";
import { readSsda903 } from "./read-ssda903.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";

describe("computeSsda903Measures example", () => {
  it("SSDA903_MEASURE_IDS", () => {
    expect(SSDA903_MEASURE_IDS).toEqual(["cla-3-placements", "cla-long-term-stability"]);
  });
  it("counts placements and stability", () => {
    const ep =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
    const { tables } = readSsda903({
      "episodes.csv":
        ep +
        "1,01/05/2023,S,C2,N1,U1,PR1,01/06/2023,X1,CARPL,,,\n" +
        "1,01/06/2023,P,C2,N1,U1,PR1,01/09/2023,X1,CARPL,,,\n1,01/09/2023,P,C2,N1,U1,PR1,,,,,,\n" +
        "2,01/01/2020,S,C2,N1,U1,PR1,,,,,,\n",
      "header.csv":
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2015,WBRI,UN1,,\n2,2,01/01/2012,WBRI,UN1,,\n",
    });
    const m = computeSsda903Measures(tables, { year: 2023 });
    expect(m.observations.map((o) => [o.indicatorId, o.numerator, o.denominator])).toEqual([
      ["cla-3-placements", 1, 2],
      ["cla-long-term-stability", 1, 1],
    ]);
  });
});

const measure = (episodes: string, header: string, year = 2023) => {
  const { tables } = readSsda903({ "episodes.csv": EP + episodes, "header.csv": HD + header });
  return computeSsda903Measures(tables, { year }).observations.map((o) => [o.numerator, o.denominator]);
};

describe("placements in the year", () => {
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
    expect(measure(episodes, "1,1,01/01/2015,WBRI,UN1,,\n")[0]).toEqual(expected);
  });
});

describe("long-term stability", () => {
  const b = "1,1,01/01/2012,WBRI,UN1,,\n";
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
    [
      "a temporary placement and return keep the placement",
      "1,01/01/2020,S,C2,N1,U1,PR1,01/07/2023,X1,,,,1\n1,01/07/2023,P,C2,N1,T1,PR1,10/07/2023,X1,,,,\n1,10/07/2023,P,C2,N1,U1,PR1,,,,,,1\n",
      b,
      [1, 1],
    ],
    ["16 on 31 March is out", "1,01/01/2020,S,C2,N1,U1,PR1,,,,,,1\n", "1,1,31/03/2008,WBRI,UN1,,\n", [0, 0]],
    ["15 on 31 March is in", "1,01/01/2020,S,C2,N1,U1,PR1,,,,,,1\n", "1,1,01/04/2008,WBRI,UN1,,\n", [1, 1]],
  ])("%s", (_name, episodes, header, expected) => {
    expect(measure(episodes, header)[1]).toEqual(expected);
  });
});

describe("computeSsda903Measures", () => {
  it("uses earlier years for history", () => {
    const prev = readSsda903({
      "episodes.csv": `${EP}1,01/01/2021,S,C2,N1,U1,PR1,01/01/2023,X1,,,,1\n1,01/01/2023,P,C2,N1,U2,PR1,,,,,,2\n`,
    }).tables;
    const cur = readSsda903({
      "episodes.csv": `${EP}1,01/01/2023,P,C2,N1,U2,PR1,,,,,,2\n`,
      "header.csv": `${HD}1,1,01/01/2012,WBRI,UN1,,\n`,
    }).tables;
    const without = computeSsda903Measures(cur, { year: 2023 }).observations[1];
    const withHistory = computeSsda903Measures(cur, { year: 2023, previousYears: [prev] }).observations[1];
    expect([without?.numerator, without?.denominator]).toEqual([0, 0]);
    expect([withHistory?.numerator, withHistory?.denominator]).toEqual([0, 1]);
  });

  it("gives not-available without episodes, with the 2023/24 period", () => {
    const o = computeSsda903Measures({}, { year: 2023 }).observations;
    expect(o.map((x) => [x.status, x.value, x.period.label, x.source])).toEqual([
      ["not-available", null, "2023/24", "SSDA903 2023-24"],
      ["not-available", null, "2023/24", "SSDA903 2023-24"],
    ]);
  });

  it("throws invalid-year for a bad year", () => {
    expect(() => computeSsda903Measures({}, { year: 23.5 })).toThrow(/start year/);
    try {
      computeSsda903Measures({}, { year: 1800 });
    } catch (error) {
      expect(isKpikitError(error) && error.code).toBe("invalid-year");
    }
  });

  it("counts episodes it cannot date as exclusions for both measures", () => {
    const { tables } = readSsda903({
      "episodes.csv": `${EP}1,31/02/2024,S,C2,N1,U1,PR1,,,,,,1\n,01/04/2023,S,C2,N1,U1,PR1,,,,,,1\n2,01/04/2023,S,C2,N1,U1,PR1,,,,,,1\n`,
    });
    const m = computeSsda903Measures(tables, { year: 2023 });
    expect(m.observations.map((o) => o.denominator)).toEqual([1, 0]);
    expect(
      m.exclusions
        .filter((e) => e.reason === "episode without a child or a valid start date")
        .map((e) => [e.indicatorId, e.count]),
    ).toEqual([
      ["cla-3-placements", 2],
      ["cla-long-term-stability", 2],
    ]);
  });
});
