// The one redaction rule, as a property: whatever is done to a return (a row shifted by a dropped or extra
// cell, a stray quote, no header row, lines swapped, a tag lacking its '>'), no issue the pipeline gives
// contains the text of an identifier cell (child ID, UPN, date of birth, postcode).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReturns } from "./read-returns.js";

const EP = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
const HD = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

/** Identifiers no message could contain by chance: mixed letters and digits, 9 or more characters. */
const childId = fc.stringMatching(/^[A-HJ-NP-Z][0-9]{3}[A-HJ-NP-Z]{2}[0-9]{3,5}$/);
const upn = fc.stringMatching(/^[A-HJ-NP-Z][0-9]{11}[A-HJ-NP-Z]$/);
const day = fc
  .record({
    d: fc.integer({ min: 1, max: 28 }),
    m: fc.integer({ min: 1, max: 12 }),
    y: fc.integer({ min: 2004, max: 2019 }),
  })
  .map(({ d, m, y }) => ({
    uk: `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`,
    iso: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  }));
const postcode = fc.stringMatching(/^[A-HJ-NP-Z]{2}[0-9]{2} [0-9][A-HJ-NP-Z]{2}$/);
const child = fc.record({ id: childId, upn, dob: day, home: postcode, placed: postcode });

type Child = { id: string; upn: string; dob: { uk: string; iso: string }; home: string; placed: string };
const secrets = (children: readonly Child[]) =>
  children.flatMap((c) => [c.id, c.upn, c.dob.uk, c.dob.iso, c.home, c.placed]);

/** Mutations of a CSV text's lines. */
const csvMutation = fc.oneof(
  fc.record({ kind: fc.constant("drop-cell" as const), line: fc.nat(), cell: fc.nat() }),
  fc.record({ kind: fc.constant("extra-cell" as const), line: fc.nat(), cell: fc.nat() }),
  fc.record({ kind: fc.constant("stray-quote" as const), line: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant("no-header" as const) }),
  fc.record({ kind: fc.constant("swap" as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("join-lines" as const), line: fc.nat() }),
);

type CsvMutation = typeof csvMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateCsv(text: string, m: CsvMutation): string {
  const lines = text.split("\n");
  const n = lines.length;
  const pick = (i: number) => 1 + (i % Math.max(1, n - 1));
  switch (m.kind) {
    case "drop-cell": {
      const l = pick(m.line);
      const cells = (lines[l] ?? "").split(",");
      cells.splice(m.cell % cells.length, 1);
      lines[l] = cells.join(",");
      break;
    }
    case "extra-cell": {
      const l = pick(m.line);
      const cells = (lines[l] ?? "").split(",");
      cells.splice(m.cell % (cells.length + 1), 0, "x");
      lines[l] = cells.join(",");
      break;
    }
    case "stray-quote": {
      const l = pick(m.line);
      const s = lines[l] ?? "";
      const at = m.at % (s.length + 1);
      lines[l] = `${s.slice(0, at)}"${s.slice(at)}`;
      break;
    }
    case "no-header":
      lines.shift();
      break;
    case "swap": {
      const a = m.line % n;
      const b = m.other % n;
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      break;
    }
    case "join-lines": {
      const l = m.line % Math.max(1, n - 1);
      lines.splice(l, 2, `${lines[l]}${lines[l + 1] ?? ""}`);
      break;
    }
  }
  return lines.join("\n");
}

function ssdaCsv(children: readonly Child[]): { episodes: string; header: string } {
  return {
    header: [HD, ...children.map((c) => `${c.id},1,${c.dob.uk},WBRI,${c.upn},,`)].join("\n"),
    episodes: [
      EP,
      ...children.map((c) => `${c.id},01/05/2023,S,C2,N1,U1,PR1,,,,${c.home},${c.placed},`),
    ].join("\n"),
  };
}

function cinXml(children: readonly Child[]): string {
  const body = children
    .map(
      (
        c,
      ) => `<Child><ChildIdentifiers><LAchildID>${c.id}</LAchildID><UPN>${c.upn}</UPN><PersonBirthDate>${c.dob.iso}</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
<CINdetails><CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>`,
    )
    .join("\n");
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>
<Children>
${body}
</Children></Message>`;
}

function ssdaXml(children: readonly Child[]): string {
  return `<EXPSSDA903>${children
    .map(
      (
        c,
      ) => `<CHILD><HEADER><CHILDID>${c.id}</CHILDID><UPN>${c.upn}</UPN><SEX>1</SEX><DOB>${c.dob.uk}</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
<EPISODE><DECOM>01/05/2023</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><HOME_POST>${c.home}</HOME_POST><PL_POST>${c.placed}</PL_POST></EPISODE></CHILD>`,
    )
    .join("\n")}</EXPSSDA903>`;
}

/** Mutations of XML text: a '>' removed, a '<' removed, an end tag removed, a run of text moved. */
const xmlMutation = fc.record({
  kind: fc.constantFrom("drop-gt", "drop-lt", "drop-end-tag", "cut"),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
});

function mutateXml(text: string, m: { kind: string; at: number; length: number }): string {
  const positions = (ch: string) => [...text].flatMap((c, i) => (c === ch ? [i] : []));
  if (m.kind === "drop-gt" || m.kind === "drop-lt") {
    const ps = positions(m.kind === "drop-gt" ? ">" : "<");
    const p = ps[m.at % ps.length] ?? 0;
    return text.slice(0, p) + text.slice(p + 1);
  }
  if (m.kind === "drop-end-tag") {
    const ends = [...text.matchAll(/<\/[A-Za-z_]+>/g)];
    const e = ends[m.at % ends.length];
    return e ? text.slice(0, e.index) + text.slice((e.index ?? 0) + e[0].length) : text;
  }
  const p = m.at % text.length;
  return text.slice(0, p) + text.slice(p + m.length);
}

/** The issues without a line or a column (every format here has both). */
const unlocated = (issues: readonly { row?: unknown; column?: unknown }[]) =>
  issues
    .filter((i) => i.row === undefined || i.column === undefined || i.column === "")
    .map((i) => JSON.stringify(i));

/** The issues (as JSON) that contain any of the hidden texts. */
const leaks = (issues: readonly unknown[], hidden: readonly string[]) =>
  issues.map((i) => JSON.stringify(i)).filter((text) => hidden.some((s) => text.includes(s)));

describe("no message ever quotes an identifier", () => {
  const runs = { numRuns: Number(process.env.KPIKIT_FUZZ_RUNS ?? 150) };

  it("SSDA903 CSV, however the rows are mangled", () => {
    fc.assert(
      fc.property(
        fc.array(child, { minLength: 1, maxLength: 4 }),
        fc.array(csvMutation, { minLength: 1, maxLength: 3 }),
        (children, ms) => {
          const { episodes, header } = ssdaCsv(children);
          let e = episodes;
          let h = header;
          for (const m of ms) {
            e = mutateCsv(e, m);
            h = mutateCsv(h, m);
          }
          const r = readReturns(
            [
              { name: "2023-24/episodes.csv", bytes: e },
              { name: "2023-24/header.csv", bytes: h },
            ],
            { dfeChecks: true },
          );
          expect(leaks(r.issues, secrets(children))).toEqual([]);
          expect(unlocated(r.issues)).toEqual([]);
        },
      ),
      runs,
    );
  });

  it("CIN census XML, however the tags are broken", () => {
    fc.assert(
      fc.property(
        fc.array(child, { minLength: 1, maxLength: 3 }),
        fc.array(xmlMutation, { minLength: 1, maxLength: 3 }),
        (children, ms) => {
          let xml = cinXml(children);
          for (const m of ms) xml = mutateXml(xml, m);
          const r = readReturns([{ name: "cin.xml", bytes: xml }], { dfeChecks: true });
          expect(leaks(r.issues, secrets(children))).toEqual([]);
          expect(unlocated(r.issues)).toEqual([]);
        },
      ),
      runs,
    );
  });

  it("SSDA903 XML, however the tags are broken", () => {
    fc.assert(
      fc.property(
        fc.array(child, { minLength: 1, maxLength: 3 }),
        fc.array(xmlMutation, { minLength: 1, maxLength: 3 }),
        (children, ms) => {
          let xml = ssdaXml(children);
          for (const m of ms) xml = mutateXml(xml, m);
          const r = readReturns([{ name: "903.xml", bytes: xml }], { dfeChecks: true });
          expect(leaks(r.issues, secrets(children))).toEqual([]);
          expect(unlocated(r.issues)).toEqual([]);
        },
      ),
      runs,
    );
  });
});
