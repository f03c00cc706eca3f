import { expect, it } from "vitest";
import { decodeText } from "./decode-text.js";

it("strips a UTF-8 byte-order mark", () => {
  const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "a.csv");
  expect(d).toEqual({ text: "a", encoding: "utf-8", issues: [] });
});

it("reads invalid UTF-8 as Windows-1252 and warns with the row", () => {
  const bytes = new Uint8Array([
    ...Buffer.from("indicator,period,value\nre-referrals,2019/20,15%\nCaf"),
    0xe9,
    ...Buffer.from(" 2,2019/20,1\n"),
  ]);
  const d = decodeText(bytes, "l.csv");
  expect(d.encoding).toBe("windows-1252");
  expect(d.text).toContain("Café 2");
  expect(d.issues).toEqual([
    expect.objectContaining({ code: "not-utf8", severity: "warning", file: "l.csv", row: 3 }),
  ]);
});

it("reads UTF-16 with a byte-order mark", () => {
  const d = decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00]), "u.csv");
  expect(d.text).toBe("ab");
});
