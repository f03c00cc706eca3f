// The CSWW workforce counts in the bundled dataset are the published census file's figures.
import { describe, expect, it } from "vitest";
import { getIndicator } from "../src/catalogue/index.js";
import { parseEesCsv } from "../src/published/index.js";
import { laitPeriod } from "../src/published/lait-period.js";
import { loadPublished } from "../src/published/published-dataset.js";
import { listAreas } from "../src/reference/index.js";
import { readSharedCsv, readSharedText } from "./shared-data.js";

const rows = readSharedCsv("published/ees/csww_indicators_2017_to_2025.csv");
const data = loadPublished();

const regionCodes = new Map(listAreas({ kind: "region" }).map((a) => [a.onsCode, a.code]));
/** The DfE code of a census file's row: an LA's own, a region's or Inner/Outer London's (by its ONS code), England's. */
const codeOf = (r: Record<string, string>) =>
  r.geographic_level === "National"
    ? "970"
    : r.geographic_level === "Regional"
      ? regionCodes.get(r.region_code ?? "")
      : r.old_la_code;
const fileRow = (code: string, year: string) =>
  rows.find((r) => r.time_period === year && codeOf(r) === code);

// Each count, the census file's column it comes from, its own id and the polarity the catalogue gives it.
const COUNTS = [
  ["agency-sw-count", "agency_fte", "CSWW_agency_fte", "lower-is-better"],
  ["sw-vacancy-count", "vacancy_fte", "CSWW_vacancy_fte", "lower-is-better"],
  ["sw-cases-held", "cases", "CSWW_cases", "no-judgement"],
] as const;

describe.each(COUNTS)("bundled CSWW %s (EES column %s)", (id, column, ownId, polarity) => {
  it.each([
    ["Wiltshire", "865", "2020"],
    ["Wiltshire", "865", "2017"],
    ["Cumbria", "909", "2022"],
    ["Cumberland", "942", "2025"],
    ["Herefordshire", "884", "2025"],
    ["Camden", "202", "2021"],
    ["Leeds", "383", "2024"],
    ["South West", "990", "2025"],
    ["Inner London", "987", "2025"],
    ["England", "970", "2025"],
    ["England", "970", "2017"],
  ] as const)("%s (%s) at 30 September %s is the file's figure", (_name, code, year) => {
    const text = fileRow(code, year)?.[column] ?? "";
    expect(text).toMatch(/^\d+(\.\d+)?$/);
    const o = data.value(id, code, `30 Sep ${year}`);
    expect(o?.value).toBe(Number(text));
    expect(o?.status).toBe("ok");
    expect(o?.indicatorId).toBe(id);
    expect(o?.source).toBe(`DfE CSWW ${year}`);
  });

  it("holds every LA, region and England row of the file: numbers exactly, markers as statuses", () => {
    let numbers = 0;
    let statuses = 0;
    for (const r of rows) {
      if (r.old_la_code?.includes("/")) continue;
      const o = data.value(
        id,
        codeOf(r) ?? "",
        laitPeriod("Annual (end of Sept)", r.time_period ?? "") ?? "",
      );
      const text = r[column] ?? "";
      if (/^-?\d/.test(text)) {
        numbers++;
        if (o?.value !== Number(text)) expect.fail(`${r.la_name} ${r.time_period}: ${o?.value} for ${text}`);
      } else {
        statuses++;
        if (o?.value !== null || o.status === "ok")
          expect.fail(`${r.la_name} ${r.time_period}: ${o?.value} for ${text}`);
      }
    }
    expect(numbers).toBeGreaterThan(1300);
    expect(numbers + statuses).toBe(rows.filter((r) => !r.old_la_code?.includes("/")).length);
  });

  it("is read from a newer census file (--published) as the bundled dataset holds it", () => {
    const file = "csww_indicators_2017_to_2025.csv";
    const read = parseEesCsv(readSharedText(`published/ees/${file}`), { file });
    const mine = read.observations.filter((o) => o.indicatorId === id);
    expect(mine.length).toBe(rows.filter((r) => !r.old_la_code?.includes("/")).length);
    for (const o of mine) {
      const b = data.value(id, o.area, o.period);
      if (b?.value !== o.value || b.status !== o.status)
        expect.fail(`${o.area} ${o.period.label}: ${o.value} read, ${b?.value} bundled`);
    }
  });

  it("gives no count to LAs published only jointly (Kingston upon Thames with Richmond upon Thames)", () => {
    expect(data.series(id, "314")).toEqual([]);
    expect(data.series(id, "318")).toEqual([]);
    expect(data.series(id, "940")).toEqual([]);
  });

  it("is found by its catalogue id and its own id, with the catalogue's polarity, for 2017 to 2025", () => {
    const m = data.measure(id);
    expect(m.indicatorId).toBe(id);
    expect(data.measure(ownId)).toBe(m);
    expect(m.polarity).toBe(polarity);
    expect(getIndicator(id)?.polarity).toBe(polarity);
    expect(getIndicator(id)?.method).toContain(`EES column ${column}`);
    expect(data.periods(id).map((p) => p.label)).toEqual(
      [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => `30 Sep ${y}`),
    );
  });
});

describe("CSWW counts by the names councils use", () => {
  it.each([
    ["Agency staff", "agency-sw-count"],
    ["Number of vacancies", "sw-vacancy-count"],
    ["Social worker vacancies (FTE)", "sw-vacancy-count"],
    ["Vacancy rate", "sw-vacancy-rate"],
    ["Number of cases", "sw-cases-held"],
    ["Caseload", "sw-caseload"],
  ])("%s is %s", (text, id) => {
    expect(data.measure(text).indicatorId).toBe(id);
  });

  it("keeps markers as statuses: Birmingham's cases in 2024 are [u], never a number", () => {
    expect(fileRow("330", "2024")?.cases).toBe("u");
    const o = data.value("sw-cases-held", "330", "30 Sep 2024");
    expect([o?.value, o?.status]).toEqual([null, "low-reliability"]);
  });

  it("gives region and England totals as DfE publishes them (a region's total is its LAs' sum to rounding)", () => {
    // DfE's own totals are used, never a sum kpikit makes; this checks they are what they say they are.
    const la = rows.filter((r) => r.geographic_level === "Local authority" && r.time_period === "2025");
    const sw = la
      .filter((r) => r.region_name === "South West")
      .reduce((s, r) => s + Number(r.vacancy_fte), 0);
    expect(data.value("sw-vacancy-count", "990", "30 Sep 2025")?.value).toBeCloseTo(sw, 0);
  });
});
