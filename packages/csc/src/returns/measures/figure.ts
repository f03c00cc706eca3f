// Internal: one measure's counts and the observation they make (a percentage, a count, a mean, a median or a
// rate per 10,000), with the records left out and a look-back warning when the files do not cover it.
import type { Observation, ObservationStatus, Period } from "@kpikit/core";
import type { MeasureExclusion } from "../measure-types.js";

export type FigureKind = "percent" | "count" | "mean" | "median" | "rate";

export class Figure {
  numerator = 0;
  denominator = 0;
  readonly values: number[] = [];
  private readonly excluded = new Map<string, number>();
  private readonly notes: string[] = [];
  private lowReliability = false;
  private notAvailable: string | null = null;
  constructor(
    readonly indicatorId: string,
    readonly kind: FigureKind = "percent",
  ) {}

  /** One record in the denominator; in the numerator when `hit`. */
  count(hit: boolean): void {
    this.denominator++;
    if (hit) this.numerator++;
  }

  /** One record with a value (for a mean or median): the numerator sums the values. */
  add(value: number): void {
    this.denominator++;
    this.numerator += value;
    this.values.push(value);
  }

  exclude(reason: string, count = 1): void {
    if (count > 0) this.excluded.set(reason, (this.excluded.get(reason) ?? 0) + count);
  }

  /** The files do not cover the look-back the measure needs: the figure is marked and says why. */
  warn(note: string): void {
    this.lowReliability = true;
    this.notes.push(note);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** The records cannot give the figure at all (its inputs are all unknown): not available, with why. */
  unavailable(note: string): void {
    this.notAvailable = note;
  }

  exclusions(): MeasureExclusion[] {
    return [...this.excluded].map(([reason, count]) => ({ indicatorId: this.indicatorId, reason, count }));
  }

  observation(area: string, period: Period, source: string, population?: number): Observation {
    const { numerator, denominator } = this;
    const base = { indicatorId: this.indicatorId, area, period, source };
    const note = this.notes.length > 0 ? { note: this.notes.join(" ") } : {};
    const status: ObservationStatus = this.lowReliability ? "low-reliability" : "ok";
    if (this.kind === "count") return { ...base, value: numerator, numerator, status, ...note };
    if (this.kind === "rate") {
      if (population === undefined || !(population > 0))
        return { ...base, value: null, numerator, status: "not-available", note: "No population given." };
      return {
        ...base,
        value: (10_000 * numerator) / population,
        numerator,
        denominator: population,
        status,
        ...note,
      };
    }
    if (this.notAvailable !== null)
      return {
        ...base,
        value: null,
        numerator,
        denominator,
        status: "not-available",
        note: this.notAvailable,
      };
    if (denominator === 0) {
      const empty = "No records in the denominator for this period.";
      return {
        ...base,
        value: null,
        numerator,
        denominator,
        status: "not-available",
        note: [empty, ...this.notes].join(" "),
      };
    }
    const value =
      this.kind === "percent"
        ? (100 * numerator) / denominator
        : this.kind === "mean"
          ? numerator / denominator
          : median(this.values);
    return { ...base, value, numerator, denominator, status, ...note };
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
