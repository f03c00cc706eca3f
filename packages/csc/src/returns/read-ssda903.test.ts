import { describe, expect, it } from "vitest";
import { readSsda903, recogniseSsda903Table } from "./read-ssda903.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

describe("readSsda903 examples", () => {
  it("recogniseSsda903Table", () => {
    expect(recogniseSsda903Table(["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"])).toBe("missing");
    expect(recogniseSsda903Table(["CHILD", "DECOM"], "2019-episodes.csv")).toBe("episodes");
    expect(recogniseSsda903Table(["a", "b"])).toBeNull();
  });
  it("readSsda903", () => {
    const r = readSsda903({
      "episodes.csv": `${EP}\n101,01/04/2024,S,C2,N1,U1,PR1,,,,,,\n`,
    });
    expect(r.tables.episodes?.rows[0]?.values.DECOM).toBe("2024-04-01");
    expect(r.issues.length).toBe(0);
    const bad = readSsda903({ "missing.csv": "CHILD,DOB,MISSING,MIS_START\n101,01/02/2010,M,2024-04-01\n" });
    expect(bad.issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ["ssda903-missing-column", "warning", 1, "MIS_END"],
      ["ssda903-invalid-date", "error", 2, "MIS_START"],
    ]);
  });
});

describe("recogniseSsda903Table", () => {
  it.each([
    [HD.split(","), "x.csv", "header"],
    [["CHILD", "SEX", "DOB", "DUC"], "x.csv", "uasc"],
    [["child", "dob", "review", "review_code"], "x", "reviews"],
    [
      ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
      "x",
      "placed_for_adoption",
    ],
    [["CHILD", "DOB", "PREV_PERM"], "x", "previous_permanence"],
    [["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"], "x", "sw_episodes"],
    [["CHILD", "DOB"], "2018-oc3.csv", "oc3"],
    [["CHILD", "DOB"], "placed_adoption.csv", "placed_for_adoption"],
    [["CHILD", "DOB"], "notes.csv", null],
  ])("%j (%s) → %s", (cols, file, expected) => {
    expect(recogniseSsda903Table(cols, file)).toBe(expected);
  });
});

describe("readSsda903", () => {
  it("recognises tables by columns whatever the file is called", () => {
    const r = readSsda903({
      "a.csv": `${HD}\n1,1,01/02/2010,WBRI,A123456789012,,\n`,
      "b.csv": `${EP}\n1,01/04/2024,S,C2,N1,U1,PR1,,,,,,\n`,
    });
    expect(Object.keys(r.tables).sort()).toEqual(["episodes", "header"]);
    expect(r.tables.header?.file).toBe("a.csv");
    expect(r.issues).toEqual([]);
  });

  it.each([
    ["31/02/2024", "ssda903-invalid-date"],
    ["2024-04-01", "ssda903-invalid-date"],
    ["1/4/2024", null],
    ["01/13/2024", "ssda903-invalid-date"],
    ["01/04/2024 00:00", null],
    ["01/04/2024 00:00:00", null],
    ["01/04/2024 12:30", "ssda903-invalid-date"],
    ["01-04-2024", "ssda903-invalid-date"],
  ])("DECOM %s → %s", (date, code) => {
    const r = readSsda903({ "episodes.csv": `${EP}\n1,${date},S,C2,N1,U1,PR1,,,,,,\n` });
    expect(r.issues[0]?.code ?? null).toBe(code);
    if (code) expect(r.issues[0]).toMatchObject({ file: "episodes.csv", row: 2, column: "DECOM" });
    else expect(r.tables.episodes?.rows[0]?.values.DECOM).toBe("2024-04-01");
  });

  it.each([
    ["L12345678901B", null],
    ["a123456789012", null],
    ["A12345678901B", "ssda903-upn-check-letter"],
    ["B123456789012", "ssda903-upn-check-letter"],
    ["UN4", null],
    ["UN8", "ssda903-invalid-upn"],
    ["A1234567890", "ssda903-invalid-upn"],
    ["123456789012A", "ssda903-invalid-upn"],
  ])("UPN %s → %s", (upn, code) => {
    const r = readSsda903({ "header.csv": `${HD}\n1,1,01/02/2010,WBRI,${upn},,` }, { dfeChecks: true });
    expect(r.issues[0]?.code ?? null).toBe(code);
    if (code) expect(r.issues[0]?.message).not.toContain(upn);
  });

  it("parses UK dates as day/month in every time zone (never new Date)", () => {
    const r = readSsda903({ "episodes.csv": `${EP}\n1,01/04/2024,S,C2,N1,U1,PR1,02/03/2025,E11,,,,\n` });
    expect(r.tables.episodes?.rows[0]?.values).toMatchObject({
      DECOM: "2024-04-01",
      DEC: "2025-03-02",
      REC: "E11",
    });
  });

  it("reports codes, blanks, row lengths, duplicates and date order with row and column", () => {
    const csv = [
      HD,
      "1,3,01/02/2010,WBRI,L12345678901B,,",
      "2,1,,WBRI,UN2,,",
      "1,2,01/02/2010,XXXX,A123456789012,,",
      "4,1,01/02/2010",
    ].join("\r\n");
    const r = readSsda903({ "header.csv": csv });
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["ssda903-invalid-code", 2, "SEX"],
      ["ssda903-missing-value", 3, "DOB"],
      ["ssda903-invalid-code", 4, "ETHNIC"],
      ["ssda903-duplicate-child", 4, "CHILD"],
      ["ssda903-column-count", 5, 4],
      ["ssda903-missing-value", 5, "ETHNIC"],
      ["ssda903-missing-value", 5, "UPN"],
    ]);
    expect(r.tables.header?.rows).toHaveLength(4);
  });

  it("never quotes identifiers, dates of birth or postcodes", () => {
    const csv = `${HD}\nSECRETCHILD,7,99/99/2010,QQQQ,SECRETUPN,,`;
    const ep = `${EP}\nSECRETCHILD,01/04/2024,S,C2,N1,U1,PR1,,,,SECRETPOST,,`;
    const r = readSsda903({ "header.csv": csv, "episodes.csv": ep });
    expect(r.issues.map((i) => i.code)).toEqual([
      "ssda903-invalid-code",
      "ssda903-invalid-date",
      "ssda903-invalid-code",
      "ssda903-invalid-upn",
    ]);
    const text = JSON.stringify(r.issues);
    for (const s of ["SECRETCHILD", "99/99/2010", "SECRETUPN", "SECRETPOST", "QQQQ", "'7'"])
      expect(text).not.toContain(s);
  });

  it("checks episode order and overlaps, and that children with episodes are in header", () => {
    const ep = [
      EP,
      "1,01/04/2024,S,C2,N1,U1,PR1,01/03/2024,E11,,,,",
      "2,01/04/2024,S,C2,N1,U1,PR1,,,,,,",
      "2,01/05/2024,P,C2,N1,U1,PR1,,,,,,",
    ].join("\n");
    const r = readSsda903({ "episodes.csv": ep, "header.csv": `${HD}\n1,1,01/02/2010,WBRI,L12345678901B,,` });
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([
      ["ssda903-date-order", 2],
      ["ssda903-episode-overlap", 4],
      ["ssda903-child-not-in-header", 3],
    ]);
  });

  it("handles BOMs, quoted fields, blank lines and CRLF", () => {
    const r = readSsda903({
      "sw.csv":
        '\uFEFFCHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n"C,1",05/12/2010,SW9,01/01/2020,03/01/2020,MANAGE\r\n\r\n,,,,,\r\n',
    });
    expect(r.issues).toEqual([]);
    expect(r.tables.sw_episodes?.rows.map((x) => [x.line, x.values.CHILD])).toEqual([[2, "C,1"]]);
  });

  it.each([
    ["", "ssda903-empty-file"],
    ["foo,bar\n1,2", "ssda903-unknown-table"],
    ['CHILD,DOB\n"unclosed', "ssda903-csv-malformed"],
  ])("%j → %s and no table", (text, code) => {
    const r = readSsda903({ "x.csv": text });
    expect(r.tables).toEqual({});
    expect(r.issues[0]?.code).toBe(code);
  });

  it("refuses a second table of the same kind", () => {
    const r = readSsda903({ "2023-header.csv": `${HD}\n`, "2024-header.csv": `${HD}\n` });
    expect(r.tables.header?.file).toBe("2023-header.csv");
    expect(r.issues.map((i) => [i.code, i.file])).toEqual([["ssda903-duplicate-table", "2024-header.csv"]]);
  });

  it("can treat unknown codes as warnings", () => {
    const r = readSsda903(
      { "header.csv": `${HD}\n1,7,01/02/2010,WBRI,L12345678901B,,` },
      { codeSeverity: "warning" },
    );
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["ssda903-invalid-code", "warning"]]);
  });

  it.each([
    [";", "semicolons"],
    ["\t", "tabs"],
  ])("reads a file separated by %j, with a warning", (sep, name) => {
    const csv = ["CHILD,DOB,MISSING,MIS_START,MIS_END", "1,01/02/2010,M,01/04/2024,02/04/2024"]
      .map((l) => l.replaceAll(",", sep))
      .join("\n");
    const r = readSsda903({ "m.csv": csv });
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["ssda903-delimiter", "warning"]]);
    expect(r.issues[0]?.message).toContain(name);
    expect(r.tables.missing?.rows[0]?.values).toMatchObject({
      MIS_START: "2024-04-01",
      MIS_END: "2024-04-02",
    });
  });
});

describe("readSsda903 with the XML layout", () => {
  const xml = (body: string) => `<?xml version="1.0"?>\n<EXPSSDA903>\n${body}\n</EXPSSDA903>`;
  const child = `<CHILD><HEADER><CHILDID>SECRET7</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX><DOB>01/02/2010</DOB><ETHNIC>WBRI</ETHNIC><UASC /><MOTHER /><MC_DOB />
<AREVIEW><REVIEW>01/05/2023</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW><PERMANENCE><PREV_PERM>Z1</PREV_PERM></PERMANENCE></HEADER>
<EPISODE><DECOM>01/04/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /></EPISODE></CHILD>`;

  it("turns records into the CSV tables, PL becoming PLACE", () => {
    const r = readSsda903({ "903.xml": xml(child) });
    expect(r.issues).toEqual([]);
    expect(Object.keys(r.tables).sort()).toEqual(["episodes", "header", "previous_permanence", "reviews"]);
    expect(r.tables.episodes?.rows[0]?.values).toMatchObject({
      CHILD: "SECRET7",
      DECOM: "2023-04-01",
      PLACE: "U1",
      DEC: null,
    });
    expect(r.tables.reviews?.rows[0]?.values).toMatchObject({
      CHILD: "SECRET7",
      DOB: "2010-02-01",
      REVIEW: "2023-05-01",
    });
    expect(r.tables.header?.rows[0]?.line).toBe(3);
  });

  it("names the record and line in messages, never the child", () => {
    const r = readSsda903({
      "903.xml": xml(
        child.replace("<PL>U1</PL>", "<PL>Q9</PL>").replace("<DOB>01/02/2010", "<DOB>2010-02-01"),
      ),
    });
    expect(r.issues.map((i) => [i.code, i.column, i.row])).toEqual([
      ["ssda903-invalid-date", "DOB", 3],
      ["ssda903-invalid-date", "DOB", 4],
      ["ssda903-invalid-date", "DOB", 4],
      ["ssda903-invalid-code", "PLACE", 5],
    ]);
    expect(r.issues[3]?.message).toBe(
      "PLACE on <EPISODE> of child 1 (line 5, column 1) of 903.xml (text of 2 characters) is not a code the SSDA903 allows for PLACE (A3, A4, A5, A6, H5, K1, K2, K3, P1, P2, P3, R1, R2, R3, R5, S1, T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z1, Z11, Z12, Z13 or Z14).",
    );
    expect(JSON.stringify(r.issues)).not.toMatch(/SECRET7|2010-02-01|A123456789012/);
  });

  it.each([
    ['<!DOCTYPE x [<!ENTITY e "y">]><EXPSSDA903/>', "xml-doctype-refused"],
    ["<EXPSSDA903><CHILD>", "xml-unclosed"],
    ["<Message><Children/></Message>", "ssda903-unknown-table"],
  ])("%j → %s and no tables", (text, code) => {
    const r = readSsda903({ "x.xml": text });
    expect(r.tables).toEqual({});
    expect(r.issues[0]?.code).toBe(code);
  });
});
