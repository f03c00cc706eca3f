import { describe, expect, it } from "vitest";
import type { Period } from "../period/types.js";
import { rateChange } from "./index.js";
import type { ChangeBand } from "./types.js";

const fy = (y: number): Period => ({
  kind: "financial-year",
  startYear: y,
  start: `${y}-04-01`,
  end: `${y + 1}-03-31`,
  label: `${y}/${String(y + 1).slice(2)}`,
});
const aug2020: Period = {
  kind: "month",
  year: 2020,
  month: 8,
  start: "2020-08-01",
  end: "2020-08-31",
  label: "Aug 2020",
};
const val = (value: number, period: Period, counts?: readonly [number, number]) => ({
  value,
  status: "ok" as const,
  period,
  ...(counts ? { numerator: counts[0], denominator: counts[1] } : {}),
});
const abs = (value: number): ChangeBand => ({ kind: "absolute", value });
const rel = (percent: number): ChangeBand => ({ kind: "relative", percent });

describe("rateChange", () => {
  // polarity × direction × band × significance: [polarity, previous, current, counts (prev, cur), band, status, rule, reason]
  it.each([
    // Band only (no counts): the default band for percentages is 1 point.
    [
      "lower-is-better",
      15,
      18.9,
      null,
      undefined,
      "worsening",
      "band",
      "Up from 15.0% to 18.9%, more than the no-change band of 1 percentage point; lower is better",
    ],
    [
      "higher-is-better",
      15,
      18.9,
      null,
      undefined,
      "improving",
      "band",
      "Up from 15.0% to 18.9%, more than the no-change band of 1 percentage point; higher is better",
    ],
    [
      "lower-is-better",
      18.9,
      15,
      null,
      undefined,
      "improving",
      "band",
      "Down from 18.9% to 15.0%, more than the no-change band of 1 percentage point; lower is better",
    ],
    [
      "higher-is-better",
      18.9,
      15,
      null,
      undefined,
      "worsening",
      "band",
      "Down from 18.9% to 15.0%, more than the no-change band of 1 percentage point; higher is better",
    ],
    [
      "lower-is-better",
      34,
      34.5,
      null,
      undefined,
      "no-significant-change",
      "band",
      "Up from 34.0% to 34.5%, within the no-change band of 1 percentage point",
    ],
    [
      "higher-is-better",
      34,
      33.1,
      null,
      undefined,
      "no-significant-change",
      "band",
      "Down from 34.0% to 33.1%, within the no-change band of 1 percentage point",
    ],
    [
      "higher-is-better",
      34,
      35,
      null,
      undefined,
      "no-significant-change",
      "band",
      "Up from 34.0% to 35.0%, within the no-change band of 1 percentage point",
    ],
    [
      "higher-is-better",
      34,
      34,
      null,
      undefined,
      "no-significant-change",
      "band",
      "No change: 34.0% in 2023/24 and 2024/25",
    ],
    [
      "higher-is-better",
      34,
      36,
      null,
      abs(3),
      "no-significant-change",
      "band",
      "Up from 34.0% to 36.0%, within the no-change band of 3 percentage points",
    ],
    [
      "higher-is-better",
      34,
      34.2,
      null,
      abs(0),
      "improving",
      "band",
      "Up from 34.0% to 34.2%, more than the no-change band of 0 percentage points; higher is better",
    ],
    [
      "no-judgement",
      33,
      46,
      null,
      undefined,
      "not-judged",
      "no-judgement",
      "Up from 33.0% to 46.0%; not judged: neither higher nor lower is better",
    ],
    // Significance (counts on both figures): the test decides once the change is bigger than the band.
    [
      "lower-is-better",
      15,
      18.9,
      [
        [150, 1000],
        [189, 1000],
      ],
      undefined,
      "worsening",
      "significance",
      "Up from 15.0% to 18.9%, significant at 95% (two-proportion test, p = 0.020); lower is better",
    ],
    [
      "higher-is-better",
      15,
      18.9,
      [
        [150, 1000],
        [189, 1000],
      ],
      undefined,
      "improving",
      "significance",
      "Up from 15.0% to 18.9%, significant at 95% (two-proportion test, p = 0.020); higher is better",
    ],
    [
      "lower-is-better",
      15,
      18.9,
      [
        [15, 100],
        [19, 100],
      ] as const,
      undefined,
      "no-significant-change",
      "significance",
      "Up from 15.0% to 18.9%, not significant at 95% (two-proportion test, p = 0.451)",
    ],
    [
      "higher-is-better",
      18.9,
      15,
      [
        [19, 100],
        [15, 100],
      ],
      undefined,
      "no-significant-change",
      "significance",
      "Down from 18.9% to 15.0%, not significant at 95% (two-proportion test, p = 0.451)",
    ],
    [
      "higher-is-better",
      40,
      60,
      [
        [400, 1000],
        [600, 1000],
      ],
      undefined,
      "improving",
      "significance",
      "Up from 40.0% to 60.0%, significant at 95% (two-proportion test, p < 0.001); higher is better",
    ],
    // Within the band, the band decides even when the change is significant.
    [
      "lower-is-better",
      50,
      50.9,
      [
        [50000, 100000],
        [50900, 100000],
      ],
      undefined,
      "no-significant-change",
      "band",
      "Up from 50.0% to 50.9%, within the no-change band of 1 percentage point",
    ],
    [
      "no-judgement",
      15,
      18.9,
      [
        [150, 1000],
        [189, 1000],
      ],
      undefined,
      "not-judged",
      "no-judgement",
      "Up from 15.0% to 18.9%; not judged: neither higher nor lower is better",
    ],
  ] as const)(
    "%s %s → %s (counts %j, band %j) is %s by %s",
    (polarity, before, now, counts, band, status, rule, reason) => {
      const r = rateChange({
        previous: val(before, fy(2023), counts?.[0]),
        current: val(now, fy(2024), counts?.[1]),
        polarity,
        unit: "percent",
        decimals: 1,
        ...(band ? { band } : {}),
      });
      expect(r).toEqual({
        status,
        rule,
        reason,
        why: expect.any(String),
        label: {
          improving: "Improving",
          worsening: "Worsening",
          "no-significant-change": "No significant change",
          "not-judged": "Not judged",
        }[status],
      });
    },
  );

  it.each([
    // Other units: 2% of the previous value by default.
    [
      "count",
      "lower-is-better",
      66,
      23,
      undefined,
      "improving",
      "Down from 66 to 23, more than the no-change band of 2% of the previous value (1.3); lower is better",
    ],
    [
      "count",
      "lower-is-better",
      66,
      67,
      undefined,
      "no-significant-change",
      "Up from 66 to 67, within the no-change band of 2% of the previous value (1.3)",
    ],
    [
      "days",
      "lower-is-better",
      400,
      420,
      rel(10),
      "no-significant-change",
      "Up from 400 days to 420 days, within the no-change band of 10% of the previous value (40.0 days)",
    ],
    [
      "days",
      "lower-is-better",
      400,
      420,
      abs(5),
      "worsening",
      "Up from 400 days to 420 days, more than the no-change band of 5 days; lower is better",
    ],
  ] as const)("%s %s %s → %s (band %j) is %s", (unit, polarity, before, now, band, status, reason) => {
    const r = rateChange({
      previous: val(before, fy(2023)),
      current: val(now, fy(2024)),
      polarity,
      unit,
      decimals: 0,
      ...(band ? { band } : {}),
    });
    expect([r.status, r.rule, r.reason]).toEqual([status, "band", reason]);
  });

  it.each([
    [15, 18.9, null, "More than the no-change band of 1 percentage point; lower is better"],
    [34, 34.5, null, "Within the no-change band of 1 percentage point"],
    [
      15,
      18.9,
      [
        [15, 100],
        [19, 100],
      ] as const,
      "Not significant at 95% (two-proportion test, p = 0.451)",
    ],
    [34, 34, null, "No change: 34.0% in 2023/24 and 2024/25"],
  ] as const)("gives the reason without the movement for a table: %s → %s", (before, now, counts, why) => {
    const r = rateChange({
      previous: val(before, fy(2023), counts?.[0]),
      current: val(now, fy(2024), counts?.[1]),
      polarity: "lower-is-better",
      unit: "percent",
      decimals: 1,
    });
    expect(r.why).toBe(why);
  });

  it("tests two rates with their counts", () => {
    const r = rateChange({
      previous: val(300, fy(2023), [300, 10000]),
      current: val(360, fy(2024), [360, 10000]),
      polarity: "lower-is-better",
      unit: "rate-per-10k",
      decimals: 1,
    });
    expect([r.status, r.rule]).toEqual(["worsening", "significance"]);
    expect(r.reason).toMatch(
      /^Up from 300\.0 to 360\.0, significant at 95% \(test of two rates, p = 0\.0[0-9]+\); lower is better$/,
    );
  });

  it("says the periods differ when asked to compare them", () => {
    const r = rateChange({
      previous: val(15, fy(2018)),
      current: val(18.9, aug2020),
      polarity: "lower-is-better",
      unit: "percent",
      decimals: 1,
      allowDifferentPeriods: true,
    });
    expect(r.reason).toBe(
      "Up from 15.0% (2018/19) to 18.9% (Aug 2020), more than the no-change band of 1 percentage point; lower is better; the periods differ",
    );
  });

  it.each([
    [null, val(20, fy(2023)), "No current value"],
    [val(20, fy(2024)), null, "No previous figure to compare with"],
    [
      { value: null, status: "suppressed", period: fy(2024) } as const,
      val(20, fy(2023)),
      "No value for 2024/25: suppressed [c]",
    ],
  ])("is not judged without two figures: %j, %j", (current, previous, reason) => {
    expect(
      rateChange({ current, previous, polarity: "higher-is-better", unit: "percent", decimals: 1 }),
    ).toEqual({
      status: "not-judged",
      label: "Not judged",
      rule: "no-comparison",
      reason,
      why: reason,
    });
  });

  it("is total on a bad band", () => {
    const r = rateChange({
      previous: val(1, fy(2023)),
      current: val(2, fy(2024)),
      polarity: "higher-is-better",
      unit: "count",
      band: abs(-1),
    });
    expect([r.status, r.reason]).toEqual(["not-judged", "The no-change band is not a number of 0 or more"]);
  });

  it("ignores counts that cannot be tested and falls back to the band", () => {
    const r = rateChange({
      previous: val(15, fy(2023), [150, 0]),
      current: val(18.9, fy(2024), [189, 1000]),
      polarity: "lower-is-better",
      unit: "percent",
      decimals: 1,
    });
    expect([r.status, r.rule]).toEqual(["worsening", "band"]);
  });
});
