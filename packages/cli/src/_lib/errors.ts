import type { Issue } from "@kpikit/core";

const MARK = "kpikit.cli-failure";

/** Exit codes of the `kpikit` command. */
export const EXIT = { ok: 0, internal: 1, usage: 2, invalidInput: 3, failOn: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure that `main.ts` turns into an exit code and a message (never a stack trace). */
export interface CliFailure extends Error {
  readonly exitCode: ExitCode;
  readonly code: string;
  readonly issues: readonly Issue[];
  readonly [MARK]: true;
}

function failure(
  exitCode: ExitCode,
  code: string,
  message: string,
  issues: readonly Issue[] = [],
): CliFailure {
  const error = new Error(message) as Error & {
    exitCode: ExitCode;
    code: string;
    issues: readonly Issue[];
    [MARK]: true;
  };
  error.name = "CliFailure";
  error.exitCode = exitCode;
  error.code = code;
  error.issues = issues;
  error[MARK] = true;
  return error;
}

/** Wrong arguments: exit code 2. */
export function usageError(message: string): CliFailure {
  return failure(EXIT.usage, "usage", message);
}

/** Bad input files: exit code 3, with every issue found. */
export function inputError(message: string, issues: readonly Issue[] = []): CliFailure {
  return failure(EXIT.invalidInput, "invalid-input", message, issues);
}

/** `--fail-on` matched: exit code 4 (outputs were still written). */
export function failOnError(message: string): CliFailure {
  return failure(EXIT.failOn, "fail-on", message);
}

/** True for the failures above (checked by mark, not `instanceof`). */
export function isCliFailure(value: unknown): value is CliFailure {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[MARK] === true;
}

/** The errors among issues (issues without a severity are errors). */
export function errorsOf(issues: readonly Issue[]): readonly Issue[] {
  return issues.filter((i) => i.severity !== "warning");
}
