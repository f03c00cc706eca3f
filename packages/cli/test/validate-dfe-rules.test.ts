// kpikit validate names the DfE rule of each issue that has one, in its text and its JSON.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { kpikit } from "./run-cli.js";

interface JsonIssue {
  readonly code: string;
  readonly column?: string | number;
  readonly rule?: string;
  readonly severity?: string;
}

it("kpikit validate shows the DfE rule numbers of the returns' issues, and none where there is no DfE rule", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-rules-"));
  // A census whose child has no LAchildID (DfE rule 8500) and a referral source not in the list (8866).
  writeFileSync(
    join(dir, "cin.xml"),
    `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year>
  <ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
  <Children><Child><ChildIdentifiers><Sex>F</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
  <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>QQ</ReferralSource>
  <ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>`,
  );
  // Episodes: a placement not in the list (146), an end before the start (356), and two overlapping (no number).
  writeFileSync(
    join(dir, "episodes.csv"),
    [
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      "1,01/04/2023,S,C2,N1,ZZ,PR1,01/07/2023,X1,,,,",
      "1,01/06/2023,P,C2,N1,U1,PR1,,,,,,",
      "2,01/06/2023,S,C2,N1,U1,PR1,01/05/2023,E11,,,,",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "header.csv"),
    "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/02/2010,WBRI,UN1,,\n2,2,01/02/2011,WBRI,UN1,,\n",
  );
  const files = ["cin.xml", "episodes.csv", "header.csv"];
  const json = kpikit(["validate", ...files, "--json"], { cwd: dir });
  expect(json.code).toBe(3);
  const issues = (JSON.parse(json.stdout).files as { issues: JsonIssue[] }[]).flatMap((f) => f.issues);
  const byCode = (code: string) => issues.filter((i) => i.code === code).map((i) => [i.column, i.rule]);
  expect(byCode("ssda903-invalid-code")).toEqual([["PLACE", "146"]]);
  expect(byCode("ssda903-date-order")).toEqual([["DEC", "356"]]);
  expect(byCode("ssda903-episode-overlap")).toEqual([["DECOM", undefined]]);
  expect(
    issues.filter((i) => i.code.startsWith("cin-") && i.severity !== "warning").map((i) => i.rule),
  ).toEqual(expect.arrayContaining(["8500", "8866"]));

  const text = kpikit(["validate", ...files], { cwd: dir });
  expect(text.code).toBe(3);
  const lines = text.stdout.split("\n");
  const line = (re: RegExp) => lines.filter((l) => re.test(l));
  expect(line(/<LAchildID>/)).toEqual([expect.stringMatching(/\(DfE rule 8500\)$/)]);
  expect(line(/^ {2}episodes\.csv:2:PLACE:/)).toEqual([expect.stringMatching(/\(DfE rule 146\)$/)]);
  expect(line(/^ {2}episodes\.csv:3:DECOM:/)).toEqual([expect.not.stringMatching(/DfE rule/)]);
});
