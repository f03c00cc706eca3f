// Damaged returns never crash the readers: truncated, byte-flipped and shuffled copies of the fake files.
import { describe, expect, it } from "vitest";
import { getIndicator } from "../../src/catalogue/index.js";
import { computeReturnsMeasures, parseCinCensusXml, readSsda903 } from "../../src/returns/index.js";
import { readSharedText } from "../shared-data.js";

/** A percentage: its numerator is a part of its denominator (not a total of days, nor a count). */
const isShare = (o: { indicatorId: string }) => getIndicator(o.indicatorId)?.unit === "percent";

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const cinText = readSharedText("returns/cin/CIN_Census_2026.xml");
const header = readSharedText("returns/ssda903/header.csv").split("\n").slice(0, 40).join("\n");
const episodes = readSharedText("returns/ssda903/episodes.csv").split("\n").slice(0, 60).join("\n");
const NOISE = [
  "<",
  ">",
  "/",
  "&",
  ";",
  '"',
  ",",
  "\n",
  "\r",
  "\uFEFF",
  "x",
  "9",
  "-",
  "<!",
  "]]>",
  "</Child>",
  "<CINdetails>",
  "",
];

function damage(text: string, rand: () => number): string {
  const cuts = 1 + Math.floor(rand() * 4);
  let out = text;
  for (let i = 0; i < cuts; i++) {
    const at = Math.floor(rand() * out.length);
    const mode = rand();
    if (mode < 0.3) out = out.slice(0, at);
    else if (mode < 0.7)
      out = out.slice(0, at) + NOISE[Math.floor(rand() * NOISE.length)] + out.slice(at + 1);
    else out = out.slice(0, at) + out.slice(at + Math.floor(rand() * 50));
  }
  return out;
}

describe("robustness", () => {
  it("parseCinCensusXml and computeReturnsMeasures survive 500 damaged CIN files", () => {
    const rand = random(42);
    let refused = 0;
    for (let n = 0; n < 500; n++) {
      const r = parseCinCensusXml(damage(cinText, rand), { file: "d.xml" });
      for (const i of r.issues) {
        expect(typeof i.message).toBe("string");
        expect(i.row).toBeGreaterThanOrEqual(1);
        expect(i.message).not.toContain("DfEX0000001");
        expect(i.message).not.toContain("child_fails_assessments");
      }
      if (r.children.length === 0) refused++;
      const m = computeReturnsMeasures([{ year: 2023, cin: r }], { year: 2023 });
      for (const o of m.observations.filter(isShare))
        expect(o.numerator!).toBeLessThanOrEqual(o.denominator!);
    }
    expect(refused).toBeGreaterThan(100);
    expect(refused).toBeLessThan(500);
  });

  it("readSsda903 and computeReturnsMeasures survive 300 damaged table sets", () => {
    const rand = random(7);
    for (let n = 0; n < 300; n++) {
      const r = readSsda903({ "header.csv": damage(header, rand), "episodes.csv": damage(episodes, rand) });
      for (const i of r.issues) expect(i.file === "header.csv" || i.file === "episodes.csv").toBe(true);
      const m = computeReturnsMeasures([{ year: 2017, ssda903: r }], { year: 2017 });
      for (const o of m.observations.filter(isShare))
        expect(o.numerator!).toBeLessThanOrEqual(o.denominator!);
    }
  });
});
