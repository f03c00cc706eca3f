/** A problem found in input, located as precisely as the input allows. */
export interface Issue {
  /** Stable machine-readable code, e.g. `unknown-indicator`, `bad-period`. */
  readonly code: string;
  /** Path inside a structured document (config keys, JSON pointer parts). */
  readonly path?: readonly (string | number)[];
  readonly message: string;
  readonly severity?: "error" | "warning";
  readonly file?: string;
  /** 1-based row (line) in the file. */
  readonly row?: number;
  /** 1-based column number or the column's header name. */
  readonly column?: number | string;
  /** The number of the DfE validation rule that makes the same check (a statutory return's issue), e.g. `8500`. */
  readonly rule?: string;
}
