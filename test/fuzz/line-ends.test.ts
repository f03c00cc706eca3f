// Issue 12: a file whose header ends in CRLF and whose rows mix CRLF and LF lost its LF rows (swallowed into the
// row before) with no error. Each reader is fed the same rows under every mix of line ends and must read them all.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEesCsv, readSsda903 } from "@kpikit/csc";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../packages/cli/src/main.js";

/** Line-end mixes: the header's first, then the rows'. */
const MIXES = [
  ["\r\n", "\n", "\r\n", "\n"],
  ["\r\n", "\n", "\n", "\n"],
  ["\n", "\r\n", "\n", "\r\n"],
  ["\r\n", "\r", "\n", "\r\n"],
  ["\r", "\n", "\r\n", ""],
] as const;

const join_ = (lines: readonly string[], ends: readonly string[]) =>
  lines.map((l, i) => `${l}${ends[i] ?? "\n"}`).join("");

const dir = mkdtempSync(join(tmpdir(), "kpikit-line-ends-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("rows under mixed line ends are all read", () => {
  it.each(MIXES.map((m) => [JSON.stringify(m), m] as const))("local figures %s", async (_, ends) => {
    const lines = [
      "indicator,period,value",
      "re-referrals-12m,2021/22,25",
      "re-referrals-12m,2022/23,26",
      "re-referrals-12m,2023/24,27",
    ];
    const path = join(dir, `local-${MIXES.indexOf(ends)}.csv`);
    writeFileSync(path, join_(lines, ends));
    // kpikit validate, in process: the local figures reader wherever it lives.
    const out: string[] = [];
    const io = {
      stdout: (t: string) => void out.push(t),
      stderr: () => {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      cwd: dir,
    };
    const code = await run(["validate", "--json", path], io);
    const files = JSON.parse(out.join("")).files as { rows: number; issues: unknown[] }[];
    expect([code, files[0]?.rows, files[0]?.issues]).toEqual([0, 3, []]);
  });

  it.each(MIXES.map((m) => [JSON.stringify(m), m] as const))("published data (EES) %s", (_, ends) => {
    const lines = [
      "time_period,time_identifier,geographic_level,country_code,region_code,old_la_code,new_la_code,la_name,referral_count,rereferral_count,rereferral_percent",
      "2025,Reporting year,Local authority,E92000001,E12000009,865,E06000054,Wiltshire,3000,600,20",
      "2025,Reporting year,Local authority,E92000001,E12000009,800,E06000022,Bath and North East Somerset,1000,150,15",
      "2025,Reporting year,Local authority,E92000001,E12000009,801,E06000023,Bristol,4000,1000,25",
    ];
    const r = parseEesCsv(join_(lines, ends), { file: "c1.csv" });
    expect(r.rows).toEqual({ total: 3, used: 3, excluded: 0 });
    const rates = r.observations.filter((o) => o.indicatorId === "re-referrals-12m");
    expect(rates.map((o) => [o.area, o.value])).toEqual([
      ["865", 20],
      ["800", 15],
      ["801", 25],
    ]);
  });

  it.each(MIXES.map((m) => [JSON.stringify(m), m] as const))("SSDA903 episodes %s", (_, ends) => {
    const lines = [
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
      "101,01/04/2024,S,C2,N1,U1,PR1,,,,,,",
      "102,02/04/2024,S,C2,N1,U1,PR1,,,,,,",
      "103,03/04/2024,S,C2,N1,U1,PR1,,,,,,",
    ];
    const r = readSsda903({ "episodes.csv": join_(lines, ends) });
    const rows = r.tables.episodes?.rows ?? [];
    expect(rows.map((row) => [row.line, row.values.DECOM])).toEqual([
      [2, "2024-04-01"],
      [3, "2024-04-02"],
      [4, "2024-04-03"],
    ]);
  });
});
