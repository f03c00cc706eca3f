// The paper's data-quality notes: one line per indicator, and a line many indicators share said once.
import type { DataQualityEntry, ScorecardRow } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { renderDataQuality } from "../src/index.js";

const row = (id: string): ScorecardRow =>
  ({ indicator: { id, title: `Title of ${id}`, shortTitle: `Short ${id}` } }) as unknown as ScorecardRow;
const laterLeftOut = (id: string): DataQualityEntry => ({
  code: "after-period",
  message: `Short ${id}: 2 figures after 2022/23 left out (2023/24, 2024/25)`,
  indicatorId: id,
});
const items = (html: string) =>
  [...html.split('<details class="kpi-data">')[0]!.matchAll(/<li>(.*?)<\/li>/g)].map((m) =>
    (m[1] ?? "").replace(/<[^>]+>/g, ""),
  );

describe("data-quality lines", () => {
  it.each([
    [1, 1],
    [3, 3],
    [4, 1],
    [112, 1],
  ])("%i indicators with the same note, and 120 rows, give %i line(s), every indicator named", (n, lines) => {
    const ids = Array.from({ length: n }, (_, i) => `i${i}`);
    const rows = Array.from({ length: 120 }, (_, i) => `i${i}`);
    const html = renderDataQuality({
      rows: rows.map(row),
      dataQuality: [{ code: "former-la", message: "Cumbria no longer exists." }, ...ids.map(laterLeftOut)],
    }).value;
    const li = items(html);
    expect(li[0]).toBe("Cumbria no longer exists.");
    expect(li.length - 1).toBe(lines);
    if (n === 4)
      expect(li[1]).toBe("A later figure left out (4 indicators): Short i0; Short i1; Short i2; Short i3");
    else if (n === 112)
      // About most of the paper's indicators: the 8 it is not about are named instead of the 112.
      expect(li[1]).toBe(
        `A later figure left out (112 of the 120 indicators, all but: ${rows
          .slice(112)
          .map((id) => `Short ${id}`)
          .join("; ")})`,
      );
    else for (const id of ids) expect(li.slice(1).join(" ")).toContain(`Title of ${id}`);
    // Every note is still there in full, folded away.
    expect(html.split("Show every note in full")[1]?.match(/<li>/g)?.length).toBe(n);
  });

  it("says a note about every indicator is about all of them", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `i${i}`);
    const li = items(renderDataQuality({ rows: ids.map(row), dataQuality: ids.map(laterLeftOut) }).value);
    expect(li).toEqual(["A later figure left out (all 30 indicators)"]);
  });

  it("keeps an indicator with other notes on its own line", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const html = renderDataQuality({
      rows: ids.map(row),
      dataQuality: [
        ...ids.map(laterLeftOut),
        { code: "duplicate-observation", message: "Short e: a second figure left out", indicatorId: "e" },
      ],
    }).value;
    expect(items(html)).toEqual([
      "A later figure left out (4 of the 5 indicators, all but: Short e)",
      "Title of e: a later figure left out; a duplicate left out",
    ]);
  });
});
