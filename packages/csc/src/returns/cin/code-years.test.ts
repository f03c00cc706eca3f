import { describe, expect, it } from "vitest";
import { parseCinCensusXml } from "../parse-cin-census-xml.js";
import { cinValuesForYear } from "./code-years.js";

/** A census of `year` (its header Year) with one child: the sex element, a factor and the booleans given. */
function census(year: number, sex: string, factor: string, nfa: string, icpc = "0"): string {
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year>
  <ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
  <Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID>${sex}</ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
  <CINdetails><CINreferralDate>${year - 1}-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>${nfa}</ReferralNFA>
  <Assessments><AssessmentActualStartDate>${year - 1}-06-02</AssessmentActualStartDate><AssessmentAuthorisationDate>${year - 1}-06-20</AssessmentAuthorisationDate>
  <FactorsIdentifiedAtAssessment><AssessmentFactors>${factor}</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
  <Section47><S47ActualStartDate>${year - 1}-06-03</S47ActualStartDate><ICPCnotRequired>${icpc}</ICPCnotRequired></Section47>
  </CINdetails></Child></Children></Message>`;
}
const yearIssues = (xml: string, dfeChecks = true) =>
  parseCinCensusXml(xml, { dfeChecks })
    .issues.filter((i) => i.code === "cin-code-year")
    .map((i) => String(i.path?.at(-1)));

describe("CIN census values by the census year", () => {
  it.each([
    ["2024-25 with its own values", 2025, "<Sex>F</Sex>", "18A", "0", "1", []],
    ["2023-24 with its own values", 2024, "<GenderCurrent>2</GenderCurrent>", "18B", "false", "true", []],
    [
      "2024-25: <GenderCurrent> is of the earlier schema",
      2025,
      "<GenderCurrent>2</GenderCurrent>",
      "1A",
      "0",
      "0",
      ["GenderCurrent"],
    ],
    ["2023-24: <Sex> is of the later schema", 2024, "<Sex>F</Sex>", "1A", "0", "0", ["Sex"]],
    [
      "2023-24: factor 18A came in 2024-25",
      2024,
      "<GenderCurrent>1</GenderCurrent>",
      "18A",
      "0",
      "0",
      ["AssessmentFactors"],
    ],
    [
      "2024-25: booleans are 1 and 0 only",
      2025,
      "<Sex>M</Sex>",
      "1A",
      "true",
      "FALSE",
      ["ReferralNFA", "ICPCnotRequired"],
    ],
    [
      "2019-20 takes the earliest lists",
      2020,
      "<GenderCurrent>9</GenderCurrent>",
      "19A",
      "TRUE",
      "0",
      ["AssessmentFactors"],
    ],
  ])("%s", (_name, year, sex, factor, nfa, icpc, expected) => {
    expect(yearIssues(census(year, sex, factor, nfa, icpc))).toEqual(expected);
  });

  it("the other schema's sex element is a warning (read all the same); another year's code an error", () => {
    const issues = parseCinCensusXml(census(2024, "<Sex>F</Sex>", "18A", "0"), { dfeChecks: true }).issues;
    expect(issues.filter((i) => i.code === "cin-code-year").map((i) => [i.path?.at(-1), i.severity])).toEqual(
      [
        ["Sex", "warning"],
        ["AssessmentFactors", "error"],
      ],
    );
  });

  it("is a DfE rule: checked by validate (dfeChecks), not by compute's read", () => {
    expect(yearIssues(census(2024, "<Sex>F</Sex>", "18A", "0"), false)).toEqual([]);
  });

  it("names the year and lists its values, and never quotes the child's value", () => {
    const issues = parseCinCensusXml(census(2024, "<GenderCurrent>1</GenderCurrent>", "19A", "0"), {
      dfeChecks: true,
    }).issues.filter((i) => i.code === "cin-code-year");
    expect(
      issues.map((i) => [
        i.severity,
        /2023-24 census \(Year 2024\)/.test(i.message),
        /18B, 18C, 19B/.test(i.message),
        i.message.includes("19A"),
      ]),
    ).toEqual([["error", true, true, false]]);
  });

  it.each([
    ["AssessmentFactors", 2024, 42],
    ["AssessmentFactors", 2025, 44],
    ["Sex", 2026, 3],
    ["bool", 2025, 2],
    ["ReferralSource", 2025, undefined],
  ])("%s in %i: %s values", (element, year, count) => {
    expect(cinValuesForYear(element, year)?.length).toBe(count);
  });
});
