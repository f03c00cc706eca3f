import type { Issue } from "@kpikit/core";

/**
 * One issue as a compiler-style line: `file:row:column: severity: message`, then the DfE rule when the issue
 * has one (`(DfE rule 8500)`).
 * @example
 * issueText({ code: "bad-period", file: "local.csv", row: 4, column: "period", message: "unknown period \"Q5\"" })
 * //=> "local.csv:4:period: error: unknown period \"Q5\""
 * issueText({ code: "cin-missing-element", file: "cin.xml", row: 9, column: 5, message: "<LAchildID> is missing.", rule: "8500" })
 * //=> "cin.xml:9:5: error: <LAchildID> is missing. (DfE rule 8500)"
 */
export function issueText(issue: Issue): string {
  const where = [issue.file, issue.row, issue.column].filter((p) => p !== undefined && p !== "").join(":");
  const path =
    issue.path && issue.path.length > 0 && issue.row === undefined ? ` (at ${issue.path.join(".")})` : "";
  const rule = issue.rule ? ` (DfE rule${issue.rule.includes(",") ? "s" : ""} ${issue.rule})` : "";
  return `${where ? `${where}: ` : ""}${issue.severity ?? "error"}: ${issue.message}${rule}${path}`;
}
