import {
  applyDisclosureControl,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type Observation,
  statusMarker,
} from "@kpikit/core";

/** The computed figures with small-number suppression applied, and how many were withheld. */
export interface SuppressedFigures {
  readonly observations: readonly Observation[];
  readonly suppressed: number;
  readonly threshold: number;
}

/**
 * Small-number suppression for anything that leaves the page: a percentage whose numerator is 1 to
 * `threshold − 1` is withheld (`[c]`), with its numerator and denominator.
 *
 * @example
 * const p = { kind: "financial-year", startYear: 2021, start: "2021-04-01", end: "2022-03-31", label: "2021/22" } as const;
 * suppressFigures([{ indicatorId: "re-referrals-12m", area: "local", period: p, value: 5.6, numerator: 3, denominator: 54, status: "ok" }]).observations[0]?.status //=> "suppressed"
 */
export function suppressFigures(
  observations: readonly Observation[],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): SuppressedFigures {
  const r = applyDisclosureControl(observations, { threshold });
  return { observations: r.observations, suppressed: r.suppressed.length, threshold };
}

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The local figures CSV `kpikit report --local` reads: indicator, period, value, numerator, denominator (the
 * value unrounded, a withheld one as its status marker, e.g. `[c]`).
 *
 * @example
 * const p = { kind: "financial-year", startYear: 2021, start: "2021-04-01", end: "2022-03-31", label: "2021/22" } as const;
 * localFiguresCsv([{ indicatorId: "re-referrals-12m", area: "local", period: p, value: 25, numerator: 10, denominator: 40, status: "ok" }])
 * //=> "indicator,period,value,numerator,denominator\r\nre-referrals-12m,2021/22,25,10,40\r\n"
 */
export function localFiguresCsv(observations: readonly Observation[]): string {
  const lines = ["indicator,period,value,numerator,denominator"];
  for (const o of observations) {
    // A missing value whose status is ok still needs a marker: not available.
    const value =
      o.value === null ? statusMarker(o.status === "ok" ? "not-available" : o.status) : String(o.value);
    lines.push(
      [
        o.indicatorId,
        o.period.label,
        value,
        o.numerator === undefined ? "" : String(o.numerator),
        o.denominator === undefined ? "" : String(o.denominator),
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
