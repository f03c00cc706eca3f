import type { Issue, Observation } from "@kpikit/core";

/**
 * What a loader returns: the observations it could read and the issues it found, with a row count that
 * accounts for every data row (`used + excluded === total`). Each excluded row is named in an error issue
 * (with file, row and column) or, for rows that are simply not a kpikit indicator, in one grouped `row-not-used` warning per reason.
 */
export interface LoadResult {
  readonly observations: readonly Observation[];
  readonly issues: readonly Issue[];
  readonly rows: {
    /** Data rows in the file (the header and blank lines not counted). */
    readonly total: number;
    /** Rows that gave at least one observation or served as a denominator. */
    readonly used: number;
    /** Rows left out, each reported in `issues`. */
    readonly excluded: number;
  };
}

/** Options shared by the loaders. */
export interface LoadOptions {
  /** The file name, for issues. */
  readonly file?: string;
}
