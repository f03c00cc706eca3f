// The CIN census files in data/returns/cin: every one reads, with the issues its content calls for.
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCinCensusXml } from "../../src/returns/index.js";
import { readSharedText, sharedData } from "../shared-data.js";

const read = (name: string) => parseCinCensusXml(readSharedText(`returns/cin/${name}`), { file: name });
const codes = (name: string) =>
  read(name)
    .issues.map((i) => i.code)
    .sort();

describe("CIN census files", () => {
  it("fake_CIN_data.xml: 332 children and 402 referrals, header problems reported", () => {
    const r = read("fake_CIN_data.xml");
    expect(r.children).toHaveLength(332);
    expect(r.children.reduce((n, c) => n + c.details.length, 0)).toBe(402);
    expect(r.header).toMatchObject({ collection: "CIN", year: 2022, referenceDate: "2022-07-21", la: "975" });
    // As docs/returns.md shows.
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["cin-header-reference-date", 6, 7],
      ["cin-header-unknown-la", 10, 7],
    ]);
    expect(r.children[331]?.position).toBe(332);
    const text = readSharedText("returns/cin/fake_CIN_data.xml");
    const lastChildLine = text.split("\n").lastIndexOf("    <Child>") + 1;
    expect(r.children[331]?.line).toBe(lastChildLine);
  });

  it("no issue message from any file contains an identifier value", () => {
    const dir = resolve(sharedData, "returns/cin");
    const files = readdirSync(dir).filter((f) => f.endsWith(".xml"));
    expect(files.length).toBeGreaterThanOrEqual(10);
    let checked = 0;
    for (const f of files) {
      const r = read(f);
      const secrets = new Set<string>();
      for (const c of r.children) {
        const id = c.identifiers;
        for (const v of [
          id.laChildId,
          id.upn,
          id.formerUpn,
          id.birthDate,
          id.expectedBirthDate,
          id.deathDate,
        ])
          if (v) secrets.add(v);
      }
      for (const issue of r.issues) {
        checked++;
        for (const s of secrets) expect(issue.message, `${f}: ${issue.message}`).not.toContain(s);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("an issue for every identifier of a tampered fake file still names no identifier", () => {
    const text = readSharedText("returns/cin/fake_CIN_data.xml");
    // Break every UPN and birth date so that each child carries identifier issues.
    const bad = text
      .replace(/<UPN>(\w+)<\/UPN>/g, "<UPN>$1!</UPN>")
      .replace(/<PersonBirthDate>(\d{4})-(\d\d)-(\d\d)</g, "<PersonBirthDate>$3/$2/$1<");
    const r = parseCinCensusXml(bad, { file: "bad.xml" });
    expect(r.issues.filter((i) => i.code === "cin-invalid-upn")).toHaveLength(332);
    expect(r.issues.filter((i) => i.code === "cin-invalid-date")).toHaveLength(332);
    const ids = [...text.matchAll(/<(?:LAchildID|UPN|PersonBirthDate)>([^<]+)</g)].map((m) => m[1]!);
    expect(ids.length).toBe(332 * 3);
    const messages = r.issues.map((i) => i.message).join("\n");
    for (const id of ids) expect(messages).not.toContain(id);
    const dmy = [...bad.matchAll(/<PersonBirthDate>([^<]+)</g)].map((m) => m[1]!);
    for (const v of dmy) expect(messages).not.toContain(v);
    expect(r.issues.find((i) => i.code === "cin-invalid-upn")?.message).toMatch(
      /^<UPN> of child 1 \(line 18\) is not a UPN/,
    );
  });

  // The hand-made files start assessments, enquiries and plans before their referral (warnings), and
  // child_fails_assessments does so on purpose.
  it.each([
    [
      "CIN_header_issues_100.xml",
      [...Array(3).fill("cin-date-order"), "cin-header-reference-date", "cin-stray-text"],
    ],
    ["CIN_Census_2021.xml", [...Array(3).fill("cin-date-order"), "cin-stray-text"]],
    [
      "CIN_Census_2024.xml",
      [...Array(4).fill("cin-date-order"), "cin-header-year-mismatch", "cin-invalid-code", "cin-stray-text"],
    ],
    [
      "CIN_Census_2026.xml",
      [...Array(4).fill("cin-date-order"), "cin-header-year-mismatch", "cin-invalid-code", "cin-stray-text"],
    ],
    ["cin-2022_liiatools.xml", Array(3).fill("cin-date-order")],
  ])("%s → %j", (file, expected) => {
    expect(codes(file)).toEqual(expected);
  });

  it("child_fails_assessments: its assessment started before its referral", () => {
    const r = read("CIN_Census_2026.xml");
    const w = r.issues.filter((i) => i.severity === "warning" && i.code === "cin-date-order");
    expect(w.map((i) => [i.row, i.path?.at(-1)])).toEqual([
      [55, "S47ActualStartDate"],
      [62, "CPPstartDate"],
      [105, "AssessmentActualStartDate"],
    ]);
    expect(w[2]?.message).toBe(
      "The assessment started before the referral (child 2 (line 85), referral 1, assessment 1).",
    );
  });

  it("the 2026 file keeps its pre-proceedings block and the Sex element", () => {
    const r = read("CIN_Census_2026.xml");
    expect(r.children.map((c) => c.identifiers.sex)).toEqual(["1", "M"]);
    expect(r.children[0]?.details[0]?.preProceedings[0]).toMatchObject({
      PPStartDate: "2026-09-09",
      PPOutcome: "A",
      ReviewMeetingsCount: "3",
    });
    expect(r.children[0]?.details[0]?.assessments[0]?.factors).toEqual(["1C", "6B"]);
    const order = r.issues.find((i) => i.code === "cin-date-order");
    expect([order?.row, order?.path?.at(-1)]).toEqual([43, "AssessmentAuthorisationDate"]);
  });

  it("the 2021 file reads GenderCurrent and the ExpectedPersonBirthDate", () => {
    const r = read("CIN_Census_2021.xml");
    expect(r.children[0]?.identifiers).toMatchObject({
      sex: "1",
      expectedBirthDate: "1066-04-13",
      deathDate: "1980-10-08",
    });
  });
});
