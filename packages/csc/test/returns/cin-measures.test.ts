// CIN measures on a hand-made file with known answers, and consistency checks on the large fake file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getIndicator } from "../../src/catalogue/index.js";
import { CIN_MEASURE_IDS, computeCinMeasures, parseCinCensusXml } from "../../src/returns/index.js";
import { fixture, readSharedText } from "../shared-data.js";

describe("CIN measures on cin-measures-small.xml (2023-24)", () => {
  const parsed = parseCinCensusXml(readFileSync(fixture("returns/cin-measures-small.xml"), "utf8"), {
    file: "small.xml",
  });
  const m = computeCinMeasures(parsed.children, { collectionYear: 2024, area: "865" });
  const get = (id: string) => m.observations.find((o) => o.indicatorId === id)!;

  it("parses cleanly apart from two assessments authorised before they started and C1 given twice", () => {
    expect(parsed.issues.map((i) => [i.code, i.path?.at(-1)])).toEqual([
      ["cin-date-order", "AssessmentAuthorisationDate"],
      ["cin-date-order", "AssessmentAuthorisationDate"],
      ["cin-duplicate-child", "LAchildID"],
    ]);
    expect(parsed.issues[2]?.message).not.toContain("C1");
    expect(parsed.issues[2]?.message).toMatch(
      /^Child 7 \(line \d+\) has the same LAchildID as child 1 \(line 9\)/,
    );
    expect(parsed.header?.year).toBe(2024);
  });

  it.each([
    // C1 2023-08-31 (after 2022-09-01) and 2024-03-31 (after 2023-08-31) are re-referrals; C2 2023-04-01 is not.
    ["re-referrals-12m", 2, 3],
    // 4 Sep → 6 Nov 2023 is 45 working days (yes), → 7 Nov is 46 (no); one authorised before it started is excluded.
    ["assessments-45wd", 1, 2],
    // S47 5 Jun 2023 → ICPC 26 Jun is 15 working days (yes), → 27 Jun is 16 (no).
    ["icpc-15wd", 1, 2],
    // Starting in the year: C3's second plan (an earlier plan in the file) and C4 (2 previous) yes; C6 no.
    ["cpp-repeat", 2, 3],
    // Ending in the year: C3's 2021-05-01 → 2023-05-01 (exactly 2 years) yes; C3's second and C5's (a day short) no.
    ["cpp-ceased-2y", 1, 3],
  ])("%s = %i / %i", (id, numerator, denominator) => {
    const o = get(id);
    expect([o.numerator, o.denominator, o.status]).toEqual([numerator, denominator, "ok"]);
    expect(o.value).toBeCloseTo((100 * numerator) / denominator, 12);
    expect(o.period).toMatchObject({
      kind: "financial-year",
      startYear: 2023,
      start: "2023-04-01",
      end: "2024-03-31",
    });
    expect(o.area).toBe("865");
  });

  it("counts exclusions by reason, with no child-level detail", () => {
    expect(m.exclusions).toEqual([
      {
        indicatorId: "re-referrals-12m",
        reason: "the same referral date given twice for a child (counted once)",
        count: 1,
      },
      { indicatorId: "assessments-45wd", reason: "authorised before the assessment started", count: 1 },
    ]);
    expect(JSON.stringify(m)).not.toMatch(/"C\d"/);
  });

  it("every measure id is in the catalogue as a percentage", () => {
    for (const id of CIN_MEASURE_IDS) expect([id, getIndicator(id)?.unit]).toEqual([id, "percent"]);
  });
});

describe("CIN measures on fake_CIN_data.xml", () => {
  const text = readSharedText("returns/cin/fake_CIN_data.xml");
  const { children } = parseCinCensusXml(text);

  // A straightforward re-count from the raw XML with regular expressions, independent of the parser.
  const recount = (collectionYear: number) => {
    const byChild = new Map<string, string[]>();
    for (const block of text.split("<Child>").slice(1)) {
      const id = /<LAchildID>([^<]*)</.exec(block)![1]!;
      const dates = [...block.matchAll(/<CINreferralDate>([^<]*)</g)].map((x) => x[1]!);
      byChild.set(id, [...(byChild.get(id) ?? []), ...dates]);
    }
    let num = 0;
    let den = 0;
    const start = `${collectionYear - 1}-04-01`;
    const end = `${collectionYear}-03-31`;
    for (const dates of byChild.values()) {
      const sorted = [...new Set(dates)].sort();
      sorted.forEach((d, i) => {
        if (d < start || d > end) return;
        den++;
        const y = Number(d.slice(0, 4)) - 1;
        const lastDay = new Date(Date.UTC(y, Number(d.slice(5, 7)), 0)).getUTCDate();
        const back = `${y}-${d.slice(5, 7)}-${String(Math.min(Number(d.slice(8)), lastDay)).padStart(2, "0")}`;
        if (i > 0 && sorted[i - 1]! >= back) num++;
      });
    }
    return [num, den];
  };

  it.each([2016, 2018, 2020, 2021, 2022])(
    "re-referrals for %i match a re-count; numerator ≤ denominator",
    (year) => {
      const o = computeCinMeasures(children, { collectionYear: year }).observations[0]!;
      expect([o.numerator, o.denominator]).toEqual(recount(year));
      expect(o.numerator!).toBeLessThanOrEqual(o.denominator!);
    },
  );

  it("2021-22: 3 of 54 referrals are re-referrals", () => {
    const o = computeCinMeasures(children, { collectionYear: 2022 }).observations[0]!;
    expect([o.numerator, o.denominator, o.status, o.area, o.source, o.period.label]).toEqual([
      3,
      54,
      "ok",
      "local",
      "CIN census 2021-22",
      "2021/22",
    ]);
    expect(o.value).toBeCloseTo(300 / 54, 12);
  });

  it("the fake file has no assessments, enquiries or plans: those measures are not available", () => {
    const o = computeCinMeasures(children, { collectionYear: 2022 }).observations.slice(1);
    expect(o.map((x) => x.status)).toEqual([
      "not-available",
      "not-available",
      "not-available",
      "not-available",
    ]);
  });
});
