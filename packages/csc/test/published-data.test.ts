// Parity of the bundled LAIT dataset with the published long file: every row, value or status.
import { describe, expect, it } from "vitest";
import { laitPeriod } from "../src/published/lait-period.js";
import { loadPublished } from "../src/published/published-dataset.js";
import { readSharedCsv } from "./shared-data.js";

describe("bundled LAIT dataset", () => {
  const rows = readSharedCsv("published/lait/lait_csc_indicators_long.csv");
  const meta = new Map(
    readSharedCsv("published/lait/lait_csc_indicator_metadata.csv").map((m) => [m.measure_short, m]),
  );
  const data = loadPublished();

  it("holds every measure of the metadata file", () => {
    const lait = data.measures.filter((m) => !m.lait.startsWith("CSWW_"));
    expect(lait.map((m) => m.lait).sort()).toEqual([...meta.keys()].sort());
    expect(new Set(rows.map((r) => r.measure_short)).size).toBe(112);
  });

  it("reproduces every one of the 171,700 rows (numbers exactly, '-' as a status)", () => {
    expect(rows.length).toBe(171700);
    let numbers = 0;
    let statuses = 0;
    for (const r of rows) {
      const m = meta.get(r.measure_short ?? "");
      const period = laitPeriod(m?.year_type ?? "", r.year_label ?? "");
      expect(period).toBeDefined();
      const o = data.value(r.measure_short ?? "", r.la_number ?? "", period ?? "");
      if (r.value_raw === "-") {
        if (o?.status !== "not-available" || o.value !== null)
          expect.fail(`${r.measure_short} ${r.year_label} ${r.la_number}`);
        statuses++;
      } else {
        if (o?.status !== "ok" || o.value !== Number(r.value_raw))
          expect.fail(`${r.measure_short} ${r.year_label} ${r.la_number}: ${o?.value}`);
        numbers++;
      }
    }
    expect(statuses).toBe(21058);
    expect(numbers + statuses).toBe(171700);
  });

  it("counts observations per period the way the file does", () => {
    const n = rows.filter((r) => r.measure_short === "CP_conf_15days" && r.year_label === "2025").length;
    expect(data.values("CP_conf_15days", "2025").length).toBe(n);
  });
});
