import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { CLI, kpikit, REPO } from "./run-cli.js";

const returns = resolve(REPO, "data/returns");

describe("kpikit (built)", () => {
  it("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "packages/cli/package.json"), "utf8"));
    const r = kpikit(["--version"]);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("output piped into a reader that stops early (| head) ends without an error", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${CLI}" benchmark --indicator ReReferral --json | head -c 20; echo " \${PIPESTATUS[0]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stdout).toMatch(/^\{\n {2}"kind": "indica[\s\S]* 0\n$/);
    expect(r.stderr).toBe("");
  });

  it("--help has an example for every command", () => {
    const r = kpikit(["--help"]);
    expect(r.code).toBe(0);
    for (const c of [
      "report",
      "benchmark",
      "validate",
      "catalogue",
      "glossary",
      "areas",
      "neighbours",
      "init",
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^  kpikit ${c}`, "m"));
      const help = kpikit([c, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Examples:\n {2}kpikit /);
    }
  });

  it("areas and neighbours", () => {
    const areas = JSON.parse(kpikit(["areas", "--json"]).stdout);
    expect(areas).toHaveLength(153);
    expect(areas.find((a: { code: string }) => a.code === "865")).toMatchObject({
      name: "Wiltshire",
      regionName: "South West",
    });
    const n = kpikit(["neighbours", "Wiltshire", "--json"]);
    expect(n.code).toBe(0);
    const doc = JSON.parse(n.stdout);
    expect(doc.la).toEqual({ code: "865", name: "Wiltshire" });
    expect(doc.neighbours).toHaveLength(10);
    expect(doc.neighbours[0]).toMatchObject({ rank: 1, code: "850", name: "Hampshire" });
    expect(kpikit(["neighbours", "Atlantis"]).code).toBe(2);
  });

  it("catalogue and glossary", () => {
    const cat = JSON.parse(kpikit(["catalogue", "--json"]).stdout);
    expect(cat.find((d: { id: string }) => d.id === "re-referrals-12m")).toMatchObject({
      lait: "ReReferral",
      polarity: "lower-is-better",
    });
    const g = kpikit(["glossary", "S47s recommending ICPC"]);
    expect(g.code).toBe(0);
    expect(g.stdout).toContain("initial child protection conference (ICPC)");
  });

  it("benchmark gives LAIT's All LAs view in the documented JSON shape", () => {
    const r = kpikit(["benchmark", "--indicator", "Re-referral rate", "--period", "2023/24", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.period.label).toBe("2023/24");
    const w = doc.rows.find((x: { laCode: string }) => x.laCode === "865");
    expect(Object.keys(w)).toEqual(
      expect.arrayContaining([
        "laCode",
        "laName",
        "value",
        "status",
        "rank",
        "rankOf",
        "band",
        "neighbourAverage",
        "neighbourCount",
        "regionValue",
        "englandValue",
        "previousValue",
        "change",
      ]),
    );
    expect(w).toMatchObject({ value: 19.1, rank: 52, rankOf: 149, band: "B", englandValue: 22.4 });
    const csv = kpikit(["benchmark", "--indicator", "ReReferral", "--format", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toBe(
      "indicator,period,la_code,la_name,value,status,rank,rank_of,band,neighbour_average,neighbour_count,region_value,england_value,previous_value,change",
    );
    expect(kpikit(["benchmark", "--indicator", "zzzz qqqq"]).code).toBe(2);
  });

  it.each([
    ["ReReferral", "2022/23", "re-referrals-12m", "2022/23"],
    ["Agency staff", "30 Sep 2020", "agency-sw-count", "30 Sep 2020"],
    ["cpp-repeat", undefined, "cpp-repeat", "2024/25"],
  ])(
    "benchmark CSV of %s (%s) names the indicator and the period on every row",
    (text, period, id, label) => {
      const r = kpikit([
        "benchmark",
        "--indicator",
        text,
        ...(period ? ["--period", period] : []),
        "--format",
        "csv",
      ]);
      expect(r.code).toBe(0);
      const [header, ...lines] = r.stdout.trimEnd().split("\r\n");
      expect(header?.split(",").slice(0, 4)).toEqual(["indicator", "period", "la_code", "la_name"]);
      expect(lines.length).toBeGreaterThan(140);
      expect(lines.every((l) => l.startsWith(`${id},${label},`))).toBe(true);
      const json = JSON.parse(
        kpikit(["benchmark", "--indicator", text, ...(period ? ["--period", period] : []), "--json"]).stdout,
      );
      const wiltshire = lines.find((l) => l.includes(",865,Wiltshire,"))?.split(",");
      const row = json.rows.find((x: { laCode: string }) => x.laCode === "865");
      expect(Number(wiltshire?.[4])).toBe(row.value);
      expect(Number(wiltshire?.[6])).toBe(row.rank);
    },
  );

  it("init writes a config and templates that a report accepts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-init-"));
    const r = kpikit(["init", "--la", "865", "--dir", dir]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "kpikit.config.yaml"), "utf8")).toContain('la: "865"');
    const sheet = (await readXlsxFile(readFileSync(join(dir, "local-figures.xlsx"))))[0];
    expect(sheet?.data[0]).toEqual([
      "indicator",
      "period",
      "value",
      "numerator",
      "denominator",
      "target",
      "note",
    ]);
    expect(sheet?.data.some((row) => row[0] === "re-referrals-12m")).toBe(true);
    expect(kpikit(["init", "--la", "865", "--dir", dir]).code).toBe(2);
    const csv = readFileSync(join(dir, "local-figures.csv"), "utf8").replace(
      "re-referrals-12m,,,",
      "re-referrals-12m,2025/26,20.5%,",
    );
    writeFileSync(join(dir, "local-figures.csv"), csv);
    const report = kpikit([
      "report",
      "--local",
      join(dir, "local-figures.csv"),
      "--config",
      join(dir, "kpikit.config.yaml"),
      "--json",
    ]);
    expect(report.code).toBe(0);
    const doc = JSON.parse(report.stdout);
    expect(
      doc.rows.find((x: { indicator: { id: string } }) => x.indicator.id === "re-referrals-12m").current
        .value,
    ).toBe(20.5);
    const viaXlsx = kpikit(["validate", join(dir, "local-figures.xlsx")]);
    expect(viaXlsx.code).toBe(0);
  });

  it("report with no local file gives a full benchmark scorecard, and --json keeps stdout pure", () => {
    const r = kpikit(["report", "--la", "Leeds", "--json", "--today", "2025-11-01"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.area.name).toBe("Leeds");
    expect(doc.generated).toBe("2025-11-01");
    expect(doc.rows.length).toBeGreaterThan(50);
    expect(doc.rows.every((x: { benchmarks: object }) => x.benchmarks !== undefined)).toBe(true);
  });

  it("report --period agrees with benchmark on rank, band and England for that period", () => {
    const report = JSON.parse(
      kpikit(["report", "--la", "Wiltshire", "--period", "2022/23", "--json"]).stdout,
    );
    expect(report.period.label).toBe("2022/23");
    // Dated the day it is made (the tests' fixed KPIKIT_TODAY), as at the period asked for.
    expect(report.generated).toBe(process.env.KPIKIT_TODAY);
    const bench = JSON.parse(
      kpikit(["benchmark", "--indicator", "re-referrals-12m", "--period", "2022/23", "--json"]).stdout,
    );
    const row = report.rows.find((x: { indicator: { id: string } }) => x.indicator.id === "re-referrals-12m");
    const all = bench.rows.find((x: { laCode: string }) => x.laCode === "865");
    expect(row.current.period.label).toBe("2022/23");
    expect([
      row.current.value,
      row.benchmarks.rank,
      row.benchmarks.rankOf,
      row.benchmarks.band,
      row.benchmarks.england.value,
    ]).toEqual([all.value, all.rank, all.rankOf, all.band, all.englandValue]);
  });

  it("suppresses a small numerator in local figures as [c], with a data quality note", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-supp-"));
    const file = join(dir, "figures.csv");
    writeFileSync(
      file,
      "indicator,period,value,numerator,denominator\nRe-referral rate,2023/24,20%,3,15\nRe-referral rate,2024/25,18%,36,200\n",
    );
    const r = kpikit(["report", "--la", "Wiltshire", "--local", file, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const row = doc.rows.find((x: { indicator: { id: string } }) => x.indicator.id === "re-referrals-12m");
    expect(row.previous).toMatchObject({ value: null, status: "suppressed", display: "[c]" });
    expect(row.previous.numerator).toBeUndefined();
    expect(row.current).toMatchObject({ value: 18, numerator: 36 });
    expect(
      doc.dataQuality.some(
        (d: { code: string; message: string }) =>
          d.code === "suppressed" && d.message.startsWith("re-referrals-12m 2023/24"),
      ),
    ).toBe(true);
  });

  it("--quiet leaves stderr empty on success", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-quiet-"));
    const r = kpikit(["report", "--la", "Wiltshire", "--out", join(dir, "w.md"), "--quiet"]);
    expect(r).toMatchObject({ code: 0, stderr: "", stdout: "" });
    expect(readFileSync(join(dir, "w.md"), "utf8")).toMatch(/^# Wiltshire children's services performance/);
  });

  it("usage errors exit 2 and write nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-usage-"));
    expect(kpikit(["report"]).code).toBe(2);
    expect(kpikit(["report", "--la", "Wiltshire", "--out", join(dir, "x.pdf")]).code).toBe(2);
    expect(kpikit(["report", "--la", "Wiltshire", "--format", "xlsx"]).code).toBe(2);
    expect(kpikit(["report", "--la", "Wiltshire", "--today", "31/03/2021"]).code).toBe(2);
    expect(existsSync(join(dir, "x.pdf"))).toBe(false);
  });
});

describe("validate: statutory returns", () => {
  const CIN = `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year>
  <ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
  <Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID><Sex>F</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
  <CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>
  <ReferralNFA>false</ReferralNFA></CINdetails></Child></Children></Message>`;

  it("accepts a valid CIN census file and finds a bad date in an SSDA903 table, by row and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-returns-"));
    writeFileSync(join(dir, "cin.xml"), CIN);
    writeFileSync(
      join(dir, "reviews.csv"),
      "CHILD,DOB,REVIEW,REVIEW_CODE\n1001,01/01/2010,01/06/2020,PN1\n1002,05/05/2012,30/02/2020,PN1\n",
    );
    const r = kpikit(["validate", "cin.xml", "reviews.csv", "--json"], { cwd: dir });
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { kind: string; ok: boolean }) => [f.kind, f.ok])).toEqual([
      ["cin-census", true],
      ["ssda903", false],
    ]);
    const errors = doc.files[1].issues.filter((i: { severity?: string }) => i.severity !== "warning");
    expect(errors).toEqual([
      expect.objectContaining({ file: "reviews.csv", row: 3, column: "REVIEW", severity: "error" }),
    ]);
  });

  it("routes SSDA903 XML to the 903 reader and runs the cross-table checks over the files given together", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-returns-"));
    writeFileSync(
      join(dir, "903.xml"),
      `<EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX><DOB>01/02/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
<EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD></EXPSSDA903>`,
    );
    const xml = kpikit(["validate", "903.xml", "--json"], { cwd: dir });
    expect(JSON.parse(xml.stdout).files.map((f: { kind: string; ok: boolean }) => [f.kind, f.ok])).toEqual([
      ["ssda903", true],
    ]);
    const EP =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    writeFileSync(
      join(dir, "episodes.csv"),
      `${EP}\n1,01/04/2023,S,C2,N1,U1,PR1,,,,,,\n1,01/05/2023,P,C2,N1,U1,PR1,,,,,,\n2,01/06/2023,S,C2,N1,U1,PR1,,,,,,\n`,
    );
    writeFileSync(
      join(dir, "header.csv"),
      "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/02/2010,WBRI,A12345678901B,,\n",
    );
    const r = kpikit(["validate", "episodes.csv", "header.csv", "--json"], { cwd: dir });
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    const found = doc.files.flatMap((f: { issues: { code: string; file: string; row: number }[] }) =>
      f.issues.map((i) => [i.code, i.file, i.row]),
    );
    expect(found).toEqual([
      // The same child's second episode starts while the first is open; child 2 has no header row.
      ["ssda903-episode-overlap", "episodes.csv", 3],
      ["ssda903-child-not-in-header", "episodes.csv", 4],
      // validate checks UPN check letters (A12345678901B's should be L).
      ["ssda903-upn-check-letter", "header.csv", 2],
    ]);
  });

  it("checks an SSDA903 table saved as a workbook with the same reader, naming its sheet rows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-returns-"));
    const { default: writeXlsxFile } = await import("write-excel-file/node");
    const head =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN".split(
        ",",
      );
    const text = (value: string) => ({ value, type: String });
    const date = { value: new Date(Date.UTC(2023, 4, 1)), type: Date, format: "dd/mm/yyyy" };
    const row = (child: string, place: string) => [
      text(child),
      date,
      text("S"),
      text("C2"),
      text("N1"),
      text(place),
      text("PR1"),
      ...Array(6).fill(null),
    ];
    const buffer = await writeXlsxFile([head.map(text), row("1", "U1"), row("2", "Q9")] as never).toBuffer();
    writeFileSync(join(dir, "episodes.xlsx"), buffer);
    const r = kpikit(["validate", "episodes.xlsx", "--json"], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { kind: string }) => f.kind)).toEqual(["ssda903"]);
    const errors = doc.files[0].issues.filter((i: { severity?: string }) => i.severity !== "warning");
    expect(
      errors.map((i: { code: string; row: number; column: string }) => [i.code, i.row, i.column]),
    ).toEqual([["ssda903-invalid-code", 3, "PLACE"]]);
  });

  it("names the workforce census and flat CIN tables, and never computes them as a CIN census", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-returns-"));
    writeFileSync(
      join(dir, "csww.xml"),
      "<Message><Header><CollectionDetails><Collection>CSWW</Collection><Year>2022</Year></CollectionDetails></Header><CSWWWorker/></Message>",
    );
    const r = kpikit(["validate", "csww.xml"], { cwd: dir });
    expect(r.stdout).toMatch(
      /csww\.xml:1:1: warning: csww\.xml is the children's social work workforce census/,
    );
    const c = kpikit(["compute", "csww.xml", "--json"], { cwd: dir });
    expect(c.code).toBe(3);
    expect(c.stderr).toMatch(/no CIN census, SSDA903 or Annex A returns among the files/);
  });

  it("reads the shared fake returns and never quotes a child identifier", () => {
    const r = kpikit([
      "validate",
      join(returns, "cin/fake_CIN_data.xml"),
      join(returns, "ssda903/episodes.csv"),
      "--json",
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { kind: string }) => f.kind)).toEqual(["cin-census", "ssda903"]);
    expect(doc.files[0].issues).toContainEqual(
      expect.objectContaining({ code: "cin-header-reference-date", row: 6, column: 7 }),
    );
    const ids = readFileSync(join(returns, "cin/fake_CIN_data.xml"), "utf8").match(/RND\d+/g) ?? [];
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids.slice(0, 50)) expect(r.stdout).not.toContain(id);
  });

  it("refuses a DOCTYPE (no entity expansion) with exit 3", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-xml-"));
    const file = join(dir, "bomb.xml");
    writeFileSync(
      file,
      '<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<Message>&b;</Message>\n',
    );
    const r = kpikit(["validate", file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/bomb\.xml:2:1: error: DOCTYPE and ENTITY declarations are refused/);
  });
});
