import { describe, expect, it } from "vitest";
import { expectClose, num, readMethodsCsv } from "../_test/shared-data.js";
import { meanWithCI } from "./mean-with-ci.js";

function groups(rows: Record<string, string>[], key: string, value: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const row of rows) {
    const g = row[key] as string;
    out.set(g, [...(out.get(g) ?? []), num(row[value]) as number]);
  }
  return out;
}

function check(result: ReturnType<typeof meanWithCI>, row: Record<string, string>, label: string): void {
  expectClose(result.sum, num(row.value_sum), `${label} sum`);
  expect(result.n, label).toBe(num(row.value_count));
  expectClose(result.sd, num(row.stdev), `${label} sd`);
  expectClose(result.value, num(row.value), `${label} value`);
  expectClose(result.intervals[0]?.lower, num(row.lower95_0cl), `${label} lower95`);
  expectClose(result.intervals[0]?.upper, num(row.upper95_0cl), `${label} upper95`);
  expectClose(result.intervals[1]?.lower, num(row.lower99_8cl), `${label} lower99.8`);
  expectClose(result.intervals[1]?.upper, num(row.upper99_8cl), `${label} upper99.8`);
}

describe("meanWithCI (PHEindicatormethods phe_mean)", () => {
  it("matches testdata_Mean_results per area and ungrouped", () => {
    const input = groups(readMethodsCsv("phe/testdata_Mean__testdata_Mean.csv"), "area", "values");
    const all = [...input.values()].flat();
    let checked = 0;
    for (const row of readMethodsCsv("phe/testdata_Mean__testdata_Mean_results.csv")) {
      const values = row.area === "No grouping" ? all : (input.get(row.area as string) ?? []);
      check(meanWithCI(values, { confidence: [0.95, 0.998] }), row, row.area as string);
      checked++;
    }
    expect(checked).toBe(3);
  });

  it("matches the generated small groups (n = 2, 5, 10)", () => {
    const input = groups(readMethodsCsv("phe/generated/phe_mean_small_groups_input.csv"), "g", "v");
    let checked = 0;
    for (const row of readMethodsCsv("phe/generated/phe_mean_small_groups.csv")) {
      check(
        meanWithCI(input.get(row.g as string) ?? [], { confidence: [0.95, 0.998] }),
        row,
        row.g as string,
      );
      checked++;
    }
    expect(checked).toBe(3);
  });

  it("documents its example", () => {
    const m = meanWithCI([3, 5]);
    expect([m.value, m.lower, m.upper]).toEqual([4, -8.706204736174694, 16.706204736174694]);
  });

  it("skips missing values and explains when there is no interval", () => {
    expect(meanWithCI([1, null, Number.NaN, 3])).toMatchObject({ n: 2, excluded: 2, value: 2 });
    expect(meanWithCI([7])).toMatchObject({
      status: "ok",
      value: 7,
      lower: null,
      reason: "A confidence interval needs at least two values.",
    });
    expect(meanWithCI([])).toMatchObject({ status: "missing", value: null });
  });
});
