import { describe, expect, it } from "vitest";
import { decodeText, repairMojibake } from "./decode-text.js";

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
  ])("%s -> %s", (input, expected) => expect(repairMojibake(input)).toBe(expected));

  it("warns when it falls back to Windows-1252 or repairs text", () => {
    const a = decodeText(new Uint8Array([0x93, 0x61, 0x94]), "f.csv");
    expect(a.text).toBe("“a”");
    expect(a.issues).toEqual([
      {
        code: "latin1-encoding",
        severity: "warning",
        message: "The file is not UTF-8; it was read as Windows-1252 (Latin-1).",
        file: "f.csv",
      },
    ]);
    expect(decodeText("Childrenâ€™s").issues.map((i) => i.code)).toEqual(["mis-decoded-text"]);
    expect(decodeText("Children’s").issues).toEqual([]);
  });
});
