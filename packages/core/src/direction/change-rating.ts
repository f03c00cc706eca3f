import type { Polarity, Unit } from "../indicator/types.js";
import { CHANGE_LABEL, POLARITY_PHRASE } from "../labels/labels.js";
import { normalCdf } from "../stats/index.js";
import { type DirectionValue, directionOfTravel } from "./direction-of-travel.js";
import { describeAmount, displayValue, hasValue, neededDecimals, roundTo } from "./display.js";
import type { ChangeBand, ChangeRating, ChangeRule, ChangeStatus } from "./types.js";

/** A value with the counts behind it, when they are known. */
export interface CountedValue extends DirectionValue {
  readonly numerator?: number;
  readonly denominator?: number;
}

export interface ChangeRatingInput {
  readonly current: CountedValue | null;
  readonly previous: CountedValue | null;
  readonly polarity: Polarity;
  readonly unit: Unit;
  /** Decimal places shown; values are compared as shown. */
  readonly decimals?: number;
  /** The no-change band; default {@link defaultChangeBand} for the unit. */
  readonly band?: ChangeBand;
  /** Judge periods that `checkComparable` says differ (a fixed baseline); the reason says they differ. */
  readonly allowDifferentPeriods?: boolean;
}

/** The z value of a two-sided test at 95%. */
const Z95 = 1.959963984540054;

/**
 * The no-change band used when an indicator has none of its own: 1 percentage point for percentages, and 2%
 * of the previous value for every other unit (rates, counts, days, FTE, ratios, scores).
 * @example
 * defaultChangeBand("percent") //=> { kind: "absolute", value: 1 }
 * defaultChangeBand("count") //=> { kind: "relative", percent: 2 }
 */
export function defaultChangeBand(unit: Unit): ChangeBand {
  return unit === "percent" ? { kind: "absolute", value: 1 } : { kind: "relative", percent: 2 };
}

/**
 * A band in words, e.g. "1 percentage point" or "2% of the previous value".
 * @example
 * describeChangeBand({ kind: "relative", percent: 2 }, "count") //=> "2% of the previous value"
 */
export function describeChangeBand(band: ChangeBand, unit: Unit, decimals = 1): string {
  return band.kind === "absolute"
    ? describeAmount(band.value, unit, Math.max(decimals, neededDecimals(band.value, 4)))
    : `${formatPercent(band.percent)} of the previous value`;
}

function formatPercent(p: number): string {
  return `${roundTo(p, 2)}%`;
}

/**
 * The z statistic comparing two figures with counts: a two-proportion test (pooled) for percentages, a test of
 * two Poisson rates for rates per 10,000 or 100,000; null when there are no counts, a denominator is not
 * positive, or the test cannot be computed (both proportions 0 or 1).
 */
function zStatistic(unit: Unit, now: CountedValue, before: CountedValue): number | null {
  const x1 = now.numerator;
  const n1 = now.denominator;
  const x2 = before.numerator;
  const n2 = before.denominator;
  if (x1 === undefined || n1 === undefined || x2 === undefined || n2 === undefined) return null;
  if (![x1, n1, x2, n2].every(Number.isFinite) || n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0) return null;
  if (unit === "percent") {
    if (x1 > n1 || x2 > n2) return null;
    const pooled = (x1 + x2) / (n1 + n2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    return se > 0 ? (x1 / n1 - x2 / n2) / se : x1 / n1 === x2 / n2 ? 0 : null;
  }
  if (unit === "rate-per-10k" || unit === "rate-per-100k") {
    const se = Math.sqrt(x1 / (n1 * n1) + x2 / (n2 * n2));
    return se > 0 ? (x1 / n1 - x2 / n2) / se : 0;
  }
  return null;
}

function testName(unit: Unit): string {
  return unit === "percent" ? "two-proportion test" : "test of two rates";
}

/**
 * Rates a change: `improving` or `worsening` by polarity only when it is bigger than noise. A change within
 * the no-change band (default {@link defaultChangeBand}) is `no-significant-change` (rule `band`); where both
 * figures have their numerator and denominator (percentages and rates), a change that is not significant at
 * 95% is `no-significant-change` too, and a significant one is rated by polarity (rule `significance`:
 * a two-proportion test, or a test of two Poisson rates); otherwise a change bigger than the band is rated by
 * polarity (rule `band`). No-judgement indicators are `not-judged` (rule `no-judgement`), and so is a row
 * without two comparable figures (rule `no-comparison`, with the direction of travel's reason). Values are
 * compared as shown (rounded to `decimals`). Total: bad input gives `not-judged` with a reason.
 *
 * @example
 * const fy = (y: number) => ({ kind: "financial-year", startYear: y, start: `${y}-04-01`, end: `${y + 1}-03-31`, label: `${y}/${String(y + 1).slice(2)}` }) as const;
 * rateChange({ current: { value: 34.5, status: "ok", period: fy(2024) }, previous: { value: 34, status: "ok", period: fy(2023) }, polarity: "lower-is-better", unit: "percent", decimals: 1 }).reason
 * //=> "Up from 34.0% to 34.5%, within the no-change band of 1 percentage point"
 * rateChange({ current: { value: 18.9, status: "ok", period: fy(2024), numerator: 189, denominator: 1000 }, previous: { value: 15, status: "ok", period: fy(2023), numerator: 150, denominator: 1000 }, polarity: "lower-is-better", unit: "percent", decimals: 1 }).status
 * //=> "worsening"
 */
export function rateChange(input: ChangeRatingInput): ChangeRating {
  const { current, previous, polarity, unit } = input;
  const band = input.band ?? defaultChangeBand(unit);
  const bandOk =
    band.kind === "absolute"
      ? Number.isFinite(band.value) && band.value >= 0
      : Number.isFinite(band.percent) && band.percent >= 0;
  if (!bandOk)
    return rating("not-judged", "no-comparison", "The no-change band is not a number of 0 or more");
  const d = directionOfTravel({
    current,
    previous,
    polarity,
    unit,
    ...(input.decimals === undefined ? {} : { decimals: input.decimals }),
    ...(input.allowDifferentPeriods ? { allowDifferentPeriods: true } : {}),
  });
  if (d.direction === "not-comparable" || !d.change || !hasValue(current) || !hasValue(previous))
    return rating("not-judged", "no-comparison", d.reason);
  // The direction's reason is "Up from A to B; <polarity phrase>[; the periods differ]": keep the movement.
  const differ = d.reason.endsWith("; the periods differ");
  const tail = differ ? "; the periods differ" : "";
  const movement = d.reason.split(";")[0] as string;
  if (polarity === "no-judgement")
    return rating(
      "not-judged",
      "no-judgement",
      `${movement}; not judged: ${POLARITY_PHRASE[polarity]}${tail}`,
      movement,
    );
  const absolute = d.change.absolute;
  if (absolute === 0) return rating("no-significant-change", "band", `${movement}${tail}`, movement);
  const before = roundTo(previous.value, input.decimals);
  const limit = band.kind === "absolute" ? band.value : (Math.abs(before) * band.percent) / 100;
  const bandText = describeChangeBand(band, unit, input.decimals ?? 1);
  const shownLimit =
    band.kind === "relative" ? ` (${displayValue(limit, unit, Math.max(1, input.decimals ?? 1))})` : "";
  if (Math.abs(absolute) <= limit + 1e-9 * Math.max(1, limit))
    return rating(
      "no-significant-change",
      "band",
      `${movement}, within the no-change band of ${bandText}${shownLimit}${tail}`,
      movement,
    );
  const better = absolute > 0 === (polarity === "higher-is-better");
  const judged: ChangeStatus = better ? "improving" : "worsening";
  const z = zStatistic(unit, current, previous);
  if (z !== null) {
    const p = 2 * (1 - normalCdf(Math.abs(z)));
    const pText = p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
    if (Math.abs(z) < Z95)
      return rating(
        "no-significant-change",
        "significance",
        `${movement}, not significant at 95% (${testName(unit)}, ${pText})${tail}`,
        movement,
      );
    return rating(
      judged,
      "significance",
      `${movement}, significant at 95% (${testName(unit)}, ${pText}); ${POLARITY_PHRASE[polarity]}${tail}`,
      movement,
    );
  }
  return rating(
    judged,
    "band",
    `${movement}, more than the no-change band of ${bandText}${shownLimit}; ${POLARITY_PHRASE[polarity]}${tail}`,
    movement,
  );
}

function rating(status: ChangeStatus, rule: ChangeRule, reason: string, movement?: string): ChangeRating {
  // `why` is the reason without the movement ("Up from 15.0% to 18.9%"), for a table that shows both figures.
  const rest =
    movement && reason.startsWith(movement) ? reason.slice(movement.length).replace(/^[,;] /, "") : "";
  const why = rest ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : reason;
  return { status, label: CHANGE_LABEL[status], reason, rule, why };
}
