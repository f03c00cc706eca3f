import { STATUS_MARKER } from "../labels/labels.js";
import type { ObservationStatus } from "../observation/types.js";
import { formatValue } from "../value/index.js";
import {
  checkThreshold,
  DEFAULT_SUPPRESSION_THRESHOLD,
  isDisclosive,
  thresholdWords,
} from "./is-disclosive.js";

/** A count in a published table; cells with the same `group` add up to the group's `total` cell. */
export interface CountCell {
  readonly key: string;
  readonly count: number | null;
  /** Cells of one group (e.g. one row of a table) whose sum is the group's total. */
  readonly group?: string;
  /** `total` for the cell that is the sum of the group's other cells. Default `cell`. */
  readonly role?: "cell" | "total";
  /** A state from the source; `suppressed` cells stay suppressed. */
  readonly status?: ObservationStatus;
}

/** A cell as it may be published. */
export interface DisclosedCell {
  readonly key: string;
  readonly group?: string;
  readonly role: "cell" | "total";
  /** `null` when suppressed or missing. */
  readonly count: number | null;
  readonly status: ObservationStatus;
  /** The number, or `[c]` (suppressed), `[x]` (missing). */
  readonly display: string;
  /** Why the cell is suppressed, when it is. */
  readonly reason?: string;
}

export interface SuppressionOptions {
  /** Counts from 1 to below this are suppressed. Default 5 (counts 1–4). */
  readonly threshold?: number;
  /** Secondary suppression, so that a group total cannot reveal a single suppressed cell. Default true. */
  readonly secondary?: boolean;
}

/**
 * Small-number suppression for publication: counts 1–4 (by default) become `[c]` (primary); then, in
 * each group with a total, when exactly one cell is suppressed the next smallest non-zero cell is
 * suppressed too (secondary), or the total when there is none. Every suppressed cell carries its reason.
 * Only one level of grouping is protected (a row with its total), not a whole cross-tabulation.
 *
 * @example
 * suppressSmallCounts([{ key: "a", count: 3, group: "g" }, { key: "b", count: 10, group: "g" }, { key: "c", count: 12, group: "g" }, { key: "t", count: 25, group: "g", role: "total" }]).map((c) => c.display)
 * //=> ["[c]", "[c]", "12", "25"]
 */
export function suppressSmallCounts(
  cells: readonly CountCell[],
  options: SuppressionOptions = {},
): readonly DisclosedCell[] {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  checkThreshold(threshold);
  const out: DisclosedCell[] = cells.map((c) => primary(c, threshold));
  if (options.secondary === false) return out;

  const groups = new Map<string, number[]>();
  out.forEach((c, i) => {
    if (c.group === undefined) return;
    const list = groups.get(c.group);
    if (list) list.push(i);
    else groups.set(c.group, [i]);
  });
  for (const [group, indexes] of groups) {
    const totalIndex = indexes.find((i) => out[i]?.role === "total");
    if (totalIndex === undefined) continue;
    const total = out[totalIndex] as DisclosedCell;
    if (total.status === "suppressed") continue;
    const parts = indexes.filter((i) => i !== totalIndex);
    const suppressed = parts.filter((i) => out[i]?.status === "suppressed");
    if (suppressed.length !== 1) continue;
    const hidden = out[suppressed[0] as number] as DisclosedCell;
    let next: number | undefined;
    for (const i of parts) {
      const c = out[i] as DisclosedCell;
      const count = (cells[i] as CountCell).count;
      if (c.status === "suppressed" || count === null || !(count > 0)) continue;
      if (next === undefined || count < ((cells[next] as CountCell).count as number)) next = i;
    }
    const why = `secondary suppression: otherwise the total of group "${group}" would reveal the suppressed cell "${hidden.key}"`;
    const target = next ?? totalIndex;
    out[target] = suppress(out[target] as DisclosedCell, why);
  }
  return out;
}

function primary(c: CountCell, threshold: number): DisclosedCell {
  const base = {
    key: c.key,
    role: c.role ?? "cell",
    ...(c.group === undefined ? {} : { group: c.group }),
  } as const;
  if (c.status === "suppressed")
    return {
      ...base,
      count: null,
      status: "suppressed",
      display: STATUS_MARKER.suppressed,
      reason: "suppressed in the source",
    };
  if (c.count === null || !Number.isFinite(c.count)) {
    const status =
      c.status && c.status !== "ok" && c.status !== "low-reliability" ? c.status : "not-available";
    return { ...base, count: null, status, display: STATUS_MARKER[status] };
  }
  if (isDisclosive(c.count, threshold)) {
    return {
      ...base,
      count: null,
      status: "suppressed",
      display: STATUS_MARKER.suppressed,
      reason: `a count below ${threshold} (${thresholdWords(threshold)})`,
    };
  }
  return {
    ...base,
    count: c.count,
    status: c.status ?? "ok",
    display: formatValue(c.count, { unit: "count", decimals: Number.isInteger(c.count) ? 0 : 1 }),
  };
}

function suppress(c: DisclosedCell, reason: string): DisclosedCell {
  return { ...c, count: null, status: "suppressed", display: STATUS_MARKER.suppressed, reason };
}
