import type { Issue } from "@kpikit/core";

/**
 * One issue as a compiler-style line: `file:row:column: severity: message`.
 * @example
 * issueText({ code: "bad-period", file: "local.csv", row: 4, column: "period", message: "unknown period \"Q5\"" })
 * //=> "local.csv:4:period: error: unknown period \"Q5\""
 */
export function issueText(issue: Issue): string {
  const where = [issue.file, issue.row, issue.column].filter((p) => p !== undefined && p !== "").join(":");
  const path =
    issue.path && issue.path.length > 0 && issue.row === undefined ? ` (at ${issue.path.join(".")})` : "";
  return `${where ? `${where}: ` : ""}${issue.severity ?? "error"}: ${issue.message}${path}`;
}
