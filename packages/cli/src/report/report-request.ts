import type { Issue, Scorecard } from "@kpikit/core";
import type { CscArea } from "@kpikit/csc";

/** What `kpikit report` was asked for. */
export interface ReportRequest {
  readonly la?: string;
  readonly local?: string;
  /** The local file's name as the user wrote it (for messages); default: `local`. */
  readonly localName?: string;
  readonly config?: string;
  readonly configName?: string;
  readonly period?: string;
  /** `--today` or `KPIKIT_TODAY`: the report's date and the plan's as-at day (default: the clock's day for the report, the date of the data for the plan). */
  readonly today?: string;
  readonly title?: string;
  /** `--plan` files as typed, relative to `cwd`; default: the config's `plan:`. */
  readonly plan?: readonly string[];
  /** `--published` files (EES CSVs, LAIT exports) as typed, relative to `cwd`: newer DfE figures. */
  readonly published?: readonly string[];
  /** The folder the command runs in (plan files are read relative to it). */
  readonly cwd: string;
}

/** A built report: the Scorecard and the warnings met on the way. */
export interface BuiltReport {
  readonly scorecard: Scorecard;
  readonly la: CscArea;
  readonly warnings: readonly Issue[];
}
