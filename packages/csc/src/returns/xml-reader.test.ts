import { describe, expect, it } from "vitest";
import { readXml } from "./xml-reader.js";

describe("readXml", () => {
  it("reads elements, attributes, text and positions", () => {
    const r = readXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1" y=\'2\'>\n  <b>hi</b><c/>\n</a>');
    expect(r.problems).toEqual([]);
    expect(r.root?.name).toBe("a");
    expect(r.root?.attributes).toEqual({ x: "1", y: "2" });
    expect(r.root?.children.map((c) => [c.name, c.line, c.column, c.text])).toEqual([
      ["b", 3, 3, "hi"],
      ["c", 3, 12, ""],
    ]);
  });

  it("decodes only the five predefined entities and numeric references", () => {
    const r = readXml("<a>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;&#x1F600;</a>");
    expect(r.root?.text).toBe("<>&'\"AB😀");
  });

  it("keeps CDATA verbatim and skips comments and processing instructions", () => {
    const r = readXml("<a><!-- <b> --><![CDATA[<x>&amp;]]><?pi data?></a>");
    expect(r.root?.children).toEqual([]);
    expect(r.root?.text).toBe("<x>&amp;");
  });

  it("strips a namespace prefix from names and a BOM from the start", () => {
    expect(readXml('\uFEFF<ns:a xmlns:ns="u"><ns:b/></ns:a>').root?.children[0]?.name).toBe("b");
  });

  it.each([
    ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', "xml-doctype-refused", 1, 1],
    ['<?xml version="1.0"?>\n<!DOCTYPE a SYSTEM "file:///etc/passwd">\n<a/>', "xml-doctype-refused", 2, 1],
    ['<a>\n<!ENTITY x "y">\n</a>', "xml-doctype-refused", 2, 1],
    ["<a>&x;</a>", "xml-undeclared-entity", 1, 4],
    ["<a>AT&T</a>", "xml-bad-reference", 1, 6],
    ["<a>&#0;</a>", "xml-bad-reference", 1, 4],
    ["<a>\n  <b>\n</a>", "xml-mismatched-tag", 3, 1],
    ["<a><b></a></b>", "xml-mismatched-tag", 1, 7],
    ["</a>", "xml-mismatched-tag", 1, 1],
    ["<a>\n<b>", "xml-unclosed", 2, 4],
    ["<a x=1/>", "xml-syntax", 1, 6],
    ['<a x="1" x="2"/>', "xml-syntax", 1, 10],
    ["<a/><b/>", "xml-syntax", 1, 5],
    ["text<a/>", "xml-syntax", 1, 1],
    ["<a><!-- no end</a>", "xml-unclosed", 1, 4],
    ["<a><1/></a>", "xml-syntax", 1, 5],
    ["", "xml-empty", 1, 1],
    ["   \n ", "xml-empty", 1, 1],
  ])("%j → %s at %i:%i with no tree", (xml, code, line, column) => {
    const r = readXml(xml);
    expect(r.root).toBeNull();
    expect(r.problems[0]).toMatchObject({ code, line, column, severity: "error" });
  });

  it("refuses the billion-laughs document without expanding anything", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><lolz>&lol9;</lolz>`;
    const r = readXml(lol);
    expect(r.root).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(["xml-doctype-refused"]);
  });

  it("bounds nesting depth instead of overflowing the stack", () => {
    const r = readXml(`${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}`);
    expect(r.root).toBeNull();
    expect(r.problems[0]?.code).toBe("xml-too-deep");
  });

  it("never throws on arbitrary input", () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = [
      "<",
      ">",
      "/",
      "a",
      "b",
      "=",
      '"',
      "'",
      "&",
      ";",
      "#",
      "!",
      "?",
      "-",
      "[",
      "]",
      " ",
      "\n",
      "x",
      "C",
    ];
    for (let n = 0; n < 2000; n++) {
      const s = Array.from(
        { length: 1 + Math.floor(rand() * 40) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join("");
      const r = readXml(s);
      expect(r.root !== null || r.problems.length > 0).toBe(true);
    }
  });
});
