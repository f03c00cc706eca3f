import { describe, expect, it } from "vitest";
import { measureReturns } from "./measure-returns.js";
import { isBlockingIssue, type ReturnsInput, readReturns } from "./read-returns.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

/** A small 903 year: two children, episodes whose latest date falls in the start year given. */
function ssda(
  startYear: number,
  extra: { la?: string; year?: string } = {},
): { episodes: string; header: string } {
  const tail =
    (extra.la !== undefined ? `,${extra.la}` : "") + (extra.year !== undefined ? `,${extra.year}` : "");
  const head = (extra.la !== undefined ? ",LA" : "") + (extra.year !== undefined ? ",YEAR" : "");
  return {
    episodes: [
      `${EP}${head}`,
      `C1,01/05/${startYear},S,C2,N1,U1,PR1,,,,,,${tail}`,
      `C2,10/06/${startYear - 1},S,C2,N1,U1,PR1,03/02/${startYear + 1},E11,,,,${tail}`,
    ].join("\n"),
    header: [`${HD}${head}`, `C1,1,01/02/2010,WBRI,,,${tail}`, `C2,2,01/02/2012,WBRI,,,${tail}`].join("\n"),
  };
}

function cin(year: number | string, la = "865"): string {
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${year}</Year>
  <ReferenceDate>${year}-03-31</ReferenceDate></CollectionDetails><Source><LEA>${la}</LEA></Source></Header>
  <Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID><Sex>F</Sex></ChildIdentifiers>
  <CINdetails><CINreferralDate>${Number(year) - 1}-06-01</CINreferralDate><ReferralSource>1A</ReferralSource>
  <ReferralNFA>false</ReferralNFA></CINdetails></Child></Children></Message>`;
}

const set903 = (folder: string, startYear: number): ReturnsInput[] => {
  const s = ssda(startYear);
  return [
    { name: `${folder}episodes.csv`, bytes: s.episodes },
    { name: `${folder}header.csv`, bytes: s.header },
  ];
};
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe("readReturns: years", () => {
  it.each([
    ["903/2023-24/", 2023, 2023, "name"],
    ["903/2023_24/", 2023, 2023, "name"],
    ["903/2023-2024/", 2023, 2023, "name"],
    // A lone year is the year ending or the year starting: the episodes decide.
    ["903/2024/", 2023, 2023, "content"],
    ["903/2024/", 2024, 2024, "content"],
    ["", 2021, 2021, "content"],
    ["returns/", 2019, 2019, "content"],
  ])("903 files in %j with episodes of %i → %i (from %s)", (folder, content, expected, from) => {
    const r = readReturns(set903(folder, content));
    expect(r.blocking).toEqual([]);
    expect(r.years.map((y) => y.year)).toEqual([expected]);
    expect(r.files.map((f) => [f.year, f.yearFrom, f.used])).toEqual([
      [expected, from, true],
      [expected, from, true],
    ]);
    expect(Object.keys(r.years[0]?.ssda903?.tables ?? {}).sort()).toEqual(["episodes", "header"]);
  });

  it("file-name prefixes give the start year; several years at once, oldest first", () => {
    const files = [2019, 2020, 2021].flatMap((y) => {
      const s = ssda(y);
      return [
        { name: `${y}-episodes.csv`, bytes: s.episodes },
        { name: `${y}-header.csv`, bytes: s.header },
      ];
    });
    const r = readReturns(files);
    expect(r.blocking).toEqual([]);
    expect(r.years.map((y) => [y.label, y.files.length])).toEqual([
      ["2019-20", 2],
      ["2020-21", 2],
      ["2021-22", 2],
    ]);
  });

  it.each([
    // The folder says 2023-24; the episodes run into 2024-25: refused, never relabelled.
    ["903/2023-24/", 2024, "returns-year-mismatch"],
    // A lone 2020 is 2019-20 or 2020-21, not 2023-24.
    ["903/2020/", 2023, "returns-year-mismatch"],
  ])("903 files in %j with episodes of %i → %s (blocking)", (folder, content, code) => {
    const r = readReturns(set903(folder, content));
    expect(codes(r.blocking)).toEqual([code]);
    expect(r.years).toEqual([]);
    expect(r.blocking[0]).toMatchObject({ row: 1, column: 1 });
  });

  it("a 903 header with no episodes and no year anywhere: no year, unless options.year places it", () => {
    const alone = [{ name: "header.csv", bytes: ssda(2023).header }];
    expect(codes(readReturns(alone).blocking)).toEqual(["returns-no-year"]);
    const placed = readReturns(alone, { year: 2023 });
    expect(placed.files[0]).toMatchObject({ year: 2023, yearFrom: "option" });
    // Placed, but a year without episodes cannot be computed from.
    expect(codes(placed.blocking)).toEqual(["returns-missing-table"]);
  });

  it("options.year never relabels a file whose content gives its year", () => {
    const r = readReturns(set903("", 2017), { year: 2030 });
    expect(r.years.map((y) => y.year)).toEqual([2017]);
  });

  it("CIN census: the header Year, checked against the name", () => {
    const ok = readReturns([
      { name: "cin/2022-23/census.xml", bytes: cin(2023) },
      { name: "cin/CIN_Census_2024.xml", bytes: cin(2024) },
    ]);
    expect(ok.blocking).toEqual([]);
    expect(ok.years.map((y) => [y.year, y.cin?.children.length, y.la])).toEqual([
      [2022, 1, "865"],
      [2023, 1, "865"],
    ]);
    const bad = readReturns([{ name: "2019-20/census.xml", bytes: cin(2024) }]);
    expect(codes(bad.blocking)).toEqual(["returns-year-mismatch"]);
    // A lone year in a census's name may be its schema's: the header decides, with a warning.
    const schema = readReturns([{ name: "CIN_Census_2026.xml", bytes: cin(2024) }]);
    expect(schema.years.map((y) => y.year)).toEqual([2023]);
    expect(
      schema.issues.filter((i) => i.code.startsWith("returns-")).map((i) => [i.code, i.severity]),
    ).toEqual([["returns-year-name", "warning"]]);
  });

  it("a CIN census whose Year is out of range is blocking, with its line and column", () => {
    const r = readReturns([{ name: "cin.xml", bytes: cin(1999) }]);
    expect(codes(r.blocking)).toEqual(["cin-header-year-range", "returns-no-year"]);
    expect(r.blocking[0]).toMatchObject({ file: "cin.xml", row: 1 });
    expect(typeof r.blocking[0]?.column).toBe("number");
  });

  it("CIN and 903 of one year are one year", () => {
    const r = readReturns([{ name: "cin.xml", bytes: cin(2024) }, ...set903("903/", 2023)]);
    expect(r.years.map((y) => [y.year, !!y.cin, !!y.ssda903, y.la])).toEqual([[2023, true, true, "865"]]);
  });
});

describe("readReturns: LAs", () => {
  it("two LAs are an error unless options.la picks one", () => {
    const files = [
      { name: "a/cin.xml", bytes: cin(2024, "865") },
      { name: "b/cin.xml", bytes: cin(2024, "886") },
    ];
    const both = readReturns(files);
    expect(codes(both.blocking)).toEqual(["returns-several-las"]);
    expect(both.blocking[0]?.message).toMatch(/865 in a\/cin\.xml; 886 in b\/cin\.xml/);
    const one = readReturns(files, { la: "886" });
    expect(one.blocking).toEqual([]);
    expect(one.years.map((y) => [y.la, y.files])).toEqual([["886", ["b/cin.xml"]]]);
    expect(one.files.map((f) => f.used)).toEqual([false, true]);
    expect(codes(readReturns(files, { la: "935" }).blocking)).toEqual(["returns-other-la"]);
  });

  it("two returns of one year and LA are an error", () => {
    const r = readReturns([
      { name: "a.xml", bytes: cin(2024) },
      { name: "b.xml", bytes: cin(2024) },
    ]);
    expect(codes(r.blocking)).toEqual(["returns-two-returns"]);
  });

  it("two episodes tables of one year are an error", () => {
    const r = readReturns([...set903("x/2023-24/", 2023), ...set903("y/2023-24/", 2023)]);
    expect(codes(r.blocking)).toContain("ssda903-duplicate-table");
  });

  it("an LA code that is not in the list is read with a warning", () => {
    const r = readReturns([{ name: "cin.xml", bytes: cin(2024, "999") }]);
    expect(r.blocking).toEqual([]);
    expect(r.years[0]?.la).toBe("999");
    expect(r.issues.filter((i) => i.code === "cin-header-unknown-la").map((i) => i.severity)).toEqual([
      "warning",
    ]);
  });

  it("stacked files with LA and YEAR columns are split, and filtered by options.la", () => {
    const parts = [
      ssda(2021, { la: "Wiltshire", year: "2022" }),
      ssda(2022, { la: "Wiltshire", year: "2023" }),
      ssda(2022, { la: "865", year: "2023" }),
      ssda(2022, { la: "Newham", year: "2023" }),
    ];
    const stack = (key: "episodes" | "header") =>
      [parts[0]?.[key].split("\n")[0], ...parts.flatMap((p) => p[key].split("\n").slice(1))].join("\n");
    const files = [
      { name: "episodes.csv", bytes: stack("episodes") },
      { name: "header.csv", bytes: stack("header") },
    ];
    const blended = readReturns(files);
    expect(codes(blended.blocking)).toEqual(["returns-several-las"]);
    const wilts = readReturns(files, { la: "865" });
    expect(wilts.blocking).toEqual([]);
    expect(
      wilts.years.map((y) => [y.year, y.la, y.ssda903?.tables.episodes?.rows.map((r) => r.line)]),
    ).toEqual([
      [2021, "865", [2, 3]],
      // Line numbers are the file's own: Wiltshire's 2022-23 rows are lines 4–7 of the stacked file.
      [2022, "865", [4, 5, 6, 7]],
    ]);
    // The LA and YEAR columns are not reported as extra columns.
    expect(wilts.issues.filter((i) => i.code === "ssda903-extra-column")).toEqual([]);
    const newham = readReturns(files, { la: "316" });
    expect(newham.years.map((y) => [y.year, y.ssda903?.tables.episodes?.rows.length])).toEqual([[2022, 2]]);
  });
});

describe("readReturns: recognition", () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
  it.each([
    [
      "csww.xml",
      "<Message><Header><CollectionDetails><Collection>CSWW</Collection></CollectionDetails></Header><CSWWWorker/></Message>",
      "workforce-census",
      "returns-workforce-census",
      false,
    ],
    // A CIN module as a flat table without the census's header table: its year is unknown.
    [
      "FakeCINdetails.csv",
      ",LAchildID,CINdetailsID,CINreferralDate\n0,A,1,2020-01-01\n",
      "cin-flat-csv",
      "returns-cin-flat-csv",
      true,
    ],
    ["episodes.xlsx", zip, "spreadsheet", "returns-spreadsheet", true],
    ["Annex_A_2024.xlsx", zip, "annex-a", "returns-annex-a-not-read", false],
    ["notes.txt", "hello\nworld", "unknown", "returns-unrecognised", true],
  ])("%s → %s (%s, blocking %s)", (name, bytes, kind, code, blocking) => {
    const r = readReturns([{ name, bytes }]);
    expect(r.files.map((f) => [f.return, f.used])).toEqual([[kind, false]]);
    expect(codes(r.issues)).toEqual([code]);
    expect(r.issues[0]).toMatchObject({ file: name, row: 1, column: 1 });
    expect(r.blocking.length > 0).toBe(blocking);
    expect(r.years).toEqual([]);
  });

  it("routes 903 XML to the 903 reader", () => {
    const xml = `<EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><SEX>1</SEX><DOB>01/02/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
<EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE></CHILD></EXPSSDA903>`;
    const r = readReturns([{ name: "903.xml", bytes: xml }]);
    expect(r.files.map((f) => [f.return, f.year])).toEqual([["ssda903", 2023]]);
    expect(r.years[0]?.ssda903?.tables.episodes?.rows.length).toBe(1);
  });

  it("refuses a file over the size limit without reading it", () => {
    const r = readReturns([{ name: "big.xml", bytes: new Uint8Array(0), size: 300 * 1048576 }]);
    expect(codes(r.blocking)).toEqual(["returns-too-large"]);
    expect(r.blocking[0]?.message).toMatch(/300 MB; kpikit reads returns files of up to 100 MB/);
    expect(codes(readReturns([{ name: "s.csv", bytes: "x".repeat(11) }], { maxBytes: 10 }).blocking)).toEqual(
      ["returns-too-large"],
    );
  });

  it("a missing column the measures read is blocking, even where the table reader only warns", () => {
    const s = ssda(2023);
    const noDec = s.episodes.replace(",DEC,", ",XDEC,");
    const r = readReturns([
      { name: "episodes.csv", bytes: noDec },
      { name: "header.csv", bytes: s.header },
    ]);
    expect(r.blocking.map((i) => [i.code, i.column])).toEqual([["ssda903-missing-column", "DEC"]]);
  });

  it("reports progress for every file", () => {
    const seen: number[] = [];
    readReturns(set903("", 2023), { onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([0, 1, 2]);
  });

  it("isBlockingIssue: warnings never block", () => {
    expect(isBlockingIssue({ code: "returns-several-las", severity: "warning", message: "" })).toBe(false);
  });
});

describe("readReturns: the project's fake returns", () => {
  const root = new URL("../../../../../data/returns/", import.meta.url);
  const load = async (dir: string) => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const folder = new URL(`${dir}/`, root);
    return readdirSync(folder)
      .filter((n) => n.endsWith(".csv") || n.endsWith(".xml"))
      .sort()
      .map((n) => ({ name: `${dir}/${n}`, bytes: new Uint8Array(readFileSync(new URL(n, folder))) }));
  };

  it("the five-year 903 set: one year per file prefix, each with its episodes and header", async () => {
    const r = readReturns(await load("ssda903-multiyear"));
    expect(r.blocking).toEqual([]);
    expect(r.years.map((y) => [y.year, Object.keys(y.ssda903?.tables ?? {}).length])).toEqual([
      [2017, 8],
      [2018, 8],
      [2019, 8],
      [2020, 8],
      [2021, 8],
    ]);
  });

  it("the stacked liiatools episodes: three LAs by name, an error until --la picks one", async () => {
    // Its dates are YYYY-MM-DD: one blocking summary line. Rewritten as the 903 writes them, it reads.
    const raw = (await load("ssda903")).filter((f) => f.name.includes("liiatools"));
    expect(codes(readReturns(raw).blocking)).toContain("ssda903-date-format");
    const files = raw.map((f) => ({
      name: f.name,
      bytes: new TextDecoder().decode(f.bytes).replace(/(\d{4})-(\d\d)-(\d\d)/g, "$3/$2/$1"),
    }));
    const r = readReturns(files);
    expect(codes(r.blocking)).toContain("returns-several-las");
    const bd = readReturns(files, { la: "301" });
    expect(bd.years.map((y) => [y.year, y.la, y.ssda903?.tables.episodes?.rows.length])).toEqual([
      // YEAR is the year ending: YEAR 2017 holds 2016-17 episodes.
      [2016, "301", 4],
      [2017, "301", 5],
      [2018, "301", 3],
      [2019, "301", 6],
    ]);
    // Its YEAR 2022 rows start in 2015 and 2016: not that year's return, so refused; and no header tables.
    expect(bd.blocking.map((i) => i.code)).toEqual([
      "returns-year-mismatch",
      ...bd.years.map(() => "returns-missing-table"),
    ]);
  });
});

describe("readReturns: large inputs", () => {
  it("more than 120,000 issues are gathered without spreading them into a call", () => {
    const rows = [EP];
    for (let i = 0; i < 45000; i++) rows.push(`C${i},01/05/2023,Q,Q9,N1,Q9,PR1,,,,,,`);
    const header = [HD, ...Array.from({ length: 45000 }, (_, i) => `C${i},1,01/02/2010,WBRI,,,`)].join("\n");
    const r = readReturns([
      { name: "episodes.csv", bytes: rows.join("\n") },
      { name: "header.csv", bytes: header },
    ]);
    expect(r.issues.length).toBeGreaterThan(120000);
    expect(r.years[0]?.ssda903?.tables.episodes?.rows.length).toBe(45000);
  });
});

describe("measureReturns", () => {
  const years = () =>
    readReturns([
      { name: "cin.xml", bytes: cin(2025) },
      ...set903("a/2022-23/", 2022),
      ...set903("b/2023-24/", 2023),
    ]);

  it("by default: the latest CIN census year and the latest 903 year, each from its own return", () => {
    const m = measureReturns(years());
    expect(m.computed).toEqual([
      { year: 2024, parts: "cin" },
      { year: 2023, parts: "ssda903" },
    ]);
    const periods = new Set(m.observations.map((o) => `${o.source} ${o.period.label}`));
    expect([...periods].sort()).toEqual(["CIN census 2024-25 2024/25", "SSDA903 2023-24 2023/24"]);
  });

  it("with years: each year whole, with the years before it as history", () => {
    const m = measureReturns(years(), { years: [2022, 2023, 2030] });
    expect(m.computed).toEqual([
      { year: 2022, parts: "all" },
      { year: 2023, parts: "all" },
    ]);
    expect(new Set(m.exclusions.map((e) => e.period)).size).toBeLessThanOrEqual(2);
  });

  it("ssda903Year picks another 903 year with the default CIN year", () => {
    expect(measureReturns(years(), { ssda903Year: 2022 }).computed).toEqual([
      { year: 2024, parts: "cin" },
      { year: 2022, parts: "ssda903" },
    ]);
  });
});

describe("readReturns: code lists of the collection year", () => {
  it.each([
    // E43 and E44 left the reasons episodes ceased with the 2018-19 return; E45 came in.
    [2017, "E43", null],
    [2023, "E43", "ssda903-code-year"],
    [2023, "E45", null],
    [2017, "E45", "ssda903-code-year"],
    // Placement codes Z11–Z14 are from the 2025-26 return; H5 was dropped in 2024-25.
    [2025, "Z11", null],
    [2024, "Z11", "ssda903-code-year"],
    [2023, "H5", null],
    [2024, "H5", "ssda903-code-year"],
  ])("a %i return with %s → %s", (year, code, expected) => {
    const s = ssda(year);
    const isPlace = code.startsWith("Z") || code === "H5";
    const episodes = isPlace
      ? s.episodes.replace(`C1,01/05/${year},S,C2,N1,U1`, `C1,01/05/${year},S,C2,N1,${code}`)
      : s.episodes.replace(`03/02/${year + 1},E11`, `03/02/${year + 1},${code}`);
    const r = readReturns([
      { name: "episodes.csv", bytes: episodes },
      { name: "header.csv", bytes: s.header },
    ]);
    const found = r.issues.filter((i) => i.code === "ssda903-code-year");
    expect(found.map((i) => i.code)[0] ?? null).toBe(expected);
    if (expected) expect(found[0]?.message).toMatch(new RegExp(`not of the ${year}-\\d\\d return \\(`));
  });
});

describe("readReturns: a CIN census as flat CSV tables", () => {
  it("reads the tables of one folder as one census, as its XML reads", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../../../../../data/returns/cin/", import.meta.url);
    const flat = readdirSync(new URL("flat_csv/", dir))
      .sort()
      .map((n) => ({
        name: `2021-22/cin/${n}`,
        bytes: new Uint8Array(readFileSync(new URL(`flat_csv/${n}`, dir))),
      }));
    const tables = readReturns(flat);
    const xml = readReturns([
      { name: "fake.xml", bytes: new Uint8Array(readFileSync(new URL("fake_CIN_data.xml", dir))) },
    ]);
    expect(tables.blocking).toEqual([]);
    expect(tables.years.map((y) => [y.label, y.la, y.cin?.children.length, y.files.length])).toEqual([
      ["2021-22", "975", 332, 8],
    ]);
    expect(tables.files.map((f) => [f.return, f.used])).toEqual(flat.map(() => ["cin-flat-csv", true]));
    expect(measureReturns(tables).observations).toEqual(measureReturns(xml).observations);
  });
});
