const MARK = "kpikit.error";

/** An error thrown for misuse of the API (not for bad data, which gives a result with a reason). */
export interface KpikitError extends Error {
  readonly code: string;
  readonly [MARK]: true;
}

/**
 * Creates a named error with a string `code`.
 * @example
 * kpikitError("bad-calendar-range", "2031-01-01 is outside the bank holiday calendar").code //=> "bad-calendar-range"
 */
export function kpikitError(code: string, message: string, name = "KpikitError"): KpikitError {
  const error = new Error(message) as Error & { code: string; [MARK]: true };
  error.name = name;
  error.code = code;
  error[MARK] = true;
  return error;
}

/**
 * True for errors thrown by kpikit, whichever bundled copy threw them (no `instanceof`).
 * @example
 * isKpikitError(kpikitError("x", "y")) //=> true
 */
export function isKpikitError(value: unknown): value is KpikitError {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[MARK] === true;
}
