import { describe, expect, it } from "vitest";
import {
  createGlossary,
  defaultAllowedTokens,
  expandAcronymsOnFirstUse,
  findAcronyms,
  mergeGlossaries,
  unexplainedAcronyms,
} from "./index.js";

const glossary = createGlossary([
  { term: "ICPC", expansion: "initial child protection conference" },
  { term: "CP", expansion: "child protection" },
  { term: "CLA", expansion: "children looked after" },
  { term: "CIN", expansion: "child in need" },
  { term: "S47", expansion: "section 47 enquiry", description: "Children Act 1989 s47" },
  { term: "S17", expansion: "section 17" },
  { term: "DoLS", expansion: "deprivation of liberty safeguards" },
  { term: "SSDA903", expansion: "the children looked after return" },
]);

describe("createGlossary and mergeGlossaries", () => {
  it("matches the JSDoc examples (later entries override)", () => {
    expect(
      createGlossary([
        { term: "CIN", expansion: "child in need" },
        { term: "CIN", expansion: "Children in need" },
      ]).byTerm.get("CIN")?.expansion,
    ).toBe("Children in need");
    expect(
      mergeGlossaries(createGlossary([{ term: "EHE", expansion: "elective home education" }]), [
        { term: "EHE", expansion: "Elective home education (local)" },
      ]).byTerm.get("EHE")?.expansion,
    ).toBe("Elective home education (local)");
  });
  it("sorts entries by term, trims and keeps descriptions", () => {
    const g = createGlossary([
      { term: " S47 ", expansion: "section 47 enquiry ", description: "d" },
      { term: "CIN", expansion: "child in need" },
      { term: "cp", expansion: "lower" },
    ]);
    expect(g.entries).toEqual([
      { term: "CIN", expansion: "child in need" },
      { term: "cp", expansion: "lower" },
      { term: "S47", expansion: "section 47 enquiry", description: "d" },
    ]);
  });
  it("rejects empty terms with a coded error", () => {
    expect(() => createGlossary([{ term: " ", expansion: "x" }])).toThrowError(
      /needs a term and an expansion/,
    );
  });
  it("merges several sources; a local entry overrides and adds", () => {
    const local = mergeGlossaries(glossary, [
      { term: "CP", expansion: "Child protection plan" },
      { term: "MASH", expansion: "multi-agency safeguarding hub" },
    ]);
    expect(local.byTerm.get("CP")?.expansion).toBe("Child protection plan");
    expect(local.byTerm.get("MASH")?.expansion).toBe("multi-agency safeguarding hub");
    expect(local.entries.length).toBe(glossary.entries.length + 1);
  });
});

describe("findAcronyms", () => {
  it("matches the JSDoc example", () => {
    expect(
      findAcronyms(
        "Two ICPCs and one S47",
        createGlossary([{ term: "ICPC", expansion: "initial child protection conference" }]),
      ).map((m) => [m.term, m.text, m.entry !== null]),
    ).toEqual([
      ["ICPC", "ICPCs", true],
      ["S47", "S47", false],
    ]);
  });
  it.each([
    ["ICPCs held", [["ICPC", "ICPCs", 0]]],
    [
      "S47s and S17 cases",
      [
        ["S47", "S47s", 0],
        ["S17", "S17", 9],
      ],
    ],
    ["the CLA's plan", [["CLA", "CLA's", 4]]],
    ["the CLA\u2019s plan", [["CLA", "CLA\u2019s", 4]]],
    [
      "CP plans (CP)",
      [
        ["CP", "CP", 0],
        ["CP", "CP", 10],
      ],
    ],
    ["DoLS orders", [["DoLS", "DoLS", 0]]],
    ["SSDA903 return", [["SSDA903", "SSDA903", 0]]],
    [
      "CPR and CPs",
      [
        ["CPR", "CPR", 0],
        ["CP", "CPs", 8],
      ],
    ],
    ["cin and Cin are words", []],
    [
      "ACP, CINE and SCP are not CP",
      [
        ["ACP", "ACP", 0],
        ["CINE", "CINE", 5],
        ["SCP", "SCP", 14],
        ["CP", "CP", 26],
      ],
    ],
    ["A single I or A is not an acronym", []],
    ["COVID-19 and 2024/25", [["COVID", "COVID", 0]]],
  ])("%s", (text, expected) => {
    expect(findAcronyms(text, glossary).map((m) => [m.term, m.text, m.index])).toEqual(expected);
  });
  it("finds acronym-like tokens without a glossary", () => {
    expect(findAcronyms("MASH and S47 work").map((m) => [m.term, m.entry])).toEqual([
      ["MASH", null],
      ["S47", null],
    ]);
  });
});

describe("unexplainedAcronyms", () => {
  it("matches the JSDoc example", () => {
    expect(
      unexplainedAcronyms(
        "CIN and LADO referrals, Part II, Q4",
        createGlossary([{ term: "CIN", expansion: "child in need" }]),
      ),
    ).toEqual(["LADO"]);
  });
  it("reports each unknown acronym once, in order, honouring the allow-list", () => {
    expect(
      unexplainedAcronyms("MASH, UK, MASH, S20, CLA, IRO, XIV, CD", glossary, { allow: ["UK"] }),
    ).toEqual(["MASH", "S20", "IRO", "CD"]);
  });
  it("can report Roman numerals too", () => {
    expect(unexplainedAcronyms("Part IV", glossary, { ignoreRomanNumerals: false })).toEqual(["IV"]);
  });
  it("ignores quarter labels by default", () => {
    expect(defaultAllowedTokens.includes("Q4")).toBe(true);
    expect(unexplainedAcronyms("Q1 2024/25 to Q3", glossary)).toEqual([]);
  });
});

describe("expandAcronymsOnFirstUse", () => {
  it("matches the JSDoc example", () => {
    expect(
      expandAcronymsOnFirstUse(
        "ICPCs held: the ICPC rate",
        createGlossary([{ term: "ICPC", expansion: "initial child protection conference" }]),
      ),
    ).toBe("initial child protection conference (ICPCs) held: the ICPC rate");
  });
  it("expands each term once, carrying `seen` across calls", () => {
    const seen = new Set<string>();
    expect(expandAcronymsOnFirstUse("CIN and CP: CIN rate", glossary, seen)).toBe(
      "child in need (CIN) and child protection (CP): CIN rate",
    );
    expect(expandAcronymsOnFirstUse("CIN, CLA's plans", glossary, seen)).toBe(
      "CIN, children looked after (CLA's) plans",
    );
    expect([...seen]).toEqual(["CIN", "CP", "CLA"]);
  });
  it("leaves terms that are already written out, and unknown acronyms, alone", () => {
    expect(expandAcronymsOnFirstUse("Child in need (CIN) and CIN; MASH", glossary)).toBe(
      "Child in need (CIN) and CIN; MASH",
    );
    expect(expandAcronymsOnFirstUse("CP (child protection) plans", glossary)).toBe(
      "CP (child protection) plans",
    );
  });
  it("returns text without acronyms unchanged", () => {
    expect(expandAcronymsOnFirstUse("", glossary)).toBe("");
    expect(expandAcronymsOnFirstUse("no acronyms here", glossary)).toBe("no acronyms here");
  });
});
