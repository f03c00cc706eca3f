import { describe, expect, it } from "vitest";
import type { ObservationStatus } from "../observation/types.js";
import { month, snapshot } from "../period/index.js";
import type { Period } from "../period/types.js";
import { directionOfTravel } from "./index.js";

const fy = (y: number) =>
  ({
    kind: "financial-year",
    startYear: y,
    start: `${y}-04-01`,
    end: `${y + 1}-03-31`,
    label: `${y}/${String(y + 1).slice(2)}`,
  }) as const;
const q = (y: number, quarter: 1 | 2 | 3 | 4): Period => ({
  kind: "financial-quarter",
  startYear: y,
  quarter,
  start: `${y}-04-01`,
  end: `${y}-06-30`,
  label: `Q${quarter} ${y}/${String(y + 1).slice(2)}`,
});
const v = (
  value: number | null,
  period: Period = fy(2024),
  status: ObservationStatus = value === null ? "suppressed" : "ok",
) => ({
  value,
  status,
  period,
});

describe("directionOfTravel", () => {
  it("matches the JSDoc example", () => {
    expect(
      directionOfTravel({
        current: v(23),
        previous: v(66, fy(2023)),
        polarity: "lower-is-better",
        unit: "count",
        decimals: 0,
      }).reason,
    ).toBe("Down from 66 to 23; lower is better");
  });

  it.each([
    // [current, previous, polarity, unit, decimals, band, direction, reason, change display]
    [
      23,
      66,
      "lower-is-better",
      "count",
      0,
      undefined,
      "improving",
      "Down from 66 to 23; lower is better",
      "\u221243",
    ],
    [
      18.9,
      15,
      "lower-is-better",
      "percent",
      1,
      undefined,
      "worsening",
      "Up from 15.0% to 18.9%; lower is better",
      "+3.9 pts",
    ],
    [
      18.9,
      15,
      "higher-is-better",
      "percent",
      1,
      undefined,
      "improving",
      "Up from 15.0% to 18.9%; higher is better",
      "+3.9 pts",
    ],
    [
      34,
      34,
      "higher-is-better",
      "percent",
      0,
      undefined,
      "no-change",
      "No change: 34% in 2023/24 and 2024/25",
      "0 pts",
    ],
    [
      34.04,
      33.96,
      "higher-is-better",
      "percent",
      0,
      undefined,
      "no-change",
      "No change: 34% in 2023/24 and 2024/25",
      "0 pts",
    ],
    [
      34.04,
      33.96,
      "higher-is-better",
      "percent",
      1,
      undefined,
      "no-change",
      "No change: 34.0% in 2023/24 and 2024/25",
      "0.0 pts",
    ],
    [
      34.06,
      33.94,
      "higher-is-better",
      "percent",
      1,
      undefined,
      "improving",
      "Up from 33.9% to 34.1%; higher is better",
      "+0.2 pts",
    ],
    // Rounded as formatValue shows them (half away from zero on the digits): 34.05 shows as 34.1.
    [
      34.05,
      34.1,
      "higher-is-better",
      "percent",
      1,
      undefined,
      "no-change",
      "No change: 34.1% in 2023/24 and 2024/25",
      "0.0 pts",
    ],
    [
      1.005,
      1,
      "higher-is-better",
      "ratio",
      2,
      undefined,
      "improving",
      "Up from 1.00 to 1.01; higher is better",
      "+0.01",
    ],
    [
      34.5,
      34,
      "lower-is-better",
      "percent",
      1,
      1,
      "no-change",
      "Up from 34.0% to 34.5%, within the no-change band of 1 percentage point",
      "+0.5 pts",
    ],
    [
      35,
      34,
      "lower-is-better",
      "percent",
      1,
      1,
      "no-change",
      "Up from 34.0% to 35.0%, within the no-change band of 1 percentage point",
      "+1.0 pts",
    ],
    [
      35.1,
      34,
      "lower-is-better",
      "percent",
      1,
      1,
      "worsening",
      "Up from 34.0% to 35.1%; lower is better",
      "+1.1 pts",
    ],
    [
      346,
      300.5,
      "no-judgement",
      "rate-per-10k",
      1,
      undefined,
      "not-judged",
      "Up from 300.5 to 346.0; not judged: neither higher nor lower is better",
      "+45.5",
    ],
    [
      1234,
      1230,
      "higher-is-better",
      "count",
      0,
      undefined,
      "improving",
      "Up from 1,230 to 1,234; higher is better",
      "+4",
    ],
    [
      12,
      14,
      "lower-is-better",
      "days",
      0,
      undefined,
      "improving",
      "Down from 14 days to 12 days; lower is better",
      "\u22122 days",
    ],
  ] as const)(
    "%s vs %s (%s, %s, %s dp, band %s) → %s",
    (cur, prev, polarity, unit, decimals, band, direction, reason, display) => {
      const r = directionOfTravel({
        current: v(cur),
        previous: v(prev, fy(2023)),
        polarity,
        unit,
        decimals,
        ...(band === undefined ? {} : { noChangeBand: band }),
      });
      expect(r.direction).toBe(direction);
      expect(r.reason).toBe(reason);
      expect(r.change?.display).toBe(display);
    },
  );

  it("works out absolute and relative change from the displayed values", () => {
    const r = directionOfTravel({
      current: v(18.94),
      previous: v(15.01, fy(2023)),
      polarity: "lower-is-better",
      unit: "percent",
      decimals: 1,
    });
    expect(r.change).toEqual({ absolute: 3.9, relative: 3.9 / 15, display: "+3.9 pts" });
    const zero = directionOfTravel({
      current: v(3),
      previous: v(0, fy(2023)),
      polarity: "lower-is-better",
      unit: "count",
      decimals: 0,
    });
    expect(zero.change?.relative).toBeNull();
  });

  it.each([
    [v(null), v(20, fy(2023)), "No value for 2024/25: suppressed [c]"],
    [v(null, fy(2024), "not-available"), v(20, fy(2023)), "No value for 2024/25: not available [x]"],
    [v(20), v(null, fy(2023), "not-applicable"), "The 2023/24 figure is not applicable [z]"],
    [v(20), v(null, fy(2023), "not-available"), "The 2023/24 figure is not available [x]"],
    [v(20), v(Number.NaN, fy(2023), "ok"), "There is no 2023/24 figure to compare with"],
    [v(20), null, "No previous figure to compare with"],
    [null, v(20, fy(2023)), "No current value"],
    [
      v(20),
      v(18, q(2024, 4)),
      "2024/25 is a financial year (12 months) and Q4 2024/25 is a quarter (3 months): they cover different lengths of time",
    ],
  ])("not comparable: %j vs %j", (current, previous, reason) => {
    const r = directionOfTravel({
      current,
      previous,
      polarity: "higher-is-better",
      unit: "percent",
      decimals: 1,
    });
    expect(r).toEqual({ direction: "not-comparable", reason, change: null });
  });

  it("rejects a negative no-change band", () => {
    expect(() =>
      directionOfTravel({
        current: v(2),
        previous: v(1, fy(2023)),
        polarity: "higher-is-better",
        unit: "count",
        noChangeBand: -1,
      }),
    ).toThrowError(/no-change band must be a number of 0 or more/);
  });

  it("compares raw values when no decimals are given", () => {
    const r = directionOfTravel({
      current: v(10.25),
      previous: v(10.2, fy(2023)),
      polarity: "higher-is-better",
      unit: "score",
    });
    expect(r.direction).toBe("improving");
    expect(r.change?.absolute).toBe(0.05);
    expect(r.reason).toBe("Up from 10.2 to 10.25; higher is better");
  });

  describe("allowDifferentPeriods", () => {
    const aug2020 = month(2020, 8);
    const census = snapshot("2020-03-31", "cla");
    // Wiltshire's re-referral rate: a 2018/19 baseline and an Aug 2020 month.
    const reReferrals = {
      current: v(18.9, aug2020),
      previous: v(15, fy(2018)),
      polarity: "lower-is-better",
      unit: "percent",
      decimals: 1,
    } as const;

    it("matches the JSDoc example", () => {
      expect(directionOfTravel({ ...reReferrals, allowDifferentPeriods: true }).reason).toBe(
        "Up from 15.0% (2018/19) to 18.9% (Aug 2020); lower is better; the periods differ",
      );
    });

    it.each([
      // [current, previous, polarity, unit, decimals, band, direction, reason, change display]
      [
        v(18.9, aug2020),
        v(15, fy(2018)),
        "lower-is-better",
        "percent",
        1,
        undefined,
        "worsening",
        "Up from 15.0% (2018/19) to 18.9% (Aug 2020); lower is better; the periods differ",
        "+3.9 pts",
      ],
      [
        v(23, aug2020),
        v(66, fy(2018)),
        "lower-is-better",
        "count",
        0,
        undefined,
        "improving",
        "Down from 66 (2018/19) to 23 (Aug 2020); lower is better; the periods differ",
        "\u221243",
      ],
      [
        v(34, census),
        v(34, fy(2018)),
        "lower-is-better",
        "percent",
        0,
        undefined,
        "no-change",
        "No change: 34% in 2018/19 and 31 Mar 2020; the periods differ",
        "0 pts",
      ],
      [
        v(46, q(2020, 1)),
        v(33, fy(2018)),
        "no-judgement",
        "percent",
        0,
        undefined,
        "not-judged",
        "Up from 33% (2018/19) to 46% (Q1 2020/21); not judged: neither higher nor lower is better; the periods differ",
        "+13 pts",
      ],
      [
        v(16, aug2020),
        v(15, fy(2018)),
        "lower-is-better",
        "percent",
        0,
        2,
        "no-change",
        "Up from 15% (2018/19) to 16% (Aug 2020), within the no-change band of 2 percentage points; the periods differ",
        "+1 pt",
      ],
    ] as const)(
      "%j from %j (%s) is judged across periods",
      (current, previous, polarity, unit, decimals, band, direction, reason, display) => {
        const r = directionOfTravel({
          current,
          previous,
          polarity,
          unit,
          decimals,
          ...(band === undefined ? {} : { noChangeBand: band }),
          allowDifferentPeriods: true,
        });
        expect(r.direction).toBe(direction);
        expect(r.reason).toBe(reason);
        expect(r.change?.display).toBe(display);
      },
    );

    it("changes nothing when the periods are comparable", () => {
      const input = {
        current: v(23),
        previous: v(66, fy(2023)),
        polarity: "lower-is-better",
        unit: "count",
        decimals: 0,
      } as const;
      expect(directionOfTravel({ ...input, allowDifferentPeriods: true })).toEqual(directionOfTravel(input));
    });

    it("still needs two values", () => {
      expect(
        directionOfTravel({ ...reReferrals, previous: v(null, fy(2018)), allowDifferentPeriods: true }),
      ).toEqual({
        direction: "not-comparable",
        reason: "The 2018/19 figure is suppressed [c]",
        change: null,
      });
    });

    it("without it, the same periods are not comparable", () => {
      expect(directionOfTravel(reReferrals).direction).toBe("not-comparable");
    });
  });
});
