import { describe, expect, it } from "vitest";
import { parseLaitExport } from "./parse-lait-export.js";

describe("parseLaitExport", () => {
  it("JSDoc example", () => {
    const csv =
      "measure_short,year_label,la_number,area_name,value_raw\nReReferral,2025,865,Wiltshire,19.9\nReReferral,2025,866,Swindon,-";
    const r = parseLaitExport(csv, { file: "lait.csv" });
    expect(r.observations.map((o) => [o.indicatorId, o.area, o.period.label, o.value, o.status])).toEqual([
      ["re-referrals-12m", "865", "2024/25", 19.9, "ok"],
      ["re-referrals-12m", "866", "2024/25", null, "not-available"],
    ]);
    expect(r.rows).toEqual({ total: 2, used: 2, excluded: 0 });
  });
});
