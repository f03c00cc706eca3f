import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { synthReturns } from "../synth/synth-returns.js";
import { decodeTextStream } from "../text/decode-stream.js";
import { decodeText } from "../text/decode-text.js";
import { parseCinCensusStream, parseCinCensusXml } from "./parse-cin-census-xml.js";
import { readXml, XmlStream } from "./xml-reader.js";

/** `bytes` cut at the given points (sorted, any within range), as the chunks a stream would give. */
const cut = (bytes: Uint8Array, points: readonly number[]): Uint8Array[] => {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    out.push(bytes.slice(from, p));
    from = p;
  }
  return out;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const collect = async (pieces: AsyncIterable<string>) => {
  let text = "";
  for await (const p of pieces) text += p;
  return text;
};

const header = `<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year>
  <ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source></Header>`;
const child = (id: string, referral: string) =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><Sex>F</Sex></ChildIdentifiers>
  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
  <CINdetails><CINreferralDate>${referral}</CINreferralDate><ReferralSource>1A</ReferralSource>
  <ReferralNFA>false</ReferralNFA></CINdetails></Child>`;
const synthCensus =
  synthReturns({ la: "865", firstYear: 2023, lastYear: 2023, scale: 0.02, seed: 3 }).find((f) =>
    f.path.endsWith(".xml"),
  )?.text ?? "";

// Documents that exercise every path of the reading: well formed, with issues of each level, and refused.
const documents: readonly (readonly [string, string])[] = [
  ["a synthetic census", synthCensus],
  [
    "children and a duplicate",
    `<?xml version="1.0"?>\n<Message>${header}<Children>${child("A1", "2023-06-01")}\n${child("A1", "2023-07-01")}</Children></Message>`,
  ],
  [
    "the header after the children",
    `<Message><Children>${child("A1", "2023-06-01")}</Children>${header}</Message>`,
  ],
  ["no header", `<Message><Children>${child("A1", "2023-06-01")}</Children></Message>`],
  [
    "dates all dd/mm/yyyy",
    `<Message>${header}<Children>${child("A1", "01/06/2023")}${child("A2", "02/06/2023")}</Children></Message>`,
  ],
  [
    "stray text and other elements",
    `<Message>${header}<Other/><Children>text${child("A1", "2023-06-01")}<Kid/></Children><Children/></Message>`,
  ],
  ["another root", `<Root><Children>${child("A1", "2023-06-01")}</Children></Root>`],
  ["a DOCTYPE", `<!DOCTYPE x [<!ENTITY a "b">]><Message>${header}</Message>`],
  [
    "an undeclared entity in a child",
    `<Message>${header}<Children>${child("A&x;1", "2023-06-01")}</Children></Message>`,
  ],
  ["a truncated file", `<Message>${header}<Children>${child("A1", "2023-06-01")}<Child><ChildIdent`],
  [
    "a comment, CDATA and references",
    `\uFEFF<Message><!-- a > b -->${header}<Children>${child("A&amp;&#66;<![CDATA[x]]>", "2023-06-01")}</Children></Message>`,
  ],
  ["attributes with > in quotes", `<Message a="x > y" b='1'>${header}<Children/></Message>`],
  ["no children", `<Message>${header}<Children></Children></Message>`],
];

describe("parseCinCensusStream", () => {
  it.each(documents)("reads %s as the whole-text reader does, however it is cut", async (_name, doc) => {
    const bytes = utf8(doc);
    const whole = parseCinCensusXml(doc, { file: "cin.xml" });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (points) => {
        const streamed = await parseCinCensusStream(cut(bytes, points), { file: "cin.xml" });
        expect(streamed.children).toEqual(whole.children);
        expect(streamed.header).toEqual(whole.header);
        expect(streamed.issues).toEqual(whole.issues);
      }),
      { numRuns: doc === synthCensus ? 15 : 60 },
    );
  });

  it("reads a web ReadableStream one byte at a time, and counts its children as it goes", async () => {
    const bytes = utf8(
      `<Message>${header}<Children>${child("A1", "2023-06-01")}${child("A2", "2023-06-02")}</Children></Message>`,
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const seen: number[] = [];
    const r = await parseCinCensusStream(stream, { onProgress: (p) => seen.push(p.children) });
    expect([r.children.length, r.header?.la, r.issues]).toEqual([2, "865", []]);
    expect([Math.min(...seen), Math.max(...seen)]).toEqual([0, 2]);
  });

  it("holds no element of a child it has read (the tree keeps only the message, header gone)", () => {
    let held = 0;
    const xml = new XmlStream({
      close: (el, depth) => {
        if (depth === 2) held = el.children.length;
        return depth === 3;
      },
    });
    const doc = `<Message><Children>${child("A1", "2023-06-01").repeat(50)}</Children></Message>`;
    for (let i = 0; i < doc.length; i += 97) xml.push(doc.slice(i, i + 97));
    const r = xml.end();
    expect([held, r.root?.children[0]?.children.length, r.problems]).toEqual([0, 0, []]);
  });
});

describe("XmlStream", () => {
  it("refuses a start tag longer than 16 MB instead of buffering it", () => {
    const xml = new XmlStream();
    xml.push('<Message a="');
    const big = "x".repeat(1024 * 1024);
    let going = true;
    for (let i = 0; i < 20 && going; i++) going = xml.push(big);
    expect([going, xml.end().problems.map((p) => p.code)]).toEqual([false, ["xml-unclosed"]]);
  });

  it("gives readXml's tree and problems for any cut of the text", () => {
    const text = `<?xml version="1.0"?>\n<a x="1">\n <b>hi &amp; bye</b><c/>\n <d><![CDATA[<z>]]></d></a>`;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 10 }), (points) => {
        const xml = new XmlStream();
        const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const p of [...at, text.length]) {
          xml.push(text.slice(from, p));
          from = p;
        }
        expect(xml.end()).toEqual(readXml(text));
      }),
    );
  });
});

describe("decodeTextStream", () => {
  // Text from an alphabet with multi-byte characters, line ends and mis-decoded UTF-8 (â€™), as returns have. Its
  // damage shows itself: no letter of it can begin a mis-decoded character with others after it (é can: é€’ is
  // 递 mis-decoded; that case is the test after this one).
  const alphabet = ["a", "Z", "1", ",", " ", "\n", "\r\n", "\r", "ö", "’", "€", "😀", "â€™", "Ã©", "\uFEFF"];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join(""));

  it("gives decodeText's text and warnings for UTF-8 cut anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), text, fc.array(fc.nat(), { maxLength: 8 }), async (bom, t, points) => {
        const bytes = utf8(`${bom ? "\uFEFF" : ""}${t}`);
        const d = decodeTextStream(cut(bytes, points), "f.csv");
        const whole = decodeText(bytes, "f.csv");
        // Damage is repaired from the piece that first shows it; the alphabet's damage shows itself.
        expect(await collect(d.pieces)).toBe(whole.text);
        expect(d.issues()).toEqual(whole.issues);
        expect([d.encoding(), d.bytesRead()]).toEqual(["utf-8", bytes.length]);
      }),
    );
  });

  it("repairs damage that does not show itself as decodeText does in one piece, and from the piece that shows it", async () => {
    // é€’ is 递 mis-decoded, but only â€™ after it shows the text is damaged.
    const bytes = utf8("é€’ a piece on â€™");
    expect(decodeText(bytes).text).toBe("递 a piece on ’");
    expect(await collect(decodeTextStream([bytes]).pieces)).toBe("递 a piece on ’");
    const cutAt = utf8("é€’ a piece on ").length;
    const d = decodeTextStream([bytes.slice(0, cutAt), bytes.slice(cutAt)]);
    expect(await collect(d.pieces)).toBe("é€’ a piece on ’");
    expect(d.issues().map((i) => [i.code, i.row, i.column])).toEqual([["mis-decoded-text", 1, 16]]);
  });

  it("reads Windows-1252 after ASCII, and UTF-16 with its byte-order mark, as decodeText does", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e\n]/g, "a")),
        // Bytes that cannot start a mis-decoded character, so no repair is in question (see decodeTextStream).
        fc.array(fc.oneof(fc.integer({ min: 0, max: 0xbf }), fc.integer({ min: 0xf5, max: 0xff })), {
          maxLength: 30,
        }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (ascii, tail, points) => {
          // é as Windows-1252 then a letter: not UTF-8 wherever the file is cut.
          const bytes = new Uint8Array([...utf8(ascii), 0xe9, 0x41, ...tail]);
          const d = decodeTextStream(cut(bytes, points), "f.csv");
          const whole = decodeText(bytes, "f.csv");
          expect(await collect(d.pieces)).toBe(whole.text);
          expect(d.issues().map((i) => [i.code, i.row, i.column])).toEqual(
            whole.issues.map((i) => [i.code, i.row, i.column]),
          );
        },
      ),
    );
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00, 0x0a, 0x00, 0x3d, 0xd8, 0x00, 0xde]);
    for (const points of [[1], [3], [9], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]) {
      const d = decodeTextStream(cut(utf16, points));
      expect([await collect(d.pieces), d.encoding()]).toEqual(["aé\n😀", "utf-16le"]);
    }
  });
});
