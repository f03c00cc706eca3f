import { describe, expect, it } from "vitest";
import { parseEesCsv } from "./parse-ees-csv.js";

describe("parseEesCsv", () => {
  it("JSDoc example", () => {
    const csv =
      "time_period,time_identifier,geographic_level,country_code,region_code,old_la_code,new_la_code,la_name,referral_count,rereferral_count,rereferral_percent\n" +
      "2025,Reporting year,Local authority,E92000001,E12000009,865,E06000054,Wiltshire,3000,600,20";
    const r = parseEesCsv(csv, { file: "c1.csv" });
    expect(r.observations[0]?.indicatorId).toBe("re-referrals-12m");
    expect([r.observations[0]?.value, r.observations[0]?.numerator, r.observations[0]?.denominator]).toEqual([
      20, 600, 3000,
    ]);
    expect(r.observations[0]?.period.label).toBe("2024/25");
    expect(r.rows).toEqual({ total: 1, used: 1, excluded: 0 });
  });

  it("reads financial-year time periods written 202425", () => {
    const csv =
      "time_period,time_identifier,geographic_level,old_la_code,cpp_start,cpp_subsequent,cpp_subsequent_percent\n202425,Financial year,Local authority,865,400,100,25\n";
    const r = parseEesCsv(csv);
    expect(r.observations[0]?.period.label).toBe("2024/25");
    expect(r.observations[0]?.indicatorId).toBe("cpp-repeat");
  });
});
