// Parity of the bundled reference data with the published files in data/.
import { describe, expect, it } from "vitest";
import { getArea } from "../src/reference/areas.js";
import { ofstedJudgement } from "../src/reference/ofsted-judgement.js";
import { statisticalNeighbourRanks } from "../src/reference/statistical-neighbours.js";
import { readSharedCsv } from "./shared-data.js";

describe("areas", () => {
  it("carries every LA of the reference file with its code, ONS code, region and London sub-region", () => {
    const rows = readSharedCsv("reference/england_csc_local_authorities.csv");
    expect(rows.length).toBe(158);
    for (const r of rows) {
      const a = getArea(r.dfe_la_code ?? "");
      expect(a?.name).toBe(r.la_name);
      expect(a?.onsCode).toBe(r.ons_code);
      expect(a?.regionOnsCode).toBe(r.region_code);
      expect(a?.current).toBe(r.current_2025 === "True");
      expect(a?.londonSubregion).toBe(
        r.london_subregion === "Inner London"
          ? "inner"
          : r.london_subregion === "Outer London"
            ? "outer"
            : undefined,
      );
      expect(getArea(a?.regionCode ?? "")?.name.toLowerCase()).toBe((r.region_name ?? "").toLowerCase());
    }
  });
});

describe("statistical neighbours", () => {
  it.each(["2025", "2021"] as const)("matches every row of the %s model in rank order", (model) => {
    const rows = readSharedCsv(`reference/statistical_neighbours_${model}_long.csv`);
    const byLa = new Map<string, Record<string, string>[]>();
    for (const r of rows) byLa.set(r.dfe_la_code ?? "", [...(byLa.get(r.dfe_la_code ?? "") ?? []), r]);
    expect(byLa.size).toBe(158);
    for (const [la, list] of byLa) {
      const expected = list
        .filter((r) => r.neighbour_dfe_la_code)
        .sort((a, b) => Number(a.rank) - Number(b.rank))
        .map((r) => `${r.neighbour_dfe_la_code}:${r.closeness?.trim()}`);
      expect(statisticalNeighbourRanks(la, model).map((n) => `${n.area.code}:${n.closeness}`)).toEqual(
        expected,
      );
    }
  });
});

describe("Ofsted judgements", () => {
  it("agrees with Ofsted's 'as at 31 March 2025' table for every LA in it", () => {
    const rows = readSharedCsv("published/ees/ofsted_Inspections_as_at_31_March.csv", 2);
    expect(rows.length).toBe(153);
    for (const r of rows) {
      const area = getArea(r["Local authority area code"] ?? "");
      const j = ofstedJudgement(area?.code ?? "?");
      expect(j?.overallEffectiveness).toBe(r["Overall effectiveness"]);
      const [d, m, y] = (r["Inspection date"] ?? "").split("/");
      expect(j?.inspectionDate).toBe(`${y}-${m}-${d}`);
    }
  });
});
