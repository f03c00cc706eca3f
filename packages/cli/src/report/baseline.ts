import { basename } from "node:path";
import {
  type DataQualityEntry,
  directionOfTravel,
  evaluateRag,
  formatValue,
  type Period,
  periodKey,
  type RagPolicy,
  type RagTolerance,
  type Scorecard,
  type ScorecardRow,
  type ScorecardValue,
  scorecardSummary,
} from "@kpikit/core";
import type { LocalFigure } from "../read/local-figures.js";

/** Per indicator: the row's target settings, as given to buildScorecard (RAG is re-run with them). */
export interface RowSettings {
  readonly target?: number;
  readonly stretch?: number;
  readonly tolerance?: RagTolerance;
}

/**
 * "Compare with the baseline" (config `comparison.previous: baseline`): committee tables often set a
 * baseline column (e.g. 2018/19) beside the "current position", whose period differs row by row (`Aug-20`,
 * `Q1 20/21`, `CLA Census 19/20`). For each row whose own file has a figure for the baseline period, the
 * previous value becomes that baseline and the direction of travel is judged from baseline to current even
 * when the periods are of different kinds; the reason says so. Rows without a baseline figure keep the
 * ordinary "previous comparable period" comparison. The RAG rating is re-evaluated with the new direction
 * and the summary recounted.
 */
export function applyBaselineComparison(
  scorecard: Scorecard,
  options: {
    readonly baseline: Period;
    readonly figures: readonly LocalFigure[];
    readonly policy: RagPolicy;
    readonly settings: ReadonlyMap<string, RowSettings>;
    readonly noChangeBand?: number;
  },
): Scorecard {
  const baselineKey = periodKey(options.baseline);
  const byIndicator = new Map<string, LocalFigure>();
  for (const f of options.figures)
    if (periodKey(f.period) === baselineKey) byIndicator.set(f.indicator.id, f);
  const notes: DataQualityEntry[] = [];
  const rows = scorecard.rows.map((row): ScorecardRow => {
    const base = byIndicator.get(row.indicator.id);
    const current = row.current;
    if (!base || !current) return row;
    if (periodKey(current.period) === baselineKey || current.period.end <= base.period.end) return row;
    // Already compared with the baseline as a comparable period: nothing to change.
    if (row.previous && periodKey(row.previous.period) === baselineKey && row.direction !== "not-comparable")
      return row;
    const { unit, polarity, decimals } = row.indicator;
    const previous: ScorecardValue = {
      period: base.period,
      value: base.value,
      status: base.status,
      ...(base.numerator === undefined ? {} : { numerator: base.numerator }),
      ...(base.denominator === undefined ? {} : { denominator: base.denominator }),
      display: formatValue(base.value, { unit, decimals, status: base.status }),
      source: `${basename(base.file)} row ${base.row}`,
      ...(base.range
        ? {
            note: `written as a range (${formatValue(base.range.low, { unit, decimals: 0 })} to ${formatValue(base.range.high, { unit, decimals: 0 })}); the midpoint is used`,
          }
        : base.note
          ? { note: base.note }
          : {}),
    };
    // Both values are given the current period so that only the values are compared: the config asked for
    // baseline-to-current, and the reason below says the periods differ.
    const d = directionOfTravel({
      current: { value: current.value, status: current.status, period: current.period },
      previous: { value: base.value, status: base.status, period: current.period },
      polarity,
      unit,
      decimals,
      ...(options.noChangeBand === undefined ? {} : { noChangeBand: options.noChangeBand }),
    });
    const compared = `${base.period.label} baseline to ${current.period.label}; compared with the baseline as the config asks, although the periods differ`;
    const reason =
      d.change === null
        ? d.reason
        : d.change.absolute === 0
          ? `No change: ${current.display} at the ${compared}`
          : `${d.reason} (${compared})`;
    const settings = options.settings.get(row.indicator.id) ?? {};
    const rag = evaluateRag(
      {
        indicator: { id: row.indicator.id, polarity, unit, decimals, shortTitle: row.indicator.shortTitle },
        current: { value: current.value, status: current.status },
        ...(settings.target === undefined ? {} : { target: settings.target }),
        ...(settings.stretch === undefined ? {} : { stretch: settings.stretch }),
        ...(settings.tolerance === undefined ? {} : { tolerance: settings.tolerance }),
        benchmarks: {
          england: { value: row.benchmarks.england?.value ?? null, label: "England" },
          region: {
            value: row.benchmarks.region?.value ?? null,
            ...(row.benchmarks.region ? { label: row.benchmarks.region.area.name } : {}),
          },
          neighbours: { value: row.benchmarks.neighbours?.value ?? null },
        },
        band: row.benchmarks.band,
        direction: { direction: d.direction, reason: d.reason },
      },
      options.policy,
    );
    notes.push({
      code: "baseline-comparison",
      message: `Direction of travel from the ${base.period.label} baseline to ${current.period.label}, as the config asks`,
      indicatorId: row.indicator.id,
      source: basename(base.file),
      row: base.row,
    });
    return { ...row, previous, change: d.change, direction: d.direction, directionReason: reason, rag };
  });
  return {
    ...scorecard,
    rows,
    summary: scorecardSummary(rows),
    dataQuality: [...scorecard.dataQuality, ...notes],
  };
}
