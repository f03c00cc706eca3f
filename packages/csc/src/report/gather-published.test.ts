import type { Period } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { findIndicator } from "../catalogue/index.js";
import { loadPublished } from "../published/published-dataset.js";
import { findArea } from "../reference/index.js";
import { gatherPublished, scorecardComparators } from "./gather-published.js";
import { withPublishedFiles } from "./published-files.js";

const area = (name: string) => {
  const m = findArea(name, { kinds: ["la"] });
  if (!m.ok) throw new Error(m.message);
  return m.area;
};
const reReferrals = (() => {
  const m = findIndicator("re-referrals-12m");
  if (!m.ok) throw new Error(m.message);
  return m.indicator;
})();

describe("gatherPublished", () => {
  it.each([
    ["Camden", "Inner London", ["London"]],
    ["Barnet", "Outer London", ["London"]],
    ["Wiltshire", "South West", []],
  ])("%s is compared with %s (falling back to %j)", (name, region, fallbacks) => {
    const g = gatherPublished(area(name), { definitions: [reReferrals] });
    expect(g.region?.name).toBe(region);
    expect(g.regionFallbacks.map((a) => a.name)).toEqual(fallbacks);
    expect(scorecardComparators(g).region?.name).toBe(region);
  });

  it("keeps the LA's published series, marked published, beside its own figures for the trend", () => {
    const wilts = area("Wiltshire");
    const g = gatherPublished(wilts, {
      definitions: [reReferrals],
      ownIndicators: new Set([reReferrals.id]),
    });
    const own = g.observations.filter((o) => o.area === wilts.code);
    expect(own.length).toBe(loadPublished().series(reReferrals.id, wilts.code).length);
    expect(own.every((o) => o.origin === "published")).toBe(true);
    // The council's figures take the LA's place in the ranking: its published ones are not national values.
    expect(g.nationalValues.some((o) => o.area === wilts.code)).toBe(false);
  });

  it("names high performers it cannot find", () => {
    const g = gatherPublished(area("Wiltshire"), {
      definitions: [reReferrals],
      highPerformers: ["Leeds", "Nowhere"],
    });
    expect(g.highPerformers?.codes).toHaveLength(1);
    expect(g.notes[0]).toContain('"Nowhere"');
  });
});

describe("withPublishedFiles", () => {
  const fy = (y: number): Period => ({
    kind: "financial-year",
    startYear: y,
    start: `${y}-04-01`,
    end: `${y + 1}-03-31`,
    label: `${y}/${String(y + 1).slice(2)}`,
  });
  const base = loadPublished();
  const latest = base.latestPeriod(reReferrals.id) as Period;
  const next = fy(Number(latest.start.slice(0, 4)) + 1);
  const data = withPublishedFiles(base, [
    {
      file: "newer.csv",
      observations: [
        { indicatorId: reReferrals.id, area: "865", period: next, value: 20.5, status: "ok" },
        { indicatorId: reReferrals.id, area: "970", period: next, value: 21.9, status: "ok" },
        { indicatorId: reReferrals.id, area: "970", period: latest, value: 99, status: "ok" },
      ],
    },
  ]);

  it("adds a newer period and makes it the latest", () => {
    expect(data.periods(reReferrals.id).at(-1)?.label).toBe(next.label);
    expect(data.latestPeriod(reReferrals.id)?.label).toBe(next.label);
    expect(data.series(reReferrals.id, "865").at(-1)).toMatchObject({ value: 20.5, source: "newer.csv" });
    expect(data.series(reReferrals.id, "865")).toHaveLength(base.series(reReferrals.id, "865").length + 1);
  });

  it("replaces a bundled figure for the same area and period, and keeps the others", () => {
    expect(data.value(reReferrals.id, "970", latest)?.value).toBe(99);
    expect(data.values(reReferrals.id, latest)).toHaveLength(base.values(reReferrals.id, latest).length);
    expect(data.value(reReferrals.id, "865", latest)?.value).toBe(
      base.value(reReferrals.id, "865", latest)?.value,
    );
    expect(data.source).toContain("newer.csv");
  });
});
