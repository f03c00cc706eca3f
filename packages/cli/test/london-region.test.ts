import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listAreas, loadPublished } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { kpikit } from "./run-cli.js";

interface Row {
  current: { period: { label: string } } | null;
  indicator: { id: string; unit?: string };
  benchmarks: {
    region: { area: { code: string; name: string }; value: number | null; status?: string } | null;
  };
}

describe("a London borough's region column", () => {
  it("uses Inner London, and London only for the rows where Inner London has no value", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "kpikit-london-")), "camden.json");
    const result = kpikit(["report", "--la", "Camden", "--format", "json", "--out", out]);
    expect(result.code).toBe(0);
    const rows: Row[] = JSON.parse(readFileSync(out, "utf8")).rows;
    const names = new Set(rows.map((r) => r.benchmarks.region?.area.name));
    expect(names.has("Inner London")).toBe(true);

    // Recompute from the bundled data: a row falls back only where Inner London has no value for the
    // row's period.
    const inner = listAreas({ kind: "region" }).find((a) => a.name === "Inner London")!;
    const data = loadPublished();
    expect(data.series("re-referrals-12m", inner.code).length).toBeGreaterThan(5);
    for (const row of rows) {
      const region = row.benchmarks.region;
      if (region?.area.name !== "London") continue;
      expect(region.value).not.toBeNull();
      const label = row.current?.period.label;
      const own = data.series(row.indicator.id, inner.code).find((o) => o.period.label === label);
      expect(own?.value ?? null).toBeNull();
    }
    // A count is not compared with a region's count: shown as not applicable against Inner London, never
    // London's count put in its place (the per-row fallback itself is tested in core's buildScorecard).
    const counts = rows.filter((r) => r.indicator.unit === "count");
    expect(counts.length).toBeGreaterThan(3);
    for (const r of counts)
      expect([
        r.benchmarks.region?.area.name,
        r.benchmarks.region?.value,
        r.benchmarks.region?.status,
      ]).toEqual(["Inner London", null, "not-applicable"]);
  });
});
