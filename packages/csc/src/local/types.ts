import type { IndicatorDefinition, Issue, ObservationStatus, Period, Polarity } from "@kpikit/core";

/** A cell as read: text, or a number/boolean/date a workbook cell held. */
export type LocalCell = string | number | boolean | Date | null;

/**
 * A table of local figures as read from a file (CSV, TSV, text pasted from a Word table, or a workbook's
 * first sheet), every row with its 1-based row number in the file.
 */
export interface LocalTable {
  readonly file: string;
  readonly kind: "csv" | "xlsx";
  readonly header: readonly string[];
  /** Data rows (after the header), with blank rows dropped. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly LocalCell[] }[];
  readonly issues: readonly Issue[];
}

/** How indicators are looked up while reading local figures (the config's own indicators, then the catalogue). */
export interface LocalFiguresResolver {
  /** @kpikit/csc `findIndicator`, or a lookup that tries the config's local indicators first. */
  readonly findIndicator: (text: string) =>
    | { readonly ok: true; readonly indicator: IndicatorDefinition }
    | {
        readonly ok: false;
        readonly message: string;
        readonly candidates: readonly { readonly indicator: IndicatorDefinition }[];
      };
  /**
   * Checks an `area` cell (a code or name): ok when it names the LA the report is for. Without it an area
   * column is read but not checked (`kpikit validate` does not know the LA).
   */
  readonly area?: (text: string) => { readonly ok: true } | { readonly ok: false; readonly message: string };
}

/** One figure of a local figures file, resolved. */
export interface LocalFigure {
  readonly indicator: IndicatorDefinition;
  readonly period: Period;
  /** As written, e.g. `Aug-20`, or the column's header. */
  readonly periodLabel: string;
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** A value written as a range (`75-77%`): its ends; `value` is the midpoint. */
  readonly range?: { readonly low: number; readonly high: number };
  readonly numerator?: number;
  readonly denominator?: number;
  readonly target?: number;
  /** The note on the row, and anything kpikit had to say about how the figure was read. */
  readonly note?: string;
  /** The cell as written, when it held more than the figure (`19.4% Year End 19/20. 18.9% Aug-20`). */
  readonly written?: string;
  readonly file: string;
  readonly row: number;
  /** The column the figure came from (1-based), for wide tables. */
  readonly column?: number;
}

/** A wide table's row for one indicator: what its other columns say. */
export interface LocalIndicatorRow {
  readonly indicatorId: string;
  readonly row: number;
  /** The figure the table compares the latest one with: the previous column that has a figure. */
  readonly baseline?: Period;
  readonly target?: number;
  /** The table's own polarity ("Good performance is Low"), when it has a polarity column. */
  readonly polarity?: Polarity;
  /** Comments, the council's own RAG and benchmark columns, in words, for the row's note. */
  readonly note?: string;
}

/** Every figure resolved, or the issues that stop it; warnings either way. */
export interface LocalFiguresResult {
  /** `long`: indicator, period, value rows; `wide`: a row per indicator and a column per period. */
  readonly layout: "long" | "wide";
  readonly figures: readonly LocalFigure[];
  /** Wide tables: one entry per indicator row, in table order. */
  readonly indicators: readonly LocalIndicatorRow[];
  readonly issues: readonly Issue[];
  /** Rows left out on purpose (no value), for the report's data quality notes. */
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
}
