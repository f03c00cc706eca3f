import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DFE_RULES, dfeRuleOf } from "./dfe-rules.js";
import { readReturns } from "./pipeline/read-returns.js";
import { SSDA903_TABLES } from "./ssda903-tables.js";

/** A 2023-24 CIN census (Year 2024) with one child whose elements are `child`. */
function census(child: string): string {
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year>
  <ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
  <Children><Child>${child}</Child></Children></Message>`;
}

const IDS = "<ChildIdentifiers><LAchildID>A1</LAchildID><GenderCurrent>1</GenderCurrent></ChildIdentifiers>";
const CHARS = "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>";
const referral = (inner: string, nfa = "false") =>
  `<CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>${inner}<ReferralNFA>${nfa}</ReferralNFA></CINdetails>`;

/** The rule numbers readReturns gives the census's issues of `code`, in order. */
function cinRules(child: string, code: string): (string | undefined)[] {
  const read = readReturns([{ name: "cin.xml", bytes: census(child) }], { dfeChecks: true });
  return read.issues.filter((i) => i.code === code).map((i) => i.rule);
}

describe("DfE rule numbers on the CIN census's issues", () => {
  it.each([
    [
      "no LAchildID",
      `<ChildIdentifiers><GenderCurrent>1</GenderCurrent></ChildIdentifiers>${CHARS}${referral("")}`,
      "cin-missing-element",
      ["8500"],
    ],
    [
      "a referral source not in the list",
      `${IDS}${CHARS}${referral("").replace("1A", "ZZ")}`,
      "cin-invalid-code",
      ["8866"],
    ],
    [
      "a primary need not in the list",
      `${IDS}${CHARS}${referral("<PrimaryNeedCode>N99</PrimaryNeedCode>")}`,
      "cin-invalid-code",
      ["8650"],
    ],
    [
      "an ethnicity not in the list",
      `${IDS}<ChildCharacteristics><Ethnicity>XXXX</Ethnicity></ChildCharacteristics>${referral("")}`,
      "cin-invalid-code",
      ["4220"],
    ],
    [
      "closure before the referral",
      `${IDS}${CHARS}${referral("<CINclosureDate>2023-05-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>")}`,
      "cin-date-order",
      ["8630"],
    ],
    [
      "a closure with no reason",
      `${IDS}${CHARS}${referral("<CINclosureDate>2023-07-01</CINclosureDate>")}`,
      "cin-missing-element",
      ["8805"],
    ],
    [
      "a closure after the year",
      `${IDS}${CHARS}${referral("<CINclosureDate>2024-04-02</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>")}`,
      "cin-closure-outside-year",
      ["8620"],
    ],
    [
      "a plan starting before the referral",
      `${IDS}${CHARS}${referral("<ChildProtectionPlans><CPPstartDate>2023-05-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>")}`,
      "cin-date-order",
      ["1105"],
    ],
    [
      "a plan ending before it starts",
      `${IDS}${CHARS}${referral("<ChildProtectionPlans><CPPstartDate>2023-07-01</CPPstartDate><CPPendDate>2023-06-20</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>")}`,
      "cin-date-order",
      ["8925"],
    ],
    [
      "no further action with an assessment",
      `${IDS}${CHARS}${referral("<Assessments><AssessmentActualStartDate>2023-06-02</AssessmentActualStartDate></Assessments>", "true")}`,
      "cin-nfa-with-activity",
      ["4000, 8831, 8832"],
    ],
    [
      "death before birth",
      `<ChildIdentifiers><LAchildID>A1</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><GenderCurrent>1</GenderCurrent><PersonDeathDate>2014-01-01</PersonDeathDate></ChildIdentifiers>${CHARS}${referral("")}`,
      "cin-death-before-birth",
      ["8535Q"],
    ],
    // No DfE rule: an element the schema does not have, and a date that is not a date.
    [
      "an unknown element",
      `${IDS}${CHARS}${referral("<Colour>red</Colour>")}`,
      "cin-unknown-element",
      [undefined],
    ],
    [
      "an unreadable referral date",
      `${IDS}${CHARS}${referral("").replace("2023-06-01", "2023-13-01")}`,
      "cin-invalid-date",
      [undefined],
    ],
  ])("%s: %s is rule %j", (_what, child, code, rules) => {
    expect(cinRules(child, code)).toEqual(rules);
  });
});

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const MS = "CHILD,DOB,MISSING,MIS_START,MIS_END";

/** The rule numbers readReturns gives a 2023-24 903 set's issues of `code`, by the column they are about. */
function ssdaRules(tables: { episodes?: string[]; header?: string[]; missing?: string[] }, code: string) {
  const episodes = tables.episodes ?? ["C1,01/05/2023,S,C2,N1,U1,PR1,,,,,,"];
  const header = tables.header ?? ["C1,1,01/02/2010,WBRI,UN1,,"];
  const read = readReturns([
    { name: "2023-24/episodes.csv", bytes: [EP, ...episodes].join("\n") },
    { name: "2023-24/header.csv", bytes: [HD, ...header].join("\n") },
    ...(tables.missing ? [{ name: "2023-24/missing.csv", bytes: [MS, ...tables.missing].join("\n") }] : []),
  ]);
  return read.issues.filter((i) => i.code === code).map((i) => [i.column, i.rule]);
}

describe("DfE rule numbers on the SSDA903's issues", () => {
  it.each([
    [
      "a placement not in the list",
      { episodes: ["C1,01/05/2023,S,C2,N1,ZZ,PR1,,,,,,"] },
      "ssda903-invalid-code",
      [["PLACE", "146"]],
    ],
    [
      "a legal status not in the list",
      { episodes: ["C1,01/05/2023,S,X9,N1,U1,PR1,,,,,,"] },
      "ssda903-invalid-code",
      [["LS", "144"]],
    ],
    [
      "an episode ending before it starts",
      { episodes: ["C1,01/05/2023,S,C2,N1,U1,PR1,01/04/2023,E11,,,,"] },
      "ssda903-date-order",
      [["DEC", "356"]],
    ],
    [
      "an unreadable end date",
      { episodes: ["C1,01/05/2023,S,C2,N1,U1,PR1,31/02/2024,E11,,,,"] },
      "ssda903-invalid-date",
      [["DEC", "147"]],
    ],
    [
      "the header's date of birth unreadable",
      { header: ["C1,1,31/02/2010,WBRI,UN1,,"] },
      "ssda903-invalid-date",
      [["DOB", "102"]],
    ],
    [
      "an ethnicity not in the list",
      { header: ["C1,1,01/02/2010,XXXX,UN1,,"] },
      "ssda903-invalid-code",
      [["ETHNIC", "103"]],
    ],
    // DOB is in several tables: only the header's has a DfE rule.
    [
      "the missing table's date of birth unreadable",
      { missing: ["C1,31/02/2010,M,01/06/2023,02/06/2023"] },
      "ssda903-invalid-date",
      [["DOB", undefined]],
    ],
    [
      "a missing incident ending before it starts",
      { missing: ["C1,01/02/2010,M,05/06/2023,02/06/2023"] },
      "ssda903-date-order",
      [["MIS_END", undefined]],
    ],
    [
      "a missing incident before birth",
      { missing: ["C1,01/02/2010,M,05/06/2009,02/06/2023"] },
      "ssda903-date-order",
      [["MIS_START", "586"]],
    ],
    // One code for rules 501 and 142: no number.
    [
      "overlapping episodes",
      { episodes: ["C1,01/05/2023,S,C2,N1,U1,PR1,01/07/2023,X1,,,,", "C1,01/06/2023,P,C2,N1,U1,PR1,,,,,,"] },
      "ssda903-episode-overlap",
      [["DECOM", undefined]],
    ],
  ])("%s: %s", (_what, tables, code, expected) => {
    expect(ssdaRules(tables, code)).toEqual(expected);
  });
});

describe("the table of rules", () => {
  const source = (dir: string): string =>
    readdirSync(dir, { withFileTypes: true })
      .map((e) =>
        e.isDirectory()
          ? source(join(dir, e.name))
          : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && e.name !== "dfe-rules.ts"
            ? readFileSync(join(dir, e.name), "utf8")
            : "",
      )
      .join("\n");
  const code = source(fileURLToPath(new URL(".", import.meta.url)));
  const columns = new Map(SSDA903_TABLES.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));

  it.each(Object.entries(DFE_RULES))(
    "%s names a check the readers make, with a rule of its return",
    (key, rule) => {
      const [issueCode = "", field] = key.split(" ");
      expect(code).toContain(`"${issueCode}"`);
      const ssda = issueCode.startsWith("ssda903-");
      expect(Object.keys(rule)).toEqual([ssda ? "ssda903" : "cin"]);
      const numbers = (ssda ? rule.ssda903 : rule.cin)?.split(", ") ?? [];
      for (const n of numbers)
        expect(n).toMatch(ssda ? /^(\d{3,4}[A-Za-z]?|SW\d{2}[ab]?STG[12])$/ : /^\d{3,4}Q?$/);
      if (field === undefined) return;
      if (ssda) {
        const [table, column] = field.includes(".") ? field.split(".") : [undefined, field];
        const holders = [...columns].filter(([, cols]) => cols.has(column ?? "")).map(([t]) => t);
        // A column of one table needs no table; a column of several names the one the rule is about.
        expect(table === undefined ? holders.length : holders.includes(table as never)).toBe(
          table === undefined ? 1 : true,
        );
      } else expect(code).toMatch(new RegExp(`\\b${field}\\b`));
    },
  );

  it.each([
    [
      {
        code: "cin-invalid-code",
        message: "",
        path: ["Message", "Children", "Child", 2, "CINdetails", 1, "ReasonForClosure"],
      },
      undefined,
      "8640",
    ],
    [
      {
        code: "cin-invalid-code",
        message: "",
        path: ["Message", "Children", "Child", 2, "ChildIdentifiers", "UPNunknown"],
      },
      undefined,
      undefined,
    ],
    [{ code: "ssda903-invalid-code", message: "", column: "SEX" }, "header", "101"],
    [{ code: "ssda903-invalid-code", message: "", column: "SEX" }, "uasc", undefined],
    [{ code: "ssda903-invalid-code", message: "", column: "SEX" }, undefined, undefined],
    [{ code: "ssda903-code-year", message: "", column: "REC" }, "episodes", "149"],
    [{ code: "toString", message: "" }, undefined, undefined],
    [{ code: "cin-invalid-code", message: "", path: ["constructor"] }, undefined, undefined],
  ])("dfeRuleOf(%j, %s) is %s", (issue, table, expected) => {
    expect(dfeRuleOf(issue, table)).toBe(expected);
  });
});
