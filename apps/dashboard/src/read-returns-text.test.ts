// The dashboard reads return files as bytes and decodes them as every kpikit reader does.
import { describe, expect, it } from "vitest";
import { readReturns } from "./read-returns.js";

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

describe("readReturns decodes the bytes it is given", () => {
  it("reads a Windows-1252 SSDA903 file with a warning naming the line", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0x93, 0x0a]);
    const r = readReturns([{ name: "header.csv", text: bytes }]);
    expect(r.issues.filter((i) => i.code === "latin1-encoding").map((i) => [i.file, i.row])).toEqual([
      ["header.csv", 2],
    ]);
  });

  it.each([
    ["UTF-8 with a byte-order mark", [0xef, 0xbb, 0xbf, ...new TextEncoder().encode(HEADER)]],
    ["UTF-16LE", [0xff, 0xfe, ...Array.from(HEADER, (c) => [c.charCodeAt(0), 0]).flat()]],
  ])("recognises an SSDA903 table saved as %s", (_, bytes) => {
    const r = readReturns([{ name: "header.csv", text: new Uint8Array(bytes) }]);
    expect(r.issues.map((i) => i.code)).not.toContain("returns-unrecognised");
    expect(r.notes.join(" ")).not.toMatch(/unrecognised/);
  });
});
