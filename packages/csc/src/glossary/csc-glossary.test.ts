import { findAcronyms, isKpikitError, unexplainedAcronyms } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { catalogue } from "../catalogue/index.js";
import { cscGlossary, cscGlossaryEntries } from "./index.js";

const REQUIRED = [
  "CIN",
  "CLA",
  "LAC",
  "CP",
  "CPP",
  "ICPC",
  "RCPC",
  "S47",
  "S17",
  "S20",
  "S31",
  "MASH",
  "EHE",
  "EHA",
  "SEND",
  "EHCP",
  "UASC",
  "IRO",
  "PA",
  "SGO",
  "EET",
  "NEET",
  "RHI",
  "LADO",
  "DfE",
  "ILACS",
  "SN",
  "RAG",
  "DCS",
  "LSCP",
  "CSE",
  "CCE",
  "YOS",
  "YJS",
  "CAMHS",
  "PLO",
  "ASYE",
  "FTE",
  "KPI",
  "SSDA903",
  "CSWW",
  "LAIT",
  "EES",
];

describe("cscGlossaryEntries", () => {
  it("JSDoc example: ICPC", () => {
    expect(cscGlossaryEntries.find((e) => e.term === "ICPC")?.expansion).toBe(
      "initial child protection conference",
    );
  });

  it("has at least 80 entries with unique terms and non-empty expansions", () => {
    expect(cscGlossaryEntries.length).toBeGreaterThanOrEqual(80);
    const terms = cscGlossaryEntries.map((e) => e.term);
    expect(new Set(terms).size).toBe(terms.length);
    for (const e of cscGlossaryEntries) {
      expect(e.term.trim(), e.term).toBe(e.term);
      expect(e.expansion.length, e.term).toBeGreaterThan(1);
      expect(e.expansion, e.term).not.toBe(e.term);
    }
  });

  it.each(REQUIRED)("explains %s", (term) => {
    expect(cscGlossaryEntries.some((e) => e.term === term)).toBe(true);
  });

  it("leaves local programme names such as FACT to the council", () => {
    expect(cscGlossaryEntries.some((e) => e.term === "FACT")).toBe(false);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(cscGlossaryEntries)).toBe(true);
  });
});

describe("cscGlossary", () => {
  it("JSDoc example: adds local terms", () => {
    expect(
      cscGlossary([{ term: "FACT", expansion: "Families and Children Transformation programme" }]).byTerm.get(
        "FACT",
      )?.expansion,
    ).toBe("Families and Children Transformation programme");
  });

  it("holds every built-in entry when no local terms are given", () => {
    const g = cscGlossary();
    expect(g.entries.length).toBe(cscGlossaryEntries.length);
    expect(g.byTerm.get("MASH")?.expansion).toBe("multi-agency safeguarding hub");
  });

  it("lets a local entry override a built-in one", () => {
    const g = cscGlossary([{ term: "PA", expansion: "personal assistant" }]);
    expect(g.byTerm.get("PA")?.expansion).toBe("personal assistant");
    expect(g.entries.length).toBe(cscGlossaryEntries.length);
  });

  it("finds local acronyms in text once they are added", () => {
    const text = "The FACT programme and the MASH";
    expect(unexplainedAcronyms(text, cscGlossary())).toEqual(["FACT"]);
    expect(
      unexplainedAcronyms(
        text,
        cscGlossary([{ term: "FACT", expansion: "Families and Children Transformation programme" }]),
      ),
    ).toEqual([]);
  });

  it("rejects an empty local term with a kpikit error", () => {
    try {
      cscGlossary([{ term: " ", expansion: "nothing" }]);
      expect.unreachable();
    } catch (e) {
      expect(isKpikitError(e) && e.code).toBe("bad-glossary-entry");
    }
  });

  it("explains every acronym in the seeds' wording of the self-assessment table", () => {
    const rows =
      "S47s recommend ICPC; ICPCs within 15 days; RCPCs within timescales; CP visits; Repeat CP Plan; CLA 2-year stability";
    expect(unexplainedAcronyms(rows, cscGlossary())).toEqual([]);
  });
});

describe("the catalogue and the glossary together", () => {
  const glossary = cscGlossary();

  it("explains every acronym in every definition's title, short title and description", () => {
    const missing: string[] = [];
    for (const d of catalogue) {
      for (const term of unexplainedAcronyms(`${d.title}\n${d.shortTitle}\n${d.description}`, glossary)) {
        missing.push(`${d.id}: ${term}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists each acronym a definition uses in its `acronyms` field", () => {
    const wrong: string[] = [];
    for (const d of catalogue) {
      const used = new Set(
        findAcronyms(`${d.title}\n${d.shortTitle}\n${d.description}`, glossary)
          .map((m) => m.term)
          .filter((t) => !/^[IVX]+$/.test(t)),
      );
      for (const t of used) if (!d.acronyms.includes(t)) wrong.push(`${d.id} uses ${t}`);
      for (const t of d.acronyms) if (!glossary.byTerm.has(t)) wrong.push(`${d.id} lists unknown ${t}`);
    }
    expect(wrong).toEqual([]);
  });
});
