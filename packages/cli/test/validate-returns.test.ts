// kpikit validate on returns: a second SSDA903 table of one kind for one year is checked as the first is.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kpikit } from "./run-cli.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

function year(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-validate-"));
  mkdirSync(join(dir, "2016-17"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "2016-17", name), text);
  return dir;
}

describe("kpikit validate: a second table of one kind for one year", () => {
  // The second table has a leaving code of the 2019 schema (E45) and a child with no header row.
  const clean = `${EP}\nC1,01/05/2016,S,C2,N1,U1,PR1,,,,,,\n`;
  const doubtful = `${EP}\nC1,01/05/2016,S,C2,N1,U1,PR1,01/06/2016,E45,,,,\nC3,01/05/2016,S,C2,N1,U1,PR1,,,,,,\n`;
  const header = `${HD}\nC1,1,01/02/2012,WBRI,A123456789012,,\n`;
  it.each([
    [
      "the second is the doubtful one",
      { "a-episodes.csv": clean, "b-episodes.csv": doubtful },
      "b-episodes.csv",
    ],
    [
      "the first is the doubtful one",
      { "a-episodes.csv": doubtful, "b-episodes.csv": clean },
      "a-episodes.csv",
    ],
  ])("%s: its rows get the year's code lists and the cross-table checks", (_name, files, bad) => {
    const dir = year({ ...files, "header.csv": header });
    const r = kpikit(
      ["validate", "--json", "2016-17/a-episodes.csv", "2016-17/header.csv", "2016-17/b-episodes.csv"],
      {
        cwd: dir,
      },
    );
    const out = JSON.parse(r.stdout) as {
      files: { file: string; issues: { code: string; row?: number }[] }[];
    };
    const codes = (file: string) =>
      (out.files.find((f) => f.file === `2016-17/${file}`)?.issues ?? [])
        .filter((i) => i.code !== "ssda903-duplicate-table")
        .map((i) => [i.code, i.row])
        .sort();
    const good = bad === "a-episodes.csv" ? "b-episodes.csv" : "a-episodes.csv";
    expect([r.code, codes(bad), codes(good)]).toEqual([
      3,
      [
        ["ssda903-child-not-in-header", 3],
        ["ssda903-code-year", 2],
      ],
      [],
    ]);
  });
});
