// computeReturnsMeasures on damaged multi-year returns (fast-check): never a throw, a figure's numerator never
// above its denominator, exclusions always positive counts, and no child's identifier in any note or reason.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { synthReturns } from "../../synth/synth-returns.js";
import type { ReturnYear } from "../measure-types.js";
import { parseCinCensusXml } from "../parse-cin-census-xml.js";
import { readSsda903 } from "../read-ssda903.js";
import { computeReturnsMeasures } from "./compute-returns-measures.js";

const files = synthReturns({ la: "865", firstYear: 2021, lastYear: 2023, scale: 0.02, seed: 3 });
const NOISE = ["", ",", "\n", "/", "-", "x", "9", "31/02/2023", "2023-02-30", "<", "</CINdetails>", "  "];

/** Every CHILD and LAchildID in the files, to check no output names one. */
const identifiers = new Set(
  files.flatMap((f) =>
    [...f.text.matchAll(/<LAchildID>([^<]+)<\/LAchildID>|^(\d{6,})(?=,)/gm)].map((m) => m[1] ?? m[2] ?? ""),
  ),
);

const damage = (text: string, edits: readonly (readonly [number, number, number])[]) => {
  let out = text;
  for (const [at, cut, noise] of edits) {
    const i = Math.floor(at * out.length);
    out = out.slice(0, i) + (NOISE[noise % NOISE.length] ?? "") + out.slice(i + cut);
  }
  return out;
};

const years = (edited: readonly string[]): ReturnYear[] =>
  [2021, 2022, 2023].map((year) => {
    const label = `${year}-${String(year + 1).slice(2)}`;
    const mine = files
      .map((f, i) => ({ path: f.path, text: edited[i] ?? f.text }))
      .filter((f) => f.path.startsWith(`${label}/`));
    const cinFile = mine.find((f) => f.path.endsWith(".xml"));
    return {
      year,
      cin: parseCinCensusXml(cinFile?.text ?? "", cinFile ? { file: cinFile.path } : {}),
      ssda903: readSsda903(
        Object.fromEntries(mine.filter((f) => f.path.endsWith(".csv")).map((f) => [f.path, f.text])),
      ),
    };
  });

describe("computeReturnsMeasures on damaged returns", () => {
  it("never throws, keeps numerators within denominators and names no child", () => {
    expect(identifiers.size).toBeGreaterThan(100);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: files.length - 1 }),
            fc.array(
              fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 40 }), fc.nat()),
              {
                minLength: 1,
                maxLength: 6,
              },
            ),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom("referral" as const, "child" as const),
        (damages, level) => {
          const edited = files.map((f) => f.text);
          for (const [i, edits] of damages) edited[i] = damage(edited[i] ?? "", edits);
          const m = computeReturnsMeasures(years(edited), {
            year: 2023,
            reReferralLevel: level,
            population: 1000,
          });
          for (const o of m.observations) {
            if (
              o.denominator !== undefined &&
              !o.indicatorId.endsWith("-rate") &&
              !["adoption-a1", "adoption-a2", "assessments-median-wd"].includes(o.indicatorId)
            )
              expect(o.numerator ?? 0, o.indicatorId).toBeLessThanOrEqual(o.denominator);
            expect(o.value === null || Number.isFinite(o.value), o.indicatorId).toBe(true);
          }
          for (const e of m.exclusions) expect(e.count).toBeGreaterThan(0);
          const text = [
            ...m.observations.map((o) => o.note ?? ""),
            ...m.exclusions.map((e) => e.reason),
          ].join(" ");
          for (const id of identifiers) if (id.length > 4) expect(text.includes(id)).toBe(false);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});
