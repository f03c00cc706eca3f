// Every indicator id a published-data loader can emit is a catalogue indicator, so an observation from any
// loader can be benchmarked, rated and explained. Checked from the layouts themselves, not from sample files.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { laitMeasures } from "../src/_data/lait.generated.js";
import { getIndicator, getIndicatorByLait } from "../src/catalogue/index.js";
import { EES_LAYOUTS } from "../src/published/ees-layouts.js";
import { parseEesCsv } from "../src/published/parse-ees-csv.js";
import { loadPublished } from "../src/published/published-dataset.js";
import { sharedData } from "./shared-data.js";

const eesMeasures = EES_LAYOUTS.flatMap((l) =>
  l.measures.map((m) => [`${l.name}: ${m.id ?? m.lait}`, m] as const),
);

describe("indicator ids the loaders emit", () => {
  it.each(eesMeasures)("EES %s is in the catalogue", (_, m) => {
    // A measure names a kpikit id or a LAIT id, never neither.
    expect(m.id !== undefined || m.lait !== undefined).toBe(true);
    if (m.id !== undefined) expect(getIndicator(m.id)?.id).toBe(m.id);
    if (m.lait !== undefined) expect(getIndicatorByLait(m.lait)?.lait).toBe(m.lait);
  });

  it("every bundled LAIT measure (and so every LAIT export row kpikit accepts) maps to a catalogue id", () => {
    expect(laitMeasures.length).toBe(112);
    const unmapped = laitMeasures.filter((m) => getIndicatorByLait(m.id) === undefined).map((m) => m.id);
    expect(unmapped).toEqual([]);
    const data = loadPublished();
    const notCatalogue = data.measures.map((m) => m.indicatorId).filter((id) => getIndicator(id)?.id !== id);
    expect(notCatalogue).toEqual([]);
  });

  it.each([
    ["b1_children_in_need_2013_to_2025.csv", ["cin-count"]],
    ["la_cla_during_year_new_placements.csv", ["cla-new-placements-20m"]],
    [
      "la_cla_placement_stability.csv",
      ["cla-3-placements", "cla-3-placements-2y", "cla-long-term-stability"],
    ],
  ])("%s gives catalogue ids %j", (file, ids) => {
    const r = parseEesCsv(readFileSync(resolve(sharedData, "published/ees", file)), { file });
    const emitted = [...new Set(r.observations.map((o) => o.indicatorId))].sort();
    expect(emitted).toEqual(ids);
    for (const id of emitted) expect(getIndicator(id)?.id).toBe(id);
  });
});
