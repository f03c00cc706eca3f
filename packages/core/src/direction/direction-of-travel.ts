import { kpikitError } from "../errors.js";
import type { Polarity, Unit } from "../indicator/types.js";
import { POLARITY_PHRASE } from "../labels/labels.js";
import type { ObservationStatus } from "../observation/types.js";
import { checkComparable } from "../period/index.js";
import type { Period } from "../period/types.js";
import { describeAmount, describeStatus, displayChange, displayValue, hasValue, roundTo } from "./display.js";
import type { Direction, ScorecardChange } from "./types.js";

/** A value to compare: the number (or null), its state and its period. */
export interface DirectionValue {
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly period: Period;
}

export interface DirectionInput {
  readonly current: DirectionValue | null;
  /** The previous comparable value (e.g. the previous year), or null when there is none. */
  readonly previous: DirectionValue | null;
  readonly polarity: Polarity;
  readonly unit: Unit;
  /** Decimal places shown; values are compared as shown (34.04% → 34.0% is no change at 1 dp). */
  readonly decimals?: number;
  /**
   * Changes this small (absolute, in the indicator's unit, inclusive) count as `no-change`. Default 0:
   * only values that are equal as displayed.
   */
  readonly noChangeBand?: number;
  /**
   * Judge the change even when `checkComparable` says the two periods cannot be compared (e.g. a 2018/19
   * baseline and an Aug 2020 month), because the reader asked for exactly these two figures. The reason then
   * names both periods and ends "the periods differ". Default false: such periods give `not-comparable`.
   */
  readonly allowDifferentPeriods?: boolean;
}

/** A direction of travel with the sentence that explains it and the change behind it. */
export interface DirectionResult {
  readonly direction: Direction;
  /** E.g. "Down from 66 to 23; lower is better". */
  readonly reason: string;
  /** `null` when there are not two comparable values. */
  readonly change: ScorecardChange | null;
}

/**
 * Direction of travel from the previous comparable value: `improving` / `worsening` by polarity,
 * `no-change` within the no-change band, `not-judged` for `no-judgement` indicators, `not-comparable`
 * when a value is missing or suppressed or the periods cannot be compared (the reason then says plainly
 * which figure is missing: "No previous figure to compare with", "The 2018/19 figure is not available [x]"). Values are compared as
 * displayed (rounded to `decimals`). With `allowDifferentPeriods`, periods that cannot be compared are
 * judged anyway and the reason says so.
 *
 * @throws kpikitError `bad-no-change-band` when the band is negative or not a number.
 * @example
 * const fy = (y: number) => ({ kind: "financial-year", startYear: y, start: `${y}-04-01`, end: `${y + 1}-03-31`, label: `${y}/${String(y + 1).slice(2)}` }) as const;
 * directionOfTravel({ current: { value: 23, status: "ok", period: fy(2024) }, previous: { value: 66, status: "ok", period: fy(2023) }, polarity: "lower-is-better", unit: "count", decimals: 0 }).reason
 * //=> "Down from 66 to 23; lower is better"
 * const aug2020 = { kind: "month", year: 2020, month: 8, start: "2020-08-01", end: "2020-08-31", label: "Aug 2020" } as const;
 * directionOfTravel({ current: { value: 18.9, status: "ok", period: aug2020 }, previous: { value: 15, status: "ok", period: fy(2018) }, polarity: "lower-is-better", unit: "percent", decimals: 1, allowDifferentPeriods: true }).reason
 * //=> "Up from 15.0% (2018/19) to 18.9% (Aug 2020); lower is better; the periods differ"
 */
export function directionOfTravel(input: DirectionInput): DirectionResult {
  const { current, previous, polarity, unit } = input;
  const decimals = input.decimals;
  const band = input.noChangeBand ?? 0;
  if (!(Number.isFinite(band) && band >= 0)) {
    throw kpikitError("bad-no-change-band", `the no-change band must be a number of 0 or more, got ${band}`);
  }
  const show = (x: number) => displayValue(x, unit, decimals ?? maxDecimals(x));
  if (!current) return notComparable("No current value");
  if (!hasValue(current))
    return notComparable(`No value for ${current.period.label}: ${describeStatus(current.status)}`);
  // Plain words for the commonest case: there is simply no earlier figure to compare with.
  if (!previous) return notComparable("No previous figure to compare with");
  if (!hasValue(previous))
    return notComparable(
      previous.status === "ok"
        ? `There is no ${previous.period.label} figure to compare with`
        : `The ${previous.period.label} figure is ${describeStatus(previous.status)}`,
    );
  const comparable = checkComparable(current.period, previous.period);
  if (!comparable.comparable && input.allowDifferentPeriods !== true)
    return notComparable(comparable.reason.replace(/\.$/, ""));
  // Periods that differ are named beside their values, and every reason ends by saying they differ.
  const differ = !comparable.comparable;
  const tail = differ ? "; the periods differ" : "";
  const at = (p: Period) => (differ ? ` (${p.label})` : "");

  const now = roundTo(current.value, decimals);
  const before = roundTo(previous.value, decimals);
  const absolute = roundTo(now - before, decimals ?? precisionOf(now, before));
  const change: ScorecardChange = {
    absolute,
    relative: before === 0 ? null : absolute / Math.abs(before),
    display: displayChange(absolute, unit, decimals ?? precisionOf(now, before)),
  };
  const from = `from ${show(before)}${at(previous.period)} to ${show(now)}${at(current.period)}`;
  const verb = absolute > 0 ? "Up" : "Down";

  if (absolute === 0) {
    const reason = `No change: ${show(now)} in ${previous.period.label} and ${current.period.label}${tail}`;
    return { direction: polarity === "no-judgement" ? "not-judged" : "no-change", reason, change };
  }
  if (polarity === "no-judgement") {
    return {
      direction: "not-judged",
      reason: `${verb} ${from}; not judged: ${POLARITY_PHRASE[polarity]}${tail}`,
      change,
    };
  }
  // A relative epsilon absorbs binary noise in the rounded difference (0.1 + 0.2 style).
  if (Math.abs(absolute) <= band + 1e-9 * Math.max(1, Math.abs(band))) {
    const bandText = describeAmount(band, unit, decimals ?? maxDecimals(band));
    return {
      direction: "no-change",
      reason: `${verb} ${from}, within the no-change band of ${bandText}${tail}`,
      change,
    };
  }
  const better = absolute > 0 === (polarity === "higher-is-better");
  return {
    direction: better ? "improving" : "worsening",
    reason: `${verb} ${from}; ${POLARITY_PHRASE[polarity]}${tail}`,
    change,
  };
}

function notComparable(reason: string): DirectionResult {
  return { direction: "not-comparable", reason, change: null };
}

/** Decimals needed to show x exactly (up to 10), for callers that give no `decimals`. */
function maxDecimals(x: number): number {
  for (let d = 0; d < 10; d++) if (Number(x.toFixed(d)) === x) return d;
  return 10;
}

function precisionOf(a: number, b: number): number {
  return Math.max(maxDecimals(a), maxDecimals(b));
}
