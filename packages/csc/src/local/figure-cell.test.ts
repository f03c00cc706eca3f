import { describe, expect, it } from "vitest";
import { splitFigureCell, tablePeriod } from "./figure-cell.js";

describe("splitFigureCell", () => {
  it.each<[string, readonly (readonly [string, string])[]]>([
    ["23 (Sept 2020)", [["23", "Sept 2020"]]],
    ["76% in Q1 20/21", [["76%", "Q1 20/21"]]],
    [
      "19.4% Year End 19/20. 18.9% Aug-20",
      [
        ["19.4%", "Year End 19/20"],
        ["18.9%", "Aug-20"],
      ],
    ],
    [
      "81% CIN Census 19/20. 87% Q1 20/21",
      [
        ["81%", "CIN Census 19/20"],
        ["87%", "Q1 20/21"],
      ],
    ],
    [
      "90% in 19/20, 100% in Q1 20/21",
      [
        ["90%", "19/20"],
        ["100%", "Q1 20/21"],
      ],
    ],
    ["34% CLA Census 19/20.", [["34%", "CLA Census 19/20"]]],
    ["346 days (17-20)", [["346 days", "17-20"]]],
    ["377 (16-19)", [["377", "16-19"]]],
    [
      "1,234 at 31 Mar 2020; 1,301 Q1 20/21",
      [
        ["1,234", "31 Mar 2020"],
        ["1,301", "Q1 20/21"],
      ],
    ],
    ["Q1 20/21: 87%", [["87%", "Q1 20/21"]]],
    ["15%", [["15%", ""]]],
    ["75-77%", [["75-77%", ""]]],
    ["[c]", [["[c]", ""]]],
    ["n/a", [["n/a", ""]]],
    ["-", [["-", ""]]],
    ["", [["", ""]]],
  ])("%j → %j", (text, pairs) => {
    const r = splitFigureCell(text);
    expect(r.ok && r.parts.map((p) => [p.value, p.label])).toEqual(pairs);
  });

  it("marks a figure given only from a start (since)", () => {
    const r = splitFigureCell("0% since Q3 19/20");
    expect(r.ok && r.parts).toEqual([{ value: "0%", label: "Q3 19/20", since: true }]);
  });

  it.each(["awaiting data", "see narrative", "19,4% Aug-20"])("refuses %j with a reason", (text) => {
    const r = splitFigureCell(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(text.split(" ")[0]);
  });
});

describe("tablePeriod", () => {
  it.each<[string, string | null, string | null]>([
    ["2018/19 (Q4, FY or 31 Mar snapshot)", "2018/19", "all within 2018/19"],
    ["2019/20 (provisional)", "2019/20", "(provisional)"],
    ["Q1 20/21", "Q1 2020/21", null],
    ["Aug-20", "Aug 2020", null],
    ["Current position", null, null],
  ])("%j → %j", (label, expected, note) => {
    const r = tablePeriod(label);
    expect(r.ok ? r.period.label : null).toBe(expected);
    if (note) expect(r.ok && r.note).toContain(note);
    else if (r.ok) expect(r.note).toBeUndefined();
  });
});
