// SSDA903 measures on hand-made files with known answers, and consistency checks on the fake returns.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getIndicator } from "../../src/catalogue/index.js";
import {
  computeReturnsMeasures,
  RETURNS_SSDA903_MEASURE_IDS,
  type ReturnYear,
  readSsda903,
} from "../../src/returns/index.js";
import { fixture, readSharedCsv, readSharedText } from "../shared-data.js";

describe("SSDA903 measures on the hand-made 2023-24 files", () => {
  const read = readSsda903({
    "episodes.csv": readFileSync(fixture("returns/ssda903-measures-episodes.csv"), "utf8"),
    "header.csv": readFileSync(fixture("returns/ssda903-measures-header.csv"), "utf8"),
  });
  const m = computeReturnsMeasures([{ year: 2023, ssda903: read }], { year: 2023, area: "865" });
  const get = (id: string) => m.observations.find((o) => o.indicatorId === id)!;

  it("reads with only the deliberate gap: child I has no header row", () => {
    expect(read.issues.map((i) => [i.code, i.row])).toEqual([["ssda903-child-not-in-header", 18]]);
  });

  it("cla-3-placements = 2 / 7", () => {
    // Looked after on 31 March 2024: A, B, C, D, G, H, I (E is on short breaks, F left in December).
    // A had 3 placements in the year (U1, U2, U3), and so has D here: its temporary T1 and the return to U1 are
    // placements (RNE P). The engine computeReturnsMeasures replaced did not count a temporary placement (T0–T4)
    // nor the return from it (1 / 7); computeReturnsMeasures and its SQL oracle do.
    const o = get("cla-3-placements");
    expect([o.indicatorId, o.numerator, o.denominator, o.status, o.area]).toEqual([
      "cla-3-placements",
      2,
      7,
      "ok",
      "865",
    ]);
    expect(o.value).toBeCloseTo(200 / 7, 12);
    expect(o.period).toMatchObject({ kind: "financial-year", startYear: 2023 });
  });

  it("cla-long-term-stability = 2 / 3", () => {
    // Under 16 and looked after since 30 Sep 2021 or earlier: B (same placement since 2020: yes), C (new carer
    // on 1 Jan 2023: no), H (placed for adoption with the same carers, U, since 2020: yes). G is 16; D and A
    // came into care too recently; I has no date of birth.
    const o = get("cla-long-term-stability");
    expect([o.indicatorId, o.numerator, o.denominator]).toEqual(["cla-long-term-stability", 2, 3]);
  });

  it("counts exclusions only", () => {
    const two = new Set(["cla-3-placements", "cla-long-term-stability"]);
    expect(m.exclusions.filter((e) => two.has(e.indicatorId))).toEqual([
      {
        indicatorId: "cla-3-placements",
        reason: "looked after at 31 March under short breaks (LS V3/V4)",
        count: 1,
      },
      {
        indicatorId: "cla-long-term-stability",
        reason: "looked after at 31 March under short breaks (LS V3/V4)",
        count: 1,
      },
      { indicatorId: "cla-long-term-stability", reason: "no header row for the child", count: 1 },
    ]);
  });

  it("every measure id is in the catalogue", () => {
    for (const id of RETURNS_SSDA903_MEASURE_IDS) expect(getIndicator(id)?.id).toBe(id);
  });
});

/** Children looked after on 31 March (not on short breaks), counted straight from the raw CSV. */
function lookedAfterOn(rows: readonly Record<string, string>[], census: string): number {
  const iso = (s: string) => s.split("/").reverse().join("-");
  const current = new Map<string, { start: string; ls: string }>();
  for (const r of rows) {
    const start = iso(r.DECOM!);
    const end = r.DEC ? iso(r.DEC) : null;
    if (start <= census && (end === null || end > census)) {
      const prev = current.get(r.CHILD!);
      if (!prev || prev.start < start) current.set(r.CHILD!, { start, ls: r.LS! });
    }
  }
  return [...current.values()].filter((c) => c.ls !== "V3" && c.ls !== "V4").length;
}

describe("SSDA903 measures on the fake returns", () => {
  it("the full set for 2017-18: denominators match a re-count, numerators within them", () => {
    const names = ["episodes", "header"];
    const { tables } = readSsda903(
      Object.fromEntries(names.map((n) => [`${n}.csv`, readSharedText(`returns/ssda903/${n}.csv`)])),
    );
    const m = computeReturnsMeasures([{ year: 2017, ssda903: { tables } }], { year: 2017 });
    const three = m.observations.find((o) => o.indicatorId === "cla-3-placements");
    const stable = m.observations.find((o) => o.indicatorId === "cla-long-term-stability");
    expect(three?.denominator).toBe(
      lookedAfterOn(readSharedCsv("returns/ssda903/episodes.csv"), "2018-03-31"),
    );
    expect(three!.numerator!).toBeLessThanOrEqual(three!.denominator!);
    expect(stable!.denominator!).toBeLessThanOrEqual(three!.denominator!);
    expect(stable!.numerator!).toBeLessThanOrEqual(stable!.denominator!);
    // computeReturnsMeasures. The engine it replaced gave 189 and 53: among its differences, it left temporary
    // placements (T0–T4) and the returns from them out of the placements.
    expect([three?.numerator, three?.denominator, stable?.numerator, stable?.denominator]).toEqual([
      296, 1201, 61, 151,
    ]);
  });

  it("five consecutive years, each with the earlier years as history", () => {
    const names = ["episodes", "header"];
    const years = [2017, 2018, 2019, 2020, 2021];
    const read: ReturnYear[] = years.map((year) => ({
      year,
      ssda903: readSsda903(
        Object.fromEntries(
          names.map((n) => [
            `${year}-${n}.csv`,
            readSharedText(`returns/ssda903-multiyear/${year}-${n}.csv`),
          ]),
        ),
      ),
    }));
    const of = (m: ReturnType<typeof computeReturnsMeasures>, id: string) =>
      m.observations.find((o) => o.indicatorId === id)!;
    years.forEach((year, i) => {
      const alone = computeReturnsMeasures([read[i]!], { year });
      const withHistory = computeReturnsMeasures(read.slice(0, i + 1), { year });
      const census = `${year + 1}-03-31`;
      expect(of(alone, "cla-3-placements").denominator).toBe(
        lookedAfterOn(readSharedCsv(`returns/ssda903-multiyear/${year}-episodes.csv`), census),
      );
      // History can only add children to the stability denominator, never take them away.
      expect(of(withHistory, "cla-long-term-stability").denominator!).toBeGreaterThanOrEqual(
        of(alone, "cla-long-term-stability").denominator!,
      );
      for (const id of ["cla-3-placements", "cla-long-term-stability"]) {
        const o = of(withHistory, id);
        expect(o.numerator!).toBeLessThanOrEqual(o.denominator!);
      }
      expect(JSON.stringify(withHistory)).not.toMatch(/"CHILD"|DOB/);
    });
  });
});
