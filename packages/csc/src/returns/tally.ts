// Internal: counts for one measure and the observation they make.
import type { Observation, Period } from "@kpikit/core";
import type { MeasureExclusion } from "./measure-types.js";

export class Tally {
  numerator = 0;
  denominator = 0;
  private readonly excluded = new Map<string, number>();
  constructor(readonly indicatorId: string) {}

  count(inNumerator: boolean): void {
    this.denominator++;
    if (inNumerator) this.numerator++;
  }

  exclude(reason: string, count = 1): void {
    if (count > 0) this.excluded.set(reason, (this.excluded.get(reason) ?? 0) + count);
  }

  exclusions(): MeasureExclusion[] {
    return [...this.excluded].map(([reason, count]) => ({ indicatorId: this.indicatorId, reason, count }));
  }

  observation(area: string, period: Period, source: string): Observation {
    const { numerator, denominator } = this;
    if (denominator === 0) {
      return {
        indicatorId: this.indicatorId,
        area,
        period,
        value: null,
        numerator,
        denominator,
        status: "not-available",
        source,
        note: "No records in the denominator for this period.",
      };
    }
    return {
      indicatorId: this.indicatorId,
      area,
      period,
      value: (100 * numerator) / denominator,
      numerator,
      denominator,
      status: "ok",
      source,
    };
  }
}
