import { describe, expect, it } from "vitest";
import { parseCinCensusXml } from "./parse-cin-census-xml.js";

const header = (year = "2024", ref = "2024-03-31", la = "865") =>
  `<Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year><ReferenceDate>${ref}</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>${la}</LEA></Source></Header>`;
const child = (
  details: string,
  ids = "<LAchildID>SECRET-ID-1</LAchildID><UPN>L12345678901B</UPN><PersonBirthDate>2015-01-02</PersonBirthDate><Sex>F</Sex>",
) =>
  `<Child><ChildIdentifiers>${ids}</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>${details}</Child>`;
const referral = (inner = "", date = "2023-06-01") =>
  `<CINdetails><CINreferralDate>${date}</CINreferralDate><ReferralSource>1A</ReferralSource>${inner}<ReferralNFA>false</ReferralNFA></CINdetails>`;
const doc = (children: string, head = header()) =>
  `<Message>${head}<Children>${children}</Children></Message>`;

describe("parseCinCensusXml examples", () => {
  it("reads a minimal file", () => {
    const xml = `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year>
  <ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
  <Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID><Sex>F</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
  <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>
  <ReferralNFA>false</ReferralNFA></CINdetails></Child></Children></Message>`;
    const r = parseCinCensusXml(xml, { file: "cin.xml" });
    expect([
      r.children.length,
      r.header?.la,
      r.children[0]?.details[0]?.referralDate,
      r.issues.length,
    ]).toEqual([1, "865", "2023-06-01", 0]);
  });
  it("refuses a DOCTYPE", () => {
    expect(parseCinCensusXml('<!DOCTYPE x [<!ENTITY a "b">]><Message/>').issues[0]?.code).toBe(
      "xml-doctype-refused",
    );
  });
});

describe("parseCinCensusXml", () => {
  it("reads every module of a referral", () => {
    const xml = doc(
      child(
        referral(
          `<PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2024-02-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>
<Assessments><AssessmentActualStartDate>2023-06-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-07-01</AssessmentAuthorisationDate>
<FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
<CINPlanDates><CINPlanStartDate>2023-07-02</CINPlanStartDate></CINPlanDates>
<Section47><S47ActualStartDate>2023-06-05</S47ActualStartDate><InitialCPCtarget>2023-06-26</InitialCPCtarget><DateOfInitialCPC>2023-06-20</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>
<ChildProtectionPlans><CPPstartDate>2023-06-20</CPPstartDate><CPPendDate>2024-01-10</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP><Reviews><CPPreviewDate>2023-09-01</CPPreviewDate><CPPreviewDate>2023-12-01</CPPreviewDate></Reviews></ChildProtectionPlans>`,
        ),
      ),
    );
    const r = parseCinCensusXml(xml);
    expect(r.issues).toEqual([]);
    const det = r.children[0]?.details[0];
    expect(det).toMatchObject({
      primaryNeedCode: "N1",
      closureDate: "2024-02-01",
      reasonForClosure: "RC1",
      referralNfa: false,
      assessments: [{ startDate: "2023-06-02", authorisationDate: "2023-07-01", factors: ["1A", "21"] }],
      cinPlanDates: [{ startDate: "2023-07-02", endDate: null }],
      section47: [
        {
          startDate: "2023-06-05",
          initialCpcTarget: "2023-06-26",
          dateOfInitialCpc: "2023-06-20",
          icpcNotRequired: false,
        },
      ],
      protectionPlans: [
        {
          startDate: "2023-06-20",
          endDate: "2024-01-10",
          initialCategoryOfAbuse: "NEG",
          latestCategoryOfAbuse: "EMO",
          numberOfPreviousCpp: 1,
          reviewDates: ["2023-09-01", "2023-12-01"],
        },
      ],
    });
    expect(r.children[0]?.identifiers).toMatchObject({
      laChildId: "SECRET-ID-1",
      upn: "L12345678901B",
      birthDate: "2015-01-02",
      sex: "F",
    });
    expect(r.header).toMatchObject({
      collection: "CIN",
      year: 2024,
      referenceDate: "2024-03-31",
      la: "865",
      sourceLevel: "L",
    });
  });

  it.each([
    [
      "bad date",
      referral("", "2023-02-30"),
      "cin-invalid-date",
      ["Message", "Children", "Child", 1, "CINdetails", 1, "CINreferralDate"],
    ],
    [
      "bad code",
      referral("<PrimaryNeedCode>N12</PrimaryNeedCode>"),
      "cin-invalid-code",
      ["Message", "Children", "Child", 1, "CINdetails", 1, "PrimaryNeedCode"],
    ],
    [
      "closure before referral",
      referral("<CINclosureDate>2023-05-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>"),
      "cin-date-order",
      ["Message", "Children", "Child", 1, "CINdetails", 1, "CINclosureDate"],
    ],
    [
      "missing ReferralSource",
      "<CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>1</ReferralNFA></CINdetails>",
      "cin-missing-element",
      ["Message", "Children", "Child", 1, "CINdetails", 1, "ReferralSource"],
    ],
    [
      "bad boolean",
      referral("").replace("<ReferralNFA>false", "<ReferralNFA>maybe"),
      "cin-invalid-boolean",
      ["Message", "Children", "Child", 1, "CINdetails", 1, "ReferralNFA"],
    ],
    [
      "unknown element",
      referral("<Mystery>1</Mystery>"),
      "cin-unknown-element",
      ["Message", "Children", "Child", 1, "CINdetails", 1, "Mystery"],
    ],
    ["no CINdetails", "", "cin-missing-element", ["Message", "Children", "Child", 1, "CINdetails"]],
  ])("%s gives %s with its element path", (_name, details, code, path) => {
    const r = parseCinCensusXml(doc(child(details)), { file: "f.xml" });
    const issue = r.issues.find((i) => i.code === code);
    expect(issue).toMatchObject({ file: "f.xml", path });
    expect(issue?.row).toBe(1);
    expect(typeof issue?.column).toBe("number");
  });

  it("names children by position and line, never by identifier, and never quotes identifier values", () => {
    const ids =
      "<LAchildID>SECRET-ID-1</LAchildID><UPN>NOTAUPN99</UPN><PersonBirthDate>2015-13-45</PersonBirthDate><Sex>Q</Sex>";
    const xml = doc(`\n${child(referral(), ids)}\n${child(referral(), ids)}`);
    const r = parseCinCensusXml(xml);
    const codes = r.issues.map((i) => i.code);
    expect(codes.filter((c) => c === "cin-invalid-upn")).toHaveLength(2);
    expect(codes.filter((c) => c === "cin-invalid-date")).toHaveLength(2);
    expect(codes.filter((c) => c === "cin-invalid-code")).toHaveLength(2);
    expect(r.issues.find((i) => i.code === "cin-invalid-upn")?.message).toContain("child 1 (line 2)");
    expect(r.issues.filter((i) => i.code === "cin-invalid-upn")[1]?.message).toContain("child 2 (line 3)");
    for (const issue of r.issues) {
      for (const secret of ["SECRET-ID-1", "NOTAUPN99", "2015-13-45", "'Q'"])
        expect(issue.message).not.toContain(secret);
    }
  });

  it.each([
    [header("2024", "2024-03-28"), "cin-header-reference-date", "error"],
    [header("2023", "2024-03-31"), "cin-header-year-mismatch", "warning"],
    [header("2024", "2024-03-31", "86"), "cin-header-la", "error"],
    [header("2024", "2024-03-31", "999"), "cin-header-unknown-la", "warning"],
    [header("2024", "2024-03-31", "970"), "cin-header-unknown-la", "warning"],
    [header("20x4"), "cin-header-year", "error"],
    [header().replace(">CIN<", ">CLA<"), "cin-header-collection", "error"],
    ["", "cin-header-missing", "warning"],
  ])("header check %#: %s", (head, code, severity) => {
    const r = parseCinCensusXml(doc(child(referral()), head));
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([[code, severity]]);
    expect(r.children).toHaveLength(1);
  });

  it("does not quote ethnicity or disability values either", () => {
    const xml = doc(child(referral())).replace(
      "<Ethnicity>WBRI</Ethnicity>",
      "<Ethnicity>ZQXJ</Ethnicity><Disabilities><Disability>QQQQ</Disability></Disabilities>",
    );
    const r = parseCinCensusXml(xml);
    expect(r.issues.map((i) => [i.code, i.path?.at(-1)])).toEqual([
      ["cin-invalid-code", "Ethnicity"],
      ["cin-invalid-code", "Disability"],
    ]);
    expect(JSON.stringify(r.issues)).not.toMatch(/ZQXJ|QQQQ/);
  });

  it("accepts GenderCurrent (pre-2025) and true/false or 1/0 booleans", () => {
    const ids = "<LAchildID>x</LAchildID><GenderCurrent>1</GenderCurrent>";
    const r = parseCinCensusXml(doc(child(referral().replace("false", "1"), ids)));
    expect(r.issues).toEqual([]);
    expect(r.children[0]?.identifiers.sex).toBe("1");
    expect(r.children[0]?.details[0]?.referralNfa).toBe(true);
  });

  it("reports a child with neither Sex nor GenderCurrent", () => {
    const r = parseCinCensusXml(doc(child(referral(), "<LAchildID>x</LAchildID>")));
    expect(r.issues.map((i) => i.code)).toEqual(["cin-missing-element"]);
    expect(r.issues[0]?.path).toEqual(["Message", "Children", "Child", 1, "ChildIdentifiers", "Sex"]);
  });

  it("keeps 2026 pre-proceedings fields", () => {
    const r = parseCinCensusXml(
      doc(
        child(
          referral(
            "<PreProceedingsandFGDM><PPStartDate>2026-09-09</PPStartDate><PPOutcome>A</PPOutcome></PreProceedingsandFGDM>",
          ),
        ),
      ),
    );
    expect(r.issues).toEqual([]);
    expect(r.children[0]?.details[0]?.preProceedings).toEqual([
      { PPStartDate: "2026-09-09", PPOutcome: "A" },
    ]);
  });

  it.each([
    ["<Root/>", "cin-unexpected-root"],
    ["<Message><Header/></Message>", "cin-missing-element"],
    ["<Message><Children><Child>", "xml-unclosed"],
  ])("%s gives %s and no children", (xml, code) => {
    const r = parseCinCensusXml(xml);
    expect(r.children).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain(code);
  });

  it("never throws on a non-string", () => {
    expect(parseCinCensusXml(undefined as unknown as string).issues[0]?.code).toBe("xml-empty");
  });
});

describe("parseCinCensusXml with the DfE rules (dfeChecks)", () => {
  const nfa = (inner: string) =>
    `<CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>${inner}<ReferralNFA>true</ReferralNFA></CINdetails>`;
  const assessment =
    "<Assessments><AssessmentActualStartDate>2023-06-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-06-20</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>1A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>";
  const ids = (death: string) =>
    `<LAchildID>X1</LAchildID><UPN>L12345678901B</UPN><PersonBirthDate>2015-01-02</PersonBirthDate><Sex>F</Sex><PersonDeathDate>${death}</PersonDeathDate>`;
  it.each([
    ["a referral of no further action with an assessment", child(nfa(assessment)), "cin-nfa-with-activity"],
    ["a referral of no further action alone", child(nfa("")), null],
    ["a death before birth", child(referral(), ids("2014-12-31")), "cin-death-before-birth"],
    ["a death after birth", child(referral(), ids("2023-12-31")), null],
    [
      "a closure after the census year",
      child(referral("<CINclosureDate>2024-04-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>")),
      "cin-closure-outside-year",
    ],
    [
      "a closure before the census year",
      child(
        referral(
          "<CINclosureDate>2023-03-31</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>",
          "2023-01-05",
        ),
      ),
      "cin-closure-outside-year",
    ],
    [
      "a closure on the last day",
      child(referral("<CINclosureDate>2024-03-31</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>")),
      null,
    ],
    ["a referral after the census year", child(referral("", "2024-04-02")), "cin-referral-after-year"],
    [
      "values out of the schema's order",
      child(
        "<CINdetails><ReferralSource>1A</ReferralSource><CINreferralDate>2023-06-01</CINreferralDate><ReferralNFA>false</ReferralNFA></CINdetails>",
      ),
      "cin-element-order",
    ],
    [
      "a UPN whose check letter is wrong",
      child(referral(), "<LAchildID>X1</LAchildID><UPN>A12345678901B</UPN><Sex>F</Sex>"),
      "cin-upn-check-letter",
    ],
  ])("%s → %s, with its line and column", (_, c, code) => {
    const strict = parseCinCensusXml(doc(c), { file: "cin.xml", dfeChecks: true });
    const found = strict.issues.filter((i) => i.code === code || (code === null && i.severity === "error"));
    if (code === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ file: "cin.xml", row: 1, severity: "error" });
      expect(typeof found[0]?.column).toBe("number");
      expect(found[0]?.message).not.toMatch(/X1|2014-12-31|A12345678901B/);
      // Without dfeChecks the file's form alone is checked.
      expect(parseCinCensusXml(doc(c)).issues.filter((i) => i.code === code)).toEqual([]);
    }
  });
});

describe("parseCinCensusXml: a file whose dates are all in another form", () => {
  it("gives one summary line, not one per date", () => {
    const uk = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const xml = doc(
      [1, 2, 3]
        .map((i) =>
          child(
            referral("", uk(`2023-0${i + 3}-1${i}`)),
            `<LAchildID>X${i}</LAchildID><PersonBirthDate>${uk("2015-01-02")}</PersonBirthDate><Sex>F</Sex>`,
          ),
        )
        .join(""),
      header("2024", "2024-03-31"),
    );
    const r = parseCinCensusXml(xml, { file: "cin.xml" });
    expect(r.issues.filter((i) => i.code === "cin-invalid-date")).toEqual([]);
    const summary = r.issues.filter((i) => i.code === "cin-date-format");
    expect(summary).toHaveLength(1);
    expect(summary[0]?.message).toBe(
      "Every child's date in the file (6) is written dd/mm/yyyy; the CIN census uses YYYY-MM-DD. Export the census again with its dates as YYYY-MM-DD.",
    );
    expect(summary[0]).toMatchObject({ file: "cin.xml", row: 1, severity: "error" });
  });

  it("keeps one line per date when only some are unreadable", () => {
    const xml = doc(
      child(referral("<CINclosureDate>31/12/2023</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>")),
    );
    expect(parseCinCensusXml(xml).issues.map((i) => i.code)).toEqual(["cin-invalid-date"]);
  });
});
