import type { TrendPoint } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { renderSparkline, sparklineLabel } from "../src/index.js";

const year = (y: number) =>
  ({
    kind: "financial-year",
    startYear: y,
    start: `${y}-04-01`,
    end: `${y + 1}-03-31`,
    label: `${y}/${String(y + 1).slice(2)}`,
  }) as const;
const aug2020 = {
  kind: "month",
  year: 2020,
  month: 8,
  start: "2020-08-01",
  end: "2020-08-31",
  label: "Aug 2020",
} as const;
const point = (period: TrendPoint["period"], value: number, extra: Partial<TrendPoint> = {}): TrendPoint => ({
  period,
  value,
  status: "ok",
  display: `${value}%`,
  ...extra,
});

describe("a joined series' sparkline marks the council's own and in-year points", () => {
  it.each<[string, readonly TrendPoint[], readonly string[], RegExp | null]>([
    [
      "published years, the council's year end and an in-year month",
      [
        point(year(2017), 21, { origin: "published" }),
        point(year(2018), 22, { origin: "published" }),
        point(year(2019), 19.4, { origin: "local" }),
        point(aug2020, 18.9, { origin: "local", inYear: true }),
      ],
      ["published", "published", "local", "local in-year"],
      /4 values; 2 the council's own, marked with squares; 1 in-year, hollow/,
    ],
    [
      "published only (no origin): no point marks, the latest dot only",
      [point(year(2017), 21), point(year(2018), 22)],
      [],
      null,
    ],
  ])("%s", (_what, points, kinds, words) => {
    const svg = renderSparkline(points).value;
    expect([...svg.matchAll(/data-kpi-point="([^"]+)"/g)].map((m) => m[1])).toEqual(kinds);
    // Squares for the council's own, circles for published; hollow (white) for in-year.
    expect((svg.match(/<rect /g) ?? []).length).toBe(kinds.filter((k) => k.startsWith("local")).length);
    expect((svg.match(/fill="#fff"/g) ?? []).length).toBe(kinds.filter((k) => k.endsWith("in-year")).length);
    const name = sparklineLabel(points);
    if (words) expect(name).toMatch(words);
    else expect(name).not.toMatch(/council's own/);
  });
});
