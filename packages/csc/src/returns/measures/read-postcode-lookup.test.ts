import { describe, expect, it } from "vitest";
import { readPostcodeLookup } from "./read-postcode-lookup.js";

describe("readPostcodeLookup", () => {
  it.each([
    [
      "the ONS directory's columns",
      "pcd,pcds,oseast1m,osnrth1m,oslaua\nSN151ER,SN15 1ER,392000,173000,E06000054\n",
      "SN151ER",
      { easting: 392000, northing: 173000, la: "E06000054" },
    ],
    [
      "the NSPL's district column",
      "pcds,oseast1m,osnrth1m,laua\nba1 1aa,375000,164000,E06000022\n",
      "BA11AA",
      { easting: 375000, northing: 164000, la: "E06000022" },
    ],
    [
      "a simple table without districts, BOM and spaces",
      '\uFEFFPostcode, Easting , Northing\n"AB1  2CD",1,2\n',
      "AB12CD",
      { easting: 1, northing: 2 },
    ],
  ])("reads %s", (_name, text, key, expected) => {
    const r = readPostcodeLookup(text);
    expect([r.postcodes.get(key), r.issues]).toEqual([expected, []]);
  });

  it("skips rows without a grid reference, in one warning, and refuses a file without the columns", () => {
    const r = readPostcodeLookup("pcds,oseast1m,osnrth1m\nX1 1XX,,\nY1 1YY,abc,1\nZ1 1ZZ,5,6\n");
    expect([r.postcodes.size, r.issues.map((i) => [i.code, i.severity, i.message])]).toEqual([
      1,
      [
        [
          "postcode-lookup-no-grid",
          "warning",
          "2 rows of postcode lookup without a postcode or grid reference were skipped.",
        ],
      ],
    ]);
    expect(readPostcodeLookup("", "pc.csv").issues.map((i) => [i.code, i.file])).toEqual([
      ["postcode-lookup-columns", "pc.csv"],
    ]);
  });
});
