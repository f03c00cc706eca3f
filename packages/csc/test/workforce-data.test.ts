// The CSWW workforce counts in the bundled dataset are the published census file's figures.
import { describe, expect, it } from "vitest";
import { laitPeriod } from "../src/published/lait-period.js";
import { loadPublished } from "../src/published/published-dataset.js";
import { readSharedCsv } from "./shared-data.js";

describe("bundled CSWW agency social workers (FTE)", () => {
  const rows = readSharedCsv("published/ees/csww_indicators_2017_to_2025.csv");
  const data = loadPublished();

  it.each([
    ["Wiltshire", "865", "2020", 22],
    ["Wiltshire", "865", "2019", 34.2],
    ["Cumbria (abolished 2023)", "909", "2022", 69.2],
    ["Cumberland", "942", "2025", 66],
    ["Leeds", "383", "2024", 35],
    ["South West", "990", "2025", 539.8],
    ["Inner London", "987", "2025", 595.3],
    ["England", "970", "2025", 5415.9],
  ] as const)("%s (%s) at 30 September %s", (_name, code, year, expected) => {
    const row = rows.find(
      (r) =>
        r.time_period === year &&
        (code === "970"
          ? r.geographic_level === "National"
          : r.old_la_code === code || (r.geographic_level === "Regional" && r.region_name === _name)),
    );
    const published = Number(row?.agency_fte);
    const o = data.value("agency-sw-count", code, `30 Sep ${year}`);
    expect(o?.value).toBe(expected);
    expect(o?.value).toBe(published);
    expect(o?.indicatorId).toBe("agency-sw-count");
    expect(o?.source).toBe(`DfE CSWW ${year}`);
  });

  it("holds every LA, region and England row of the file: numbers exactly, markers as statuses", () => {
    let numbers = 0;
    let statuses = 0;
    for (const r of rows) {
      if (r.geographic_level !== "Local authority" || r.old_la_code?.includes("/")) continue;
      const o = data.value(
        "agency-sw-count",
        r.old_la_code ?? "",
        laitPeriod("Annual (end of Sept)", r.time_period ?? "") ?? "",
      );
      const text = r.agency_fte ?? "";
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
    expect(statuses).toBeGreaterThan(0);
  });

  it("gives no count to LAs published only jointly (Kingston upon Thames with Richmond upon Thames)", () => {
    expect(data.series("agency-sw-count", "314")).toEqual([]);
    expect(data.series("agency-sw-count", "318")).toEqual([]);
    expect(data.series("agency-sw-count", "940")).toEqual([]);
  });

  it("is found by its catalogue id, its alias and its own id, with the catalogue's polarity", () => {
    const m = data.measure("Agency staff");
    expect(m.indicatorId).toBe("agency-sw-count");
    expect(data.measure("CSWW_agency_fte")).toBe(m);
    expect(m.polarity).toBe("lower-is-better");
    expect(data.periods("agency-sw-count").map((p) => p.label)).toEqual(
      [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => `30 Sep ${y}`),
    );
    expect(data.latestPeriod("agency-sw-count")?.label).toBe("30 Sep 2025");
  });
});
