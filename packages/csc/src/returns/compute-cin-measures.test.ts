import { isKpikitError } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { CIN_MEASURE_IDS, computeCinMeasures } from "./compute-cin-measures.js";
import { parseCinCensusXml } from "./parse-cin-census-xml.js";

describe("computeCinMeasures example", () => {
  it("CIN_MEASURE_IDS", () => {
    expect(CIN_MEASURE_IDS[0]).toBe("re-referrals-12m");
    expect(CIN_MEASURE_IDS.length).toBe(5);
  });
  it("re-referral", () => {
    const { children } = parseCinCensusXml(`<Message><Children><Child>
  <ChildIdentifiers><LAchildID>1</LAchildID><Sex>F</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
  <CINdetails><CINreferralDate>2023-01-10</CINreferralDate><ReferralSource>1A</ReferralSource>
    <CINclosureDate>2023-03-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA></CINdetails>
  <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>
</Child></Children></Message>`);
    const m = computeCinMeasures(children, { collectionYear: 2024, area: "865" });
    const rr = m.observations.find((o) => o.indicatorId === "re-referrals-12m");
    expect([rr?.value, rr?.numerator, rr?.denominator, rr?.period.label]).toEqual([100, 1, 1, "2023/24"]);
  });
});

const child = (id: string, referrals: string[]) =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics>${referrals
    .map(
      (d) =>
        `<CINdetails><CINreferralDate>${d}</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>`,
    )
    .join("")}</Child>`;
const rr = (xml: string, collectionYear = 2024) => {
  const o = computeCinMeasures(parseCinCensusXml(`<Message><Children>${xml}</Children></Message>`).children, {
    collectionYear,
  }).observations[0]!;
  return [o.numerator, o.denominator];
};

describe("re-referrals-12m", () => {
  it.each([
    [["2023-03-31", "2024-03-31"], [1, 1], "exactly 12 months before counts"],
    [["2023-03-30", "2024-03-31"], [0, 1], "a day more than 12 months does not"],
    [["2023-04-01", "2023-04-01"], [0, 1], "the same referral twice counts once"],
    [["2024-04-01", "2025-02-28"], [0, 0], "outside the year"],
    [["2023-02-28", "2024-02-29"], [1, 1], "29 February looks back to 28 February"],
    [["2024-04-01", "2023-06-01"], [0, 1], "a later referral is not a previous one"],
  ])("%j → %j (%s)", (dates, expected) => {
    expect(rr(child("x", dates))).toEqual(expected);
  });

  it("joins a child's records across Child elements by LAchildID, and keeps children without one apart", () => {
    expect(rr(child("a", ["2023-01-01"]) + child("a", ["2023-06-01"]))).toEqual([1, 1]);
    const noId = (d: string) => child("", [d]);
    expect(rr(noId("2023-01-01") + noId("2023-06-01"))).toEqual([0, 1]);
  });

  it("gives not-available with no referrals in the year", () => {
    const o = computeCinMeasures([], { collectionYear: 2024 }).observations;
    expect(o.map((x) => [x.indicatorId, x.status, x.value, x.denominator])).toEqual([
      ["re-referrals-12m", "not-available", null, 0],
      ["assessments-45wd", "not-available", null, 0],
      ["icpc-15wd", "not-available", null, 0],
      ["cpp-repeat", "not-available", null, 0],
      ["cpp-ceased-2y", "not-available", null, 0],
    ]);
  });

  it.each([2024.5, 1999, Number.NaN])("throws invalid-year for %s", (collectionYear) => {
    try {
      computeCinMeasures([], { collectionYear });
      expect.unreachable();
    } catch (error) {
      expect(isKpikitError(error) && error.code).toBe("invalid-year");
    }
  });
});

describe("working days", () => {
  const assessment = (start: string, auth: string) =>
    `<Child><ChildIdentifiers><LAchildID>z</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>${start}</CINreferralDate><ReferralSource>1A</ReferralSource><Assessments><AssessmentActualStartDate>${start}</AssessmentActualStartDate><AssessmentAuthorisationDate>${auth}</AssessmentAuthorisationDate></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>`;
  const a45 = (start: string, auth: string, year = 2024) => {
    const m = computeCinMeasures(
      parseCinCensusXml(`<Message><Children>${assessment(start, auth)}</Children></Message>`).children,
      { collectionYear: year },
    );
    const o = m.observations[1]!;
    return [o.numerator, o.denominator, m.exclusions.map((e) => e.reason)];
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
  it("excludes dates outside the working-day calendar", () => {
    expect(a45("2028-01-04", "2029-02-01", 2029)).toEqual([
      0,
      0,
      ["a date outside the working-day calendar (2012-2027)"],
    ]);
  });
});

describe("icpc-15wd", () => {
  const withIcpc = (s47: string) =>
    `<Message><Children><Child><ChildIdentifiers><LAchildID>q</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><DateOfInitialCPC>2023-06-26</DateOfInitialCPC>${s47}<ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>`;
  const icpc = (s47: string) => {
    const m = computeCinMeasures(parseCinCensusXml(withIcpc(s47)).children, { collectionYear: 2024 });
    const o = m.observations[2]!;
    return [o.numerator, o.denominator, m.exclusions.map((e) => `${e.reason} ×${e.count}`)];
  };
  it("an ICPC on the referral alone cannot be timed and is counted as excluded", () => {
    expect(icpc("")).toEqual([
      0,
      0,
      ["ICPC date on the referral with no section 47 enquiry to time it from ×1"],
    ]);
  });
  it("with its section 47 enquiry it is timed: 5 Jun → 26 Jun 2023 is 15 working days", () => {
    const s47 =
      "<Section47><S47ActualStartDate>2023-06-05</S47ActualStartDate><DateOfInitialCPC>2023-06-26</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>";
    expect(icpc(s47)).toEqual([1, 1, []]);
  });
});

describe("previousCensuses", () => {
  const census = (xml: string) =>
    parseCinCensusXml(`<Message><Children>${xml}</Children></Message>`).children;
  const plan = (start: string, previous = 0) =>
    `<Child><ChildIdentifiers><LAchildID>p</LAchildID><Sex>U</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>${start}</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA><ChildProtectionPlans><CPPstartDate>${start}</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>${previous}</NumberOfPreviousCPP></ChildProtectionPlans></CINdetails></Child>`;
  const counts = (current: string, previous: string[]) => {
    const m = computeCinMeasures(census(current), {
      collectionYear: 2024,
      previousCensuses: previous.map(census),
    });
    return m.observations
      .map((o) => [o.indicatorId, o.numerator, o.denominator])
      .filter(([, , d]) => d !== 0);
  };

  it("an earlier census supplies the previous referral, without being counted", () => {
    expect(counts(child("x", ["2023-06-01"]), [])).toEqual([["re-referrals-12m", 0, 1]]);
    expect(counts(child("x", ["2023-06-01"]), [child("x", ["2022-09-01"])])).toEqual([
      ["re-referrals-12m", 1, 1],
    ]);
    // A referral in the earlier file dated inside this year is history only: the denominator stays 1.
    expect(
      counts(child("x", ["2023-06-01"]), [child("x", ["2023-05-01"]), child("y", ["2023-05-01"])]),
    ).toEqual([["re-referrals-12m", 1, 1]]);
    // History joins on LAchildID only.
    expect(counts(child("x", ["2023-06-01"]), [child("z", ["2022-09-01"])])).toEqual([
      ["re-referrals-12m", 0, 1],
    ]);
  });

  it("an earlier census's plan makes this year's plan a repeat", () => {
    expect(counts(plan("2023-07-01"), []).find(([id]) => id === "cpp-repeat")).toEqual(["cpp-repeat", 0, 1]);
    expect(counts(plan("2023-07-01"), [plan("2020-01-01")]).find(([id]) => id === "cpp-repeat")).toEqual([
      "cpp-repeat",
      1,
      1,
    ]);
  });
});
