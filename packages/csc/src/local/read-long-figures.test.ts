import type { IndicatorDefinition } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { readLongFigures } from "./read-long-figures.js";
import type { LocalFiguresResolver, LocalTable } from "./types.js";

const def = (
  id: string,
  title: string,
  unit: IndicatorDefinition["unit"] = "percent",
): IndicatorDefinition => ({
  id,
  title,
  shortTitle: title,
  description: "",
  unit,
  polarity: "lower-is-better",
  decimals: 1,
  periodType: "financial-year",
  source: "local",
  aliases: [],
  acronyms: [],
  method: "",
});
const indicators = [
  def("re-referrals-12m", "Re-referral rate"),
  def("agency-staff", "Agency staff", "count"),
];
// A small stand-in for findIndicator so this reader is tested on its own indicators.
const resolver: LocalFiguresResolver = {
  findIndicator: (text) => {
    const hit = indicators.find((i) => i.id === text || i.title.toLowerCase() === text.toLowerCase());
    return hit
      ? { ok: true, indicator: hit }
      : { ok: false, message: "unknown", candidates: [{ indicator: indicators[0] as IndicatorDefinition }] };
  },
};

const table = (header: string[], rows: string[][]): LocalTable => ({
  file: "l.csv",
  kind: "csv",
  header,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  issues: [],
});

describe("readLongFigures", () => {
  it("resolves rows, ranges, statuses, numerators and targets", () => {
    const r = readLongFigures(
      table(
        ["Indicator", "Period", "Value", "Numerator", "Denominator", "Target", "Notes"],
        [
          ["Re-referral rate", "2018/19", "15%", "150", "1,000", "18%", ""],
          ["re-referrals-12m", "2019/20", "75-77%", "", "", "", "a range"],
          ["agency-staff", "2019/20", "[c]", "", "", "", ""],
        ],
      ),
      resolver,
    );
    expect(r.issues).toEqual([]);
    expect(r.figures.map((f) => [f.indicator.id, f.period.label, f.value, f.status])).toEqual([
      ["re-referrals-12m", "2018/19", 15, "ok"],
      ["re-referrals-12m", "2019/20", 76, "ok"],
      ["agency-staff", "2019/20", null, "suppressed"],
    ]);
    expect(r.figures[0]).toMatchObject({ numerator: 150, denominator: 1000, target: 18, row: 2 });
    expect(r.figures[1]).toMatchObject({ range: { low: 75, high: 77 }, note: "a range" });
  });

  it("reads [c] and [x] in numerator and denominator as no count (what kpikit compute writes)", () => {
    const r = readLongFigures(
      table(
        ["indicator", "period", "value", "numerator", "denominator"],
        [
          ["re-referrals-12m", "2018/19", "[c]", "[c]", "54"],
          ["re-referrals-12m", "2019/20", "0%", "0", "[C]"],
          ["re-referrals-12m", "2020/21", "10%", "[c ]", "20"],
        ],
      ),
      resolver,
    );
    expect(r.figures.slice(0, 2).map((f) => [f.status, f.numerator, f.denominator])).toEqual([
      ["suppressed", undefined, 54],
      ["ok", 0, undefined],
    ]);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: "bad-numerator", row: 4, column: "numerator" }),
    ]);
  });

  it("reports wrong headers with suggestions and stops", () => {
    const r = readLongFigures(table(["indicater", "when", "value"], [["x", "y", "1"]]), resolver);
    expect(r.figures).toEqual([]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "unknown-column",
        row: 1,
        column: 1,
        message: expect.stringContaining('did you mean "indicator"?'),
      }),
      expect.objectContaining({ code: "unknown-column", row: 1, column: 2 }),
      expect.objectContaining({ code: "missing-column", row: 1, column: "indicator" }),
      expect.objectContaining({ code: "missing-column", row: 1, column: "period" }),
    ]);
  });

  it("reports every bad row with its row and column", () => {
    const r = readLongFigures(
      table(
        ["indicator", "period", "value"],
        [
          ["Re-refferal rate", "2019/20", "15%"],
          ["agency-staff", "Q5 2019", "12"],
          ["agency-staff", "2019/20", "twelve"],
          ["agency-staff", "2020/21", "1"],
          ["agency-staff", "2020/21", "2"],
        ],
      ),
      resolver,
    );
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["unknown-indicator", 2, "indicator"],
      ["bad-period", 3, "period"],
      ["bad-value", 4, "value"],
      ["duplicate-row", 6, "period"],
    ]);
    expect(r.issues[0]?.message).toContain('did you mean "re-referrals-12m" (Re-referral rate)?');
    expect(r.issues[3]?.message).toContain("already given on row 5");
  });

  it("skips template rows and warns about rows without a value", () => {
    const r = readLongFigures(
      table(
        ["indicator", "period", "value"],
        [
          ["agency-staff", "", ""],
          ["agency-staff", "2019/20", ""],
        ],
      ),
      resolver,
    );
    expect(r.figures).toEqual([]);
    expect(r.skipped.map((s) => s.row)).toEqual([2, 3]);
    expect(r.issues).toEqual([expect.objectContaining({ code: "empty-value", severity: "warning", row: 3 })]);
  });

  it("warns when a percentage is given for a count", () => {
    const r = readLongFigures(
      table(["indicator", "period", "value"], [["agency-staff", "2019/20", "12%"]]),
      resolver,
    );
    expect(r.figures).toHaveLength(1);
    expect(r.issues).toEqual([expect.objectContaining({ code: "unit-mismatch", severity: "warning" })]);
  });

  it.each<[string, string, string, string, string]>([
    ["re-referrals-12m", "104%", "", "", "above 100"],
    ["re-referrals-12m", "-2%", "", "", "below 0"],
    ["agency-staff", "-1", "", "", "negative count"],
    ["agency-staff", "1e32", "", "", "not a number"],
    ["re-referrals-12m", "50%", "12", "10", "larger than its denominator"],
  ])("refuses %s %s (%s/%s): %s", (id, value, numerator, denominator, words) => {
    const r = readLongFigures(
      table(
        ["indicator", "period", "value", "numerator", "denominator"],
        [[id, "2019/20", value, numerator, denominator]],
      ),
      resolver,
    );
    expect(r.figures).toEqual([]);
    expect(r.issues.find((i) => i.severity !== "warning")).toMatchObject({
      row: 2,
      column: "value",
      message: expect.stringContaining(words),
    });
  });

  it("keeps the [u] marker: a number written with it is low reliability", () => {
    const r = readLongFigures(
      table(["indicator", "period", "value"], [["re-referrals-12m", "2019/20", "12.5 [u]"]]),
      resolver,
    );
    expect(r.figures[0]).toMatchObject({ value: 12.5, status: "low-reliability" });
  });
});
