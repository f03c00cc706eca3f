import { isKpikitError } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import type { ReturnYear } from "../returns/measure-types.js";
import { computeReturnsMeasures } from "../returns/measures/compute-returns-measures.js";
import { parseCinCensusXml } from "../returns/parse-cin-census-xml.js";
import { readSsda903 } from "../returns/read-ssda903.js";
import { type SynthFile, synthReturns } from "./synth-returns.js";

const read = (files: readonly SynthFile[], first: number, last: number): ReturnYear[] => {
  const out: ReturnYear[] = [];
  for (let year = first; year <= last; year++) {
    const label = `${year}-${String(year + 1).slice(2)}`;
    const mine = files.filter((f) => f.path.startsWith(`${label}/`));
    const cin = parseCinCensusXml(mine.find((f) => f.path.endsWith(".xml"))?.text ?? "");
    const ssda903 = readSsda903(
      Object.fromEntries(mine.filter((f) => f.path.endsWith(".csv")).map((f) => [f.path, f.text])),
    );
    out.push({ year, cin, ssda903 });
  }
  return out;
};

describe("synthReturns", () => {
  it("is deterministic for a seed and differs for another", () => {
    const a = synthReturns({ la: "865", firstYear: 2022, lastYear: 2023, scale: 0.05, seed: 9 });
    const b = synthReturns({ la: "865", firstYear: 2022, lastYear: 2023, scale: 0.05, seed: 9 });
    const c = synthReturns({ la: "865", firstYear: 2022, lastYear: 2023, scale: 0.05, seed: 10 });
    expect(b).toEqual(a);
    expect(c.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
  });

  it("at scale 1 has about 1/150 of England's volumes, valid for the readers", () => {
    const files = synthReturns({ la: "201", firstYear: 2022, lastYear: 2023, scale: 1, seed: 2 });
    const years = read(files, 2022, 2023);
    const errors = years.flatMap((y) => [...(y.cin?.issues ?? []), ...(y.ssda903?.issues ?? [])]);
    expect(errors.filter((i) => i.severity === "error")).toEqual([]);
    const m = computeReturnsMeasures(years, { year: 2023 }).observations;
    const n = (id: string) => m.find((o) => o.indicatorId === id)?.numerator ?? 0;
    // England 2023-24: about 620,000 referrals, 83,600 children looked after at 31 March, 50,800 on a plan.
    expect(n("referrals-count")).toBeGreaterThan(3800);
    expect(n("referrals-count")).toBeLessThan(4800);
    expect(n("cla-count")).toBeGreaterThan(400);
    expect(n("cla-count")).toBeLessThan(700);
    expect(n("cpp-count")).toBeGreaterThan(250);
    expect(n("cpp-count")).toBeLessThan(600);
  }, 60_000);

  it("continues children from year to year: an episode open on 31 March reappears next year, some closed", () => {
    const files = synthReturns({ la: "865", firstYear: 2022, lastYear: 2023, scale: 0.2, seed: 5 });
    const [y1, y2] = read(files, 2022, 2023);
    const open = (y1?.ssda903?.tables.episodes?.rows ?? []).filter((r) => r.values.DEC === null);
    const next = new Map(
      (y2?.ssda903?.tables.episodes?.rows ?? []).map((r) => [
        `${r.values.CHILD}|${r.values.DECOM}`,
        r.values.DEC,
      ]),
    );
    expect(open.length).toBeGreaterThan(50);
    expect(open.every((r) => next.has(`${r.values.CHILD}|${r.values.DECOM}`))).toBe(true);
    const closed = open.filter((r) => (next.get(`${r.values.CHILD}|${r.values.DECOM}`) ?? null) !== null);
    expect(closed.length).toBeGreaterThan(5);
    expect(closed.every((r) => (next.get(`${r.values.CHILD}|${r.values.DECOM}`) ?? "") >= "2023-04-01")).toBe(
      true,
    );
  });

  it("with scale 0 holds only the edge cases, in every year", () => {
    const files = synthReturns({ la: "865", firstYear: 2021, lastYear: 2022, scale: 0 });
    const ids = (year: string) =>
      (
        parseCinCensusXml(files.find((f) => f.path === `${year}/cin-census-${year}.xml`)?.text ?? "")
          .children ?? []
      ).map((c) => c.identifiers.laChildId);
    expect(ids("2021-22").every((id) => id?.startsWith("E20"))).toBe(true);
    // 2022-23 has its own 18 CIN cases (16 in other years, plus two across the Queen's funeral) and some of
    // 2021-22's, still open.
    expect(ids("2022-23").filter((id) => id?.startsWith("E2022")).length).toBe(18);
    expect(ids("2022-23").some((id) => id?.startsWith("E2021"))).toBe(true);
  });

  it.each([
    [{ firstYear: 2024, lastYear: 2022 }],
    [{ firstYear: 2010, lastYear: 2012 }],
    [{ firstYear: 2022, lastYear: 2023, scale: -1 }],
    [{ firstYear: 2022, lastYear: 2023, scale: Number.NaN }],
  ])("refuses %j with a kpikitError", (options) => {
    let error: unknown;
    try {
      synthReturns({ la: "865", ...options });
    } catch (e) {
      error = e;
    }
    expect([isKpikitError(error), (error as { code?: string })?.code]).toEqual([
      true,
      "invalid-synth-options",
    ]);
  });
});
