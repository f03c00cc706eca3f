import { describe, expect, it } from "vitest";
import type { ChangeStatus } from "../direction/types.js";
import { financialYear } from "../period/index.js";
import type { RagStatus } from "../rag/types.js";
import { detailRows, groupDataQuality, hasFigure, isBigChange } from "./index.js";
import type { ScorecardRow, ScorecardValue } from "./types.js";

const value = (status: ScorecardValue["status"] = "ok"): ScorecardValue => ({
  period: financialYear(2024),
  value: status === "ok" ? 10 : null,
  status,
  display: status === "ok" ? "10" : "[x]",
});
const row = (
  id: string,
  rag: RagStatus,
  change: ChangeStatus | null,
  relative: number | null = 0.2,
  current: ScorecardValue | null = value(),
): ScorecardRow =>
  ({
    indicator: { id, title: `Title ${id}`, shortTitle: `Short ${id}` },
    current,
    change: change === null ? null : { absolute: 1, relative, display: "+1" },
    rag: { status: rag, basis: "none", reason: "" },
    ...(change === null ? {} : { changeRating: { status: change, label: "", reason: "", rule: "band" } }),
  }) as unknown as ScorecardRow;

describe("the paper's rows", () => {
  it.each([
    [value(), true],
    [value("suppressed"), true],
    [value("low-reliability"), true],
    [value("not-available"), false],
    [null, false],
  ] as const)("hasFigure(%j) is %s", (current, expected) => {
    expect(hasFigure({ current })).toBe(expected);
  });

  it.each([
    ["a", true],
    ["b", true],
    ["c", false],
  ])("%s is among the biggest changes: %s", (id, expected) => {
    const summary = { biggestImprovements: ["a"], biggestDeteriorations: ["b"] };
    expect(isBigChange({ summary }, { indicator: { id } })).toBe(expected);
  });

  const rows = [
    row("red", "red", "no-significant-change"),
    row("amber", "amber", null),
    row("green-big", "green", "improving", 0.3),
    row("green-small", "green", "improving", 0.05),
    row("green-flat", "green", "no-significant-change"),
    row("red-no-figure", "red", null, null, value("not-available")),
    row("not-rated", "not-rated", "not-judged"),
  ];
  it.each([
    ["none", []],
    ["rated", ["red", "amber", "green-big"]],
    ["all", ["red", "amber", "green-big", "green-small", "green-flat", "not-rated"]],
  ] as const)("detail %s shows %j", (level, ids) => {
    const summary = { biggestImprovements: ["green-big", "red-no-figure"], biggestDeteriorations: [] };
    expect(detailRows({ rows, summary }, level).map((r) => r.indicator.id)).toEqual(ids);
  });

  it("groups data-quality notes per indicator, report-wide notes first", () => {
    const groups = groupDataQuality({
      rows: [row("a", "red", null)],
      dataQuality: [
        { code: "p", message: "Short a: one", indicatorId: "a" },
        { code: "q", message: "general" },
        { code: "r", message: "gone", indicatorId: "b" },
        { code: "s", message: "two", indicatorId: "a" },
      ],
    });
    expect(groups.map((g) => [g.indicatorId, g.title, g.messages])).toEqual([
      [undefined, undefined, ["general"]],
      ["a", "Title a", ["one", "two"]],
      ["b", undefined, ["gone"]],
    ]);
  });
});

describe("a data-quality group's line", () => {
  it.each([
    [[["duplicate-observation", "x"]], "a duplicate left out"],
    [
      [
        ["duplicate-observation", "x"],
        ["duplicate-observation", "y"],
      ],
      "2 duplicates left out",
    ],
    [
      [
        ["baseline-comparison", "x"],
        ["own-note", "Short a: kept as written"],
        ["baseline-comparison", "y"],
      ],
      "the change is from the baseline; kept as written",
    ],
    [[["local-row-skipped", "Short a: row 4 skipped"]], "row 4 skipped"],
  ] as const)("%j reads %s", (notes, line) => {
    const [g] = groupDataQuality({
      rows: [row("a", "red", null)],
      dataQuality: notes.map(([code, message]) => ({ code, message, indicatorId: "a" })),
    });
    expect(g?.summary).toBe(line);
  });
});
