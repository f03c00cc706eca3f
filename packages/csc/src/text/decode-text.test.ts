import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.js";
import { repairMojibake } from "./repair-mojibake.js";

describe("decodeText and repairMojibake", () => {
  it("JSDoc examples", () => {
    expect(repairMojibake("children’s")).toBe("children’s");
    expect(repairMojibake("childrenâ€™s")).toBe("children’s");
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).text).toBe("Café");
    expect(decodeText("\uFEFFa,b").text).toBe("a,b");
  });

  it.each([
    ["Childrenâ€™s services", "Children’s services"],
    ["RÃ©fÃ©rrals", "Référrals"],
    ["â€œquotedâ€\u009d", "“quoted”"],
    ["plain ASCII", "plain ASCII"],
    ["Ã alone is left", "Ã alone is left"],
    // Read as Latin-1 (C1 controls) rather than Windows-1252.
    ["children\u00e2\u0080\u0099s", "children’s"],
    ["caf\u00c3\u00a9 \u00e2\u0082\u00ac5", "café €5"],
    // A damaged character beside good accented text is still repaired, character by character.
    ["éâ€™", "é’"],
    ["François â ok", "François â ok"],
    // Latin-1 text with no sign of damage is left alone, even where its bytes would re-decode.
    ["JÖ’S", "JÖ’S"],
  ])("%s -> %s", (input, expected) => expect(repairMojibake(input)).toBe(expected));

  it("warns when it falls back to Windows-1252 or repairs text", () => {
    const a = decodeText(new Uint8Array([0x93, 0x61, 0x94]), "f.csv");
    expect(a.text).toBe("“a”");
    expect(a.issues).toEqual([
      {
        code: "latin1-encoding",
        severity: "warning",
        message:
          'The file is not UTF-8; it was read as Windows-1252 (Latin-1). Save it as "CSV UTF-8" to avoid this warning.',
        file: "f.csv",
        row: 1,
        column: 1,
      },
    ]);
    expect(decodeText("Childrenâ€™s").issues.map((i) => i.code)).toEqual(["mis-decoded-text"]);
    expect(decodeText("Children’s").issues).toEqual([]);
  });

  it.each([
    ["one", [0xef, 0xbb, 0xbf]],
    ["two", [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]],
    ["four", [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]],
  ])("strips %s byte-order marks at the start, and keeps one inside the text", (_, boms) => {
    const d = decodeText(new Uint8Array([...boms, 0x61, 0xef, 0xbb, 0xbf, 0x62]), "a.csv");
    expect([d.text, d.issues]).toEqual(["a\uFEFFb", []]);
    expect(decodeText("\uFEFF\uFEFFa").text).toBe("a");
  });

  it("strips a UTF-8 byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "a.csv")).toEqual({
      text: "a",
      encoding: "utf-8",
      issues: [],
    });
  });

  it("reads invalid UTF-8 as Windows-1252 and warns with the line", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("indicator,period,value\nre-referrals,2019/20,15%\nCaf"),
      0xe9,
      ...new TextEncoder().encode(" 2,2019/20,1\n"),
    ]);
    const d = decodeText(bytes, "l.csv");
    expect(d.encoding).toBe("windows-1252");
    // "Caf" then the Latin-1 é: column 4 of line 3.
    expect(d.text).toContain("Café 2");
    expect(d.issues).toEqual([
      expect.objectContaining({
        code: "latin1-encoding",
        severity: "warning",
        file: "l.csv",
        row: 3,
        column: 4,
      }),
    ]);
  });

  it.each([
    ["UTF-16LE", [0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00], "utf-16le"],
    ["UTF-16BE", [0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9], "utf-16be"],
  ])("reads %s with a byte-order mark", (_, bytes, encoding) => {
    const d = decodeText(new Uint8Array(bytes), "u.csv");
    expect(d).toEqual({ text: "aé", encoding, issues: [] });
  });

  it("repairs mis-decoded text in bytes too, with the one warning", () => {
    const d = decodeText(new TextEncoder().encode("Childrenâ€™s services"), "m.csv");
    expect(d.text).toBe("Children’s services");
    expect(d.issues.map((i) => [i.code, i.file, i.row, i.column])).toEqual([
      ["mis-decoded-text", "m.csv", 1, 9],
    ]);
    // On a later line, after CRLF line ends and a multi-byte character: the column counts characters.
    const later = decodeText(new TextEncoder().encode("a,b\r\n£1,Caféâ€™s\r\n"), "m.csv");
    expect(later.issues.map((i) => [i.row, i.column])).toEqual([[2, 8]]);
  });
});
