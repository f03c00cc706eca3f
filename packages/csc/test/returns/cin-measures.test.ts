// CIN measures on a hand-made file with known answers, and consistency checks on the large fake file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getIndicator } from "../../src/catalogue/index.js";
import {
  computeReturnsMeasures,
  parseCinCensusXml,
  RETURNS_CIN_MEASURE_IDS,
} from "../../src/returns/index.js";
import { fixture, readSharedText } from "../shared-data.js";

describe("CIN measures on cin-measures-small.xml (2023-24)", () => {
  const parsed = parseCinCensusXml(readFileSync(fixture("returns/cin-measures-small.xml"), "utf8"), {
    file: "small.xml",
  });
  const m = computeReturnsMeasures([{ year: 2023, cin: parsed }], { year: 2023, area: "865" });
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
    // Starting in the year: C4 (NumberOfPreviousCPP 2) yes; C3's second plan and C6 (NumberOfPreviousCPP 0) no.
    ["cpp-repeat", 1, 3],
    // Ending in the year, end − start + 1 day at least 730: C3's 2021-05-01 → 2023-05-01 (731) and C5's
    // 2021-07-02 → 2023-07-01 (730) yes; C3's second no.
    ["cpp-ceased-2y", 2, 3],
  ])("%s = %i / %i", (id, numerator, denominator) => {
    const o = get(id);
    // Re-referrals look back into the 2022-23 census, which is not given.
    const status = id === "re-referrals-12m" ? "low-reliability" : "ok";
    expect([o.numerator, o.denominator, o.status]).toEqual([numerator, denominator, status]);
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
    // The repeated referral date is one referral (stitching takes a record once), and the exclusions say so.
    const repeat =
      "a second referral of a child with the same referral date in the year's return (counted once)";
    expect(m.exclusions).toEqual([
      { indicatorId: "re-referrals-12m", reason: repeat, count: 1 },
      { indicatorId: "assessments-45wd", reason: "authorised before the assessment started", count: 1 },
      { indicatorId: "referrals-count", reason: repeat, count: 1 },
      { indicatorId: "assessments-median-wd", reason: "authorised before the assessment started", count: 1 },
    ]);
    expect(JSON.stringify(m)).not.toMatch(/"C\d"/);
  });

  it("every measure id is in the catalogue", () => {
    for (const id of RETURNS_CIN_MEASURE_IDS) expect(getIndicator(id)?.id).toBe(id);
  });
});

describe("CIN measures on fake_CIN_data.xml", () => {
  const text = readSharedText("returns/cin/fake_CIN_data.xml");
  const parsed = parseCinCensusXml(text);
  const reReferrals = (collectionYear: number) =>
    computeReturnsMeasures([{ year: collectionYear - 1, cin: parsed }], { year: collectionYear - 1 })
      .observations[0]!;

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
      const o = reReferrals(year);
      expect([o.numerator, o.denominator]).toEqual(recount(year));
      expect(o.numerator!).toBeLessThanOrEqual(o.denominator!);
    },
  );

  it("2021-22: 3 of 54 referrals are re-referrals", () => {
    const o = reReferrals(2022);
    expect([o.numerator, o.denominator, o.status, o.area, o.source, o.period.label]).toEqual([
      3,
      54,
      "low-reliability",
      "local",
      "CIN census 2021-22",
      "2021/22",
    ]);
    expect(o.value).toBeCloseTo(300 / 54, 12);
  });

  it("the fake file has no assessments, enquiries or plans: those measures are not available", () => {
    const o = computeReturnsMeasures([{ year: 2021, cin: parsed }], { year: 2021 }).observations.filter((x) =>
      ["assessments-45wd", "icpc-15wd", "cpp-repeat", "cpp-ceased-2y"].includes(x.indicatorId),
    );
    expect(o.map((x) => [x.indicatorId, x.status])).toEqual([
      ["assessments-45wd", "not-available"],
      ["icpc-15wd", "not-available"],
      ["cpp-repeat", "not-available"],
      ["cpp-ceased-2y", "not-available"],
    ]);
  });
});
