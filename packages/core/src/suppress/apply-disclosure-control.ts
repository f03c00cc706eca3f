import type { Observation } from "../observation/types.js";
import { periodKey } from "../period/index.js";
import {
  checkThreshold,
  DEFAULT_SUPPRESSION_THRESHOLD,
  isDisclosive,
  thresholdWords,
} from "./is-disclosive.js";
import { type CountCell, suppressSmallCounts } from "./suppress-small-counts.js";

export interface DisclosureOptions {
  /** Counts from 1 to below this are suppressed. Default 5 (counts 1–4). */
  readonly threshold?: number;
  /** Indicator ids whose value is itself a count (suppressed when small). */
  readonly countIndicators?: readonly string[];
  /**
   * Count indicators that add up to a total indicator (same area and period); used for secondary
   * suppression, e.g. `{ total: "cla-count", parts: ["cla-male", "cla-female"] }`.
   */
  readonly totals?: readonly { readonly total: string; readonly parts: readonly string[] }[];
  /** Secondary suppression through `totals`. Default true. */
  readonly secondary?: boolean;
  /**
   * Rates and percentages whose numerator is a count indicator: when the count is suppressed (for the
   * same area and period, by any rule), the rate is suppressed too, e.g. `{ rate: "cla-rate", count: "cla-count" }`.
   */
  readonly rates?: readonly { readonly rate: string; readonly count: string }[];
}

/** One observation withheld from publication, and why. */
export interface SuppressionRecord {
  /** Position in the input. */
  readonly index: number;
  readonly indicatorId: string;
  readonly area: string;
  readonly period: string;
  /** `numerator`: a rate whose count (in `rates`) is suppressed. */
  readonly kind: "primary" | "secondary" | "numerator" | "source";
  readonly reason: string;
}

export interface DisclosureResult {
  /** Same order as the input; suppressed ones have `value: null`, `status: "suppressed"` and no small counts. */
  readonly observations: readonly Observation[];
  readonly suppressed: readonly SuppressionRecord[];
}

/**
 * Disclosure control for published output: a rate or percentage whose numerator is 1–4 (by default)
 * is suppressed with it; count indicators with small values are suppressed; where `totals` says which
 * counts add up to which, secondary suppression stops a total revealing a suppressed part; and rates
 * linked to a suppressed count through `rates` are suppressed too.
 * Pure: returns new observations and a reason for every suppressed one.
 *
 * @example
 * const p = { kind: "financial-year", startYear: 2024, start: "2024-04-01", end: "2025-03-31", label: "2024/25" } as const;
 * applyDisclosureControl([{ indicatorId: "re-referrals-12m", area: "865", period: p, value: 20, numerator: 3, denominator: 15, status: "ok" }]).suppressed[0]?.reason
 * //=> "the numerator is below 5 (counts 1–4 are suppressed)"
 */
export function applyDisclosureControl(
  observations: readonly Observation[],
  options: DisclosureOptions = {},
): DisclosureResult {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  checkThreshold(threshold);
  const counts = new Set(options.countIndicators ?? []);
  for (const t of options.totals ?? []) {
    counts.add(t.total);
    for (const p of t.parts) counts.add(p);
  }
  const out: Observation[] = [];
  const records: SuppressionRecord[] = [];
  const record = (index: number, o: Observation, kind: SuppressionRecord["kind"], reason: string) =>
    records.push({ index, indicatorId: o.indicatorId, area: o.area, period: o.period.label, kind, reason });
  const words = thresholdWords(threshold);

  observations.forEach((o, i) => {
    if (o.status === "suppressed") {
      record(i, o, "source", "suppressed in the source");
      out.push(withheld(o, threshold));
    } else if (isDisclosive(o.numerator, threshold)) {
      // The reason never quotes the withheld number: it may end up in a published report.
      record(i, o, "primary", `the numerator is below ${threshold} (${words})`);
      out.push(withheld(o, threshold));
    } else if (counts.has(o.indicatorId) && isDisclosive(o.value, threshold)) {
      record(i, o, "primary", `the count is below ${threshold} (${words})`);
      out.push(withheld(o, threshold));
    } else out.push(o);
  });

  if (options.secondary !== false) {
    for (const spec of options.totals ?? []) {
      const members = new Set([spec.total, ...spec.parts]);
      const groups = new Map<string, number[]>();
      out.forEach((o, i) => {
        if (!members.has(o.indicatorId)) return;
        const key = `${o.area}\u0000${periodKey(o.period)}`;
        const list = groups.get(key);
        if (list) list.push(i);
        else groups.set(key, [i]);
      });
      for (const indexes of groups.values()) {
        const cells: CountCell[] = indexes.map((i) => {
          const o = out[i] as Observation;
          return {
            key: String(i),
            count: o.value,
            group: "g",
            role: o.indicatorId === spec.total ? "total" : "cell",
            status: o.status,
          };
        });
        suppressSmallCounts(cells, { threshold }).forEach((c, j) => {
          const i = indexes[j] as number;
          const o = out[i] as Observation;
          if (c.status !== "suppressed" || o.status === "suppressed") return;
          const hidden = indexes
            .map((k) => out[k] as Observation)
            .find((h) => h.status === "suppressed" && h.indicatorId !== spec.total);
          const what = hidden ? `${hidden.indicatorId} figure` : "figure";
          record(
            i,
            o,
            "secondary",
            `secondary suppression: otherwise the ${spec.total} total would reveal the suppressed ${what}`,
          );
          out[i] = withheld(o, threshold);
        });
      }
    }
  }
  for (const { rate, count } of options.rates ?? []) {
    const hiddenCounts = new Set(
      out
        .filter((o) => o.indicatorId === count && o.status === "suppressed")
        .map((o) => `${o.area}\u0000${periodKey(o.period)}`),
    );
    out.forEach((o, i) => {
      if (o.indicatorId !== rate || o.status === "suppressed") return;
      if (!hiddenCounts.has(`${o.area}\u0000${periodKey(o.period)}`)) return;
      record(i, o, "numerator", `its numerator (${count}) is suppressed`);
      out[i] = withheld(o, threshold);
    });
  }
  records.sort((a, b) => a.index - b.index);
  return { observations: out, suppressed: records };
}

/** The observation without its value and without any count small enough to disclose. */
function withheld(o: Observation, threshold: number): Observation {
  // The numerator goes (with the value it would give back); the denominator stays unless it is small too.
  const { numerator: _numerator, denominator, value: _value, status: _status, ...rest } = o;
  return {
    ...rest,
    value: null,
    status: "suppressed",
    ...(denominator !== undefined && !isDisclosive(denominator, threshold) ? { denominator } : {}),
  };
}
