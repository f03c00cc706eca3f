import { expect, it } from "vitest";
import { issueText } from "./issue-text.js";

it("formats file:row:column", () => {
  expect(
    issueText({
      code: "bad-period",
      file: "local.csv",
      row: 4,
      column: "period",
      message: 'unknown period "Q5"',
    }),
  ).toBe('local.csv:4:period: error: unknown period "Q5"');
  expect(issueText({ code: "w", severity: "warning", file: "a.csv", row: 2, message: "x" })).toBe(
    "a.csv:2: warning: x",
  );
  expect(issueText({ code: "k", file: "c.yaml", path: ["comparators", "x"], message: "m" })).toBe(
    "c.yaml: error: m (at comparators.x)",
  );
});

it.each([
  ["8500", "cin.xml:9:5: error: <LAchildID> is missing. (DfE rule 8500)"],
  ["4000, 8831, 8832", "cin.xml:9:5: error: <LAchildID> is missing. (DfE rules 4000, 8831, 8832)"],
  [undefined, "cin.xml:9:5: error: <LAchildID> is missing."],
])("names the DfE rule %s after the message", (rule, line) => {
  const issue = { code: "c", file: "cin.xml", row: 9, column: 5, message: "<LAchildID> is missing." };
  expect(issueText(rule === undefined ? issue : { ...issue, rule })).toBe(line);
});
