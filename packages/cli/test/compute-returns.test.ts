// kpikit compute tried as a new user would: returns of several years as they lie in folders, stacked files of
// several LAs, and the defects found with public files (year not checked, blended LAs, --quiet hiding errors, a
// CIN Year out of range, a missing DEC column), each with a test.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { computeReturnsMeasures, readCsvRecords, readReturns } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { kpikit } from "./run-cli.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A 903 year for start year `y`: children 1–8 in care all year (one placement move for the even ones),
 * child 9 leaving in the year, child 10 coming in during it. Different sizes each year.
 */
function ssda(y: number, extra = ""): { episodes: string; header: string } {
  const n = 6 + (y % 4);
  const ep: string[] = [`${EP}${extra ? ",LA,YEAR" : ""}`];
  const hd: string[] = [`${HD}${extra ? ",LA,YEAR" : ""}`];
  const tail = extra ? `,${extra}` : "";
  for (let c = 1; c <= n; c++) {
    hd.push(`C${c},${1 + (c % 2)},01/02/${2008 + (c % 5)},WBRI,,,${tail}`);
    if (c % 2 === 0) {
      ep.push(`C${c},01/01/${y - 1},S,C2,N1,U1,PR1,15/06/${y},P1,,,,${tail}`);
      ep.push(`C${c},15/06/${y},P,C2,N1,U4,PR1,,,,,,${tail}`);
    } else ep.push(`C${c},01/01/${y - 1},S,C2,N1,U1,PR1,,,,,,${tail}`);
  }
  ep.push(`X${y},10/05/${y},S,V2,N1,U1,PR1,${uk(`${y + 1}-01-20`)},E13,,,,${tail}`);
  hd.push(`X${y},1,01/03/2010,WBRI,,,${tail}`);
  return { episodes: ep.join("\n"), header: hd.join("\n") };
}

/** A CIN census with Year `year` (the census of year − 1 to year) and `n` referred children. */
function cin(year: number, n: number, la = "865"): string {
  const kids = Array.from(
    { length: n },
    (_, i) => `<Child><ChildIdentifiers><LAchildID>K${i}</LAchildID><Sex>F</Sex></ChildIdentifiers>
<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
<CINdetails><CINreferralDate>${year - 1}-0${4 + (i % 5)}-1${i % 9}</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>`,
  ).join("\n");
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year><ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails><Source><LEA>${la}</LEA></Source></Header>
<Children>
${kids}
</Children></Message>`;
}

const write = (path: string, text: string) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
};
const parseCsv = (text: string) => {
  const [head, ...rows] = readCsvRecords(text).records;
  return rows.map((r) => Object.fromEntries((head?.cells ?? []).map((c, i) => [c, r.cells[i] ?? ""])));
};

/** Five CIN census files and 903 year folders named four ways, as a council keeps them. */
function councilFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-council-"));
  for (const year of [2021, 2022, 2023, 2024, 2025])
    write(join(dir, "cin", `CIN_Census_${year}.xml`), cin(year, 5 + year - 2020));
  const folders: [string, number][] = [
    ["903/2020-21", 2020],
    ["903/2021_22", 2021],
    ["903/2023", 2022], // a lone year: the episodes say 2022-23
    ["903/2023-2024", 2023],
  ];
  for (const [folder, y] of folders) {
    const s = ssda(y);
    write(join(dir, folder, "episodes.csv"), s.episodes);
    write(join(dir, folder, "header.csv"), s.header);
  }
  // The latest year with no year in its name: read from its episodes.
  const s = ssda(2024);
  write(join(dir, "903/latest/episodes.csv"), s.episodes);
  write(join(dir, "903/latest/header.csv"), s.header);
  writeFileSync(join(dir, "903/.DS_Store"), "junk");
  return dir;
}

describe("kpikit compute: several years as the files lie", () => {
  it("--years writes every year of CIN and 903 in one file, each year as @kpikit/csc computes it", () => {
    const dir = councilFolder();
    const r = kpikit(
      ["compute", "cin", "903", "--years", "2021/22..2024/25", "--no-suppress", "--format", "csv"],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect([...new Set(rows.map((x) => x.period))]).toEqual(["2021/22", "2022/23", "2023/24", "2024/25"]);
    expect(r.stderr).toMatch(/903[/\\]2023[/\\]episodes\.csv: SSDA903 2022-23 \(year from its content\)/);
    expect(r.stderr).toMatch(/903[/\\]2021_22[/\\]header\.csv: SSDA903 2021-22 \(year from its name\)/);
    expect(r.stderr).toMatch(
      /cin[/\\]CIN_Census_2021\.xml: CIN census 2020-21 \(year from its header\) \(history only\)/,
    );
    // The same figures as the library gives from the same bytes.
    const walk = (d: string): string[] =>
      readdirSync(d)
        .filter((e) => !e.startsWith("."))
        .sort()
        .flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
    const read = readReturns(
      walk(dir).map((p) => ({ name: relative(dir, p), bytes: new Uint8Array(readFileSync(p)) })),
    );
    for (const year of [2021, 2022, 2023, 2024]) {
      const want = computeReturnsMeasures(read.years, { year, area: "865" }).observations;
      const label = want[0]?.period.label;
      expect(
        rows.filter((x) => x.period === label).map((x) => [x.indicator, x.numerator, x.denominator]),
      ).toEqual(
        want.map((o) => [
          o.indicatorId,
          o.numerator === undefined ? "" : String(o.numerator),
          o.denominator === undefined ? "" : String(o.denominator),
        ]),
      );
    }
    // Hand counts: the 2023-24 census (Year 2024) has 5 + 4 referred children; the 2023-24 903 has 6 + 3
    // children in care all year (the one who started in the year was under V2 and left).
    expect(rows.find((x) => x.indicator === "referrals-count" && x.period === "2023/24")?.value).toBe("9");
    expect(rows.find((x) => x.indicator === "cla-count" && x.period === "2023/24")?.value).toBe("9");
    // The local-figures file gives kpikit report a trend.
    const out = join(dir, "figures.csv");
    expect(
      kpikit(["compute", "cin", "903", "--years", "2021/22..2024/25", "--out", out], { cwd: dir }).code,
    ).toBe(0);
    const report = kpikit(["report", "--la", "865", "--local", out, "--json"], { cwd: dir });
    expect(report.code).toBe(0);
    const scorecard = JSON.parse(report.stdout) as {
      rows: { indicator: { id: string }; trend?: unknown[] }[];
    };
    const referrals = scorecard.rows.find((x) => x.indicator.id === "referrals-count");
    expect(referrals).toBeDefined();
  });

  it("--year checks the year against the data: 2017-18 episodes are never computed as 2030-31", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-year-"));
    const s = ssda(2017);
    write(join(dir, "episodes.csv"), s.episodes);
    write(join(dir, "header.csv"), s.header);
    const r = kpikit(["compute", "episodes.csv", "header.csv", "--year", "2030/31"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /--year 2030-31: no returns for that year among the files \(they hold: 2017-18\)/,
    );
    const named = join(dir, "2030-31");
    write(join(named, "episodes.csv"), s.episodes);
    write(join(named, "header.csv"), s.header);
    const mismatch = kpikit(["compute", "2030-31"], { cwd: dir });
    // A folder named 2030-31 whose latest episode starts in 2017-18: the name says which year the user means, and
    // a warning names both years (episodes that ran past the name's year would be refused).
    expect(mismatch.stderr).toMatch(
      /its folder 2030-31 says 2030-31, but no episode starts or ends after 2017-18/,
    );
  });
});

describe("kpikit compute: files written by other tools", () => {
  it("a CIN census as flat CSV tables gives the figures of its XML", () => {
    const root = join(__dirname, "../../..", "data/returns/cin");
    const tables = kpikit(["compute", "flat_csv", "--no-suppress", "--format", "csv"], { cwd: root });
    const xml = kpikit(["compute", "fake_CIN_data.xml", "--no-suppress", "--format", "csv"], { cwd: root });
    expect(tables.code).toBe(0);
    expect(tables.stderr).toMatch(
      /flat_csv[/\\]FakeHeader\.csv: CIN census table 2021-22 \(year from its header\)/,
    );
    expect(parseCsv(tables.stdout)).toEqual(parseCsv(xml.stdout));
    expect(parseCsv(tables.stdout).length).toBeGreaterThan(5);
  });
});

describe("kpikit compute: LAs", () => {
  it("a stacked file of two LAs is refused until --la picks one, and then only that LA's rows are used", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-stacked-"));
    const a = ssda(2023, "865,2024");
    const b = ssda(2022, "316,2023");
    const stack = (x: string, y: string) => [x, ...y.split("\n").slice(1)].join("\n");
    write(join(dir, "episodes.csv"), stack(a.episodes, b.episodes));
    write(join(dir, "header.csv"), stack(a.header, b.header));
    const blended = kpikit(["compute", "episodes.csv", "header.csv"], { cwd: dir });
    expect(blended.code).toBe(3);
    expect(blended.stderr).toMatch(
      /The files are of 2 LAs \(865 in episodes\.csv, header\.csv; 316 in episodes\.csv, header\.csv\); give --la/,
    );
    const wilts = kpikit(
      ["compute", "episodes.csv", "header.csv", "--la", "Wiltshire", "--no-suppress", "--json"],
      { cwd: dir },
    );
    expect(wilts.code).toBe(0);
    const alone = mkdtempSync(join(tmpdir(), "kpikit-alone-"));
    write(join(alone, "episodes.csv"), a.episodes.replace(/,LA,YEAR|,865,2024/g, ""));
    write(join(alone, "header.csv"), a.header.replace(/,LA,YEAR|,865,2024/g, ""));
    const single = kpikit(
      ["compute", "episodes.csv", "header.csv", "--la", "865", "--no-suppress", "--json"],
      { cwd: alone },
    );
    const figures = (s: string) => (JSON.parse(s) as { figures: unknown[] }).figures;
    expect(figures(wilts.stdout)).toEqual(figures(single.stdout));
    expect((JSON.parse(wilts.stdout) as { years: string[] }).years).toEqual(["2023-24"]);
  });

  it("an LA code that is not in the bundled list computes with a warning", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-la-"));
    write(join(dir, "cin.xml"), cin(2024, 6, "999"));
    const r = kpikit(["compute", "cin.xml", "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: <LEA> 999 is not a known DfE LA code/);
    expect((JSON.parse(r.stdout) as { area: string }).area).toBe("999");
  });
});

describe("kpikit compute: bad data never becomes a figure", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-bad-"));

  it("a CIN census whose Year is 1999: exit 3 with the file, line and column, not an internal error", () => {
    write(join(dir, "old.xml"), cin(1999, 3));
    const r = kpikit(["compute", "old.xml"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /old\.xml:1:\d+: error: <Year> 1999 is outside the years of the CIN census \(2009 to 2099\)/,
    );
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it("an episodes table without its DEC column: exit 3", () => {
    const s = ssda(2023);
    write(join(dir, "nodec/episodes.csv"), s.episodes.replace(",DEC,", ",DATE_ENDED,"));
    write(join(dir, "nodec/header.csv"), s.header);
    const r = kpikit(["compute", "nodec"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/episodes\.csv:1:DEC: error: .*has no DEC column/);
  });

  it("a two-digit-year DEC is an error on its line, printed even with --quiet", () => {
    const s = ssda(2023);
    write(join(dir, "yy/episodes.csv"), s.episodes.replace("15/06/2023,P1", "15/06/23,P1"));
    write(join(dir, "yy/header.csv"), s.header);
    const r = kpikit(["compute", "yy", "--quiet", "--format", "csv"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /episodes\.csv:3:DEC: error: DEC on line 3 of .*\(written dd\/mm\/yy \(a two-digit year\)\) is not a date in the form dd\/mm\/yyyy/,
    );
    // --quiet hides the notes (files, figures), never the errors.
    expect(r.stderr).not.toMatch(/SSDA903 2023-24/);
  });

  it("a table whose dates are all YYYY-MM-DD: one summary line, exit 3", () => {
    const s = ssda(2023);
    const iso = s.episodes.replace(/(\d\d)\/(\d\d)\/(\d{4})/g, "$3-$2-$1");
    write(join(dir, "iso/episodes.csv"), iso);
    write(join(dir, "iso/header.csv"), s.header);
    const r = kpikit(["compute", "iso"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr.match(/YYYY-MM-DD/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/its \d+ dates are YYYY-MM-DD; the SSDA903 uses dd\/mm\/yyyy/);
  });

  it("a return with more than 120,000 issues: no stack overflow, exit 0, the issues counted", () => {
    const rows = [EP];
    const header = [HD];
    for (let i = 0; i < 42000; i++) {
      // Three bad codes a row: RNE, LS and PLACE.
      rows.push(`C${i},01/05/2023,Q,Q9,N1,Q9,PR1,,,,,,`);
      header.push(`C${i},1,01/02/2010,WBRI,,,`);
    }
    write(join(dir, "many/episodes.csv"), rows.join("\n"));
    write(join(dir, "many/header.csv"), header.join("\n"));
    expect(statSync(join(dir, "many/episodes.csv")).size).toBeGreaterThan(1_500_000);
    const r = kpikit(["compute", "many", "--json"], { cwd: dir });
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { issues: { errors: number } };
    expect(doc.issues.errors).toBeGreaterThanOrEqual(126000);
    expect(r.stderr).toMatch(/… and \d+ more issues; `kpikit validate` lists them all/);
  });

  it.each([
    [
      "an SSDA903 file with no line end is refused at its first line, never held whole",
      "big/episodes.csv",
      "",
      /big\/episodes\.csv:1:1: error: .*not readable CSV: the record starting on line 1 runs past 64 million characters/,
    ],
    [
      // A CIN census flat CSV table is read whole (not streamed): past 100 MB it is refused unread.
      "a returns file read whole over the size limit is refused without being read",
      "bigflat/cin-flat.csv",
      "LAchildID,CINreferralDate\n",
      /cin-flat\.csv:1:1: error: .*is 150 MB; kpikit reads returns files of up to 100 MB whole/,
    ],
  ])("150 MB: %s", (_name, path, head, message) => {
    const big = join(dir, path);
    write(big, head);
    truncateSync(big, 150 * 1024 * 1024);
    const r = kpikit(["compute", path.split("/")[0] as string], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(message);
  });

  it("exclusion counts are suppressed like the figures: 1–4 never printed raw", () => {
    write(join(dir, "ex/cin.xml"), cin(2024, 6));
    const s = ssda(2023);
    // Two children under short breaks (V3) at 31 March: left out of the CLA measures, a count of 2.
    write(
      join(dir, "ex/episodes.csv"),
      `${s.episodes}\nSB1,01/05/2023,S,V3,N1,U1,PR1,,,,,,\nSB2,01/06/2023,S,V3,N1,U1,PR1,,,,,,`,
    );
    write(join(dir, "ex/header.csv"), `${s.header}\nSB1,1,01/03/2012,WBRI,,,\nSB2,2,01/03/2013,WBRI,,,`);
    const r = kpikit(["compute", "ex", "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { exclusions: { count: number | string }[] };
    expect(doc.exclusions.length).toBeGreaterThan(0);
    for (const e of doc.exclusions) expect([1, 2, 3, 4]).not.toContain(e.count);
    expect(doc.exclusions.map((e) => e.count)).toContain("[c]");
    const raw = kpikit(["compute", "ex", "--json", "--no-suppress"], { cwd: dir });
    const counts = (JSON.parse(raw.stdout) as { exclusions: { count: number }[] }).exclusions.map(
      (e) => e.count,
    );
    expect(doc.exclusions.map((e) => e.count)).toEqual(counts.map((c) => (c >= 1 && c <= 4 ? "[c]" : c)));
  });
});

describe("acceptance: five CIN censuses and ten 903 year folders of one LA, as they lie", () => {
  it("gives the measures of each of four years, as the library computes them from the same files", () => {
    const root = mkdtempSync(join(tmpdir(), "kpikit-acceptance-"));
    const made = kpikit(
      [
        "synth",
        "--la",
        "865",
        "--years",
        "2015/16..2024/25",
        "--scale",
        "0.05",
        "--seed",
        "11",
        "--out",
        "synth",
        "--quiet",
      ],
      { cwd: root },
    );
    expect(made.code).toBe(0);
    const label = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, "0")}`;
    // The census files renamed as a council keeps them; the 903 folders named four ways.
    for (let y = 2020; y <= 2024; y++)
      write(
        join(root, "council/cin", `CIN_Census_${y + 1}.xml`),
        readFileSync(join(root, "synth", label(y), `cin-census-${label(y)}.xml`), "utf8"),
      );
    const folders: Record<number, string> = {
      2015: "2015-16",
      2016: "2016_17",
      2017: "2018",
      2018: "2018-2019",
      2019: "2019-20",
      2020: "2020_21",
      2021: "2022",
      2022: "2022-23",
      2023: "2023-24",
      2024: "latest",
    };
    for (const [y, folder] of Object.entries(folders)) {
      const from = join(root, "synth", label(Number(y)), "ssda903");
      for (const f of readdirSync(from))
        write(join(root, "council/903", folder, f), readFileSync(join(from, f), "utf8"));
    }
    const r = kpikit(
      ["compute", "cin", "903", "--years", "2021/22..2024/25", "--no-suppress", "--format", "csv"],
      {
        cwd: join(root, "council"),
      },
    );
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const files = (d: string): string[] =>
      readdirSync(d)
        .sort()
        .flatMap((e) => (statSync(join(d, e)).isDirectory() ? files(join(d, e)) : [join(d, e)]));
    const council = join(root, "council");
    const read = readReturns(
      files(council).map((p) => ({ name: relative(council, p), bytes: new Uint8Array(readFileSync(p)) })),
    );
    expect(read.years.map((y) => y.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    const MEASURES = [
      "re-referrals-12m",
      "assessments-45wd",
      "icpc-15wd",
      "cpp-repeat",
      "cpp-ceased-2y",
      "cpp-open-2y",
      "cla-3-placements",
      "cla-long-term-stability",
      "cla-distance-20m",
      "cla-missing",
      "adoption-a1",
    ];
    for (const year of [2021, 2022, 2023, 2024]) {
      const want = computeReturnsMeasures(read.years, { year, area: "865" }).observations;
      const period = want[0]?.period.label as string;
      const got = rows.filter((x) => x.period === period);
      for (const id of MEASURES)
        expect(
          got.map((x) => x.indicator),
          `${id} ${period}`,
        ).toContain(id);
      expect(got.map((x) => [x.indicator, x.numerator, x.denominator])).toEqual(
        want.map((o) => [
          o.indicatorId,
          o.numerator === undefined ? "" : String(o.numerator),
          o.denominator === undefined ? "" : String(o.denominator),
        ]),
      );
    }
  });
});
