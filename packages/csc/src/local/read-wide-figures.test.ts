import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findIndicator } from "../catalogue/index.js";
import { localFigureRows, localFiguresCsv } from "./local-figures-csv.js";
import { localTableFromBytes } from "./local-table-text.js";
import { readLocalFigures } from "./read-local-figures.js";
import { wideColumnOf } from "./read-wide-figures.js";
import type { LocalFiguresResult } from "./types.js";

const resolver = { findIndicator };
const bytes = (text: string) => new TextEncoder().encode(text);
function read(text: string, file = "table.csv"): LocalFiguresResult {
  const t = localTableFromBytes(bytes(text), file);
  if (!t.ok) throw new Error(t.issues.map((i) => i.message).join("; "));
  return readLocalFigures(t.table, resolver);
}
const errors = (r: LocalFiguresResult) => r.issues.filter((i) => i.severity !== "warning");
const seedTable = readFileSync(
  new URL("../../../../examples/wiltshire-2020/performance-table.tsv", import.meta.url),
  "utf8",
);

describe("wideColumnOf", () => {
  it.each([
    ["Indicator", "indicator"],
    ["Performance measure", "indicator"],
    ["2018/19 (Q4, FY or 31 Mar snapshot)", "period"],
    ["Q2 2020/21", "period"],
    ["2019/20 Actual", "period"],
    ["Outturn 2019/20", "period"],
    ["Current position", "current"],
    ["Latest", "current"],
    ["Target 2020/21", "target"],
    ["Good performance is", "polarity"],
    ["Comments", "comments"],
    ["RAG", "rag"],
    ["England 2019/20", "benchmark"],
    ["Statistical neighbours", "benchmark"],
    ["Owner", "unknown"],
  ])("%j is %s", (header, kind) => expect(wideColumnOf(header).kind).toBe(kind));
});

describe("the Wiltshire table (seed 003) as it stands in the committee paper", () => {
  const r = read(seedTable, "performance-table.tsv");
  // Every figure written in the table: a number before %, "days", or a bracket, in the two figure columns.
  const written = seedTable
    .trim()
    .split("\n")
    .slice(1)
    .flatMap((line) => line.split("\t").slice(1))
    .flatMap((cell) => cell.match(/(?:^|[.,]\s)\d+(?:\.\d+)?(?:-\d+)?/g) ?? []);

  it("is read as a wide table with no errors, every row an indicator", () => {
    expect(r.layout).toBe("wide");
    expect(errors(r)).toEqual([]);
    expect(r.indicators).toHaveLength(20);
  });

  it("keeps every figure of the table, intermediate ones included", () => {
    expect(written).toHaveLength(50);
    expect(r.figures).toHaveLength(written.length);
    const reRef = r.figures.filter((f) => f.indicator.id === "re-referrals-12m");
    expect(reRef.map((f) => [f.period.label, f.value])).toEqual([
      ["2018/19", 15],
      ["2019/20", 19.4],
      ["Aug 2020", 18.9],
    ]);
  });

  it("compares each row's latest figure with its 2018/19 column (the adoption row with its own 2016-19)", () => {
    const baselines = r.indicators.map((i) => i.baseline?.label);
    expect(baselines.filter((b) => b === "2018/19")).toHaveLength(19);
    expect(r.indicators.find((i) => i.indicatorId === "adoption-a1")?.baseline?.label).toBe(
      "2016/17 to 2018/19",
    );
  });

  it("keeps a range's ends and says how an open-ended figure was read", () => {
    const stability = r.figures.find((f) => f.indicator.id === "cla-long-term-stability" && f.range);
    expect(stability?.range).toEqual({ low: 75, high: 77 });
    expect(stability?.value).toBe(76);
    const since = r.figures.find((f) => f.indicator.id === "s47-over-21wd" && f.value === 0);
    expect(since?.period.label).toBe("9 months to Jun 2020");
    expect(since?.note).toContain("since Q3 19/20");
    expect(r.issues.find((i) => i.code === "open-period-read")).toMatchObject({
      severity: "warning",
      row: 8,
      column: 3,
    });
  });
});

describe("other councils' layouts", () => {
  it("a column per year and quarter, with target, polarity, comments, RAG and a benchmark", () => {
    const r = read(
      [
        "Measure,2019/20,Q1 2020/21,Q2 2020/21,Target,Good performance is,England 2019/20,RAG,Comments",
        'Re-referral rate,22.1%,20.5%,19.0%,18%,Low,22.6%,Amber,"Audit of repeat referrals under way"',
        "Repeat CP Plan,21%,n/a,[c],20%,High,22.1%,Green,",
        "Child protection,,,,,,,,",
        "Agency staff,41,-,,30,Low,,,",
      ].join("\r\n"),
    );
    expect(errors(r)).toEqual([]);
    expect(r.figures.map((f) => `${f.indicator.id} ${f.period.label} ${f.value ?? f.status}`)).toEqual([
      "re-referrals-12m 2019/20 22.1",
      "re-referrals-12m Q1 2020/21 20.5",
      "re-referrals-12m Q2 2020/21 19",
      "cpp-repeat 2019/20 21",
      "cpp-repeat Q1 2020/21 not-applicable",
      "cpp-repeat Q2 2020/21 suppressed",
      "agency-sw-count 2019/20 41",
      "agency-sw-count Q1 2020/21 not-available",
      "agency-sw-count Q2 2020/21 not-available",
    ]);
    const row = r.indicators.find((i) => i.indicatorId === "re-referrals-12m");
    expect(row).toMatchObject({ target: 18, polarity: "lower-is-better", baseline: { label: "Q1 2020/21" } });
    expect(row?.note).toContain("Audit of repeat referrals");
    expect(row?.note).toContain("England 2019/20 (the council's own figure): 22.6%");
    expect(row?.note).toContain("The council's own rating: Amber");
    // The table says higher is better for repeat plans; the catalogue says lower: a warning, the catalogue wins.
    expect(r.issues.find((i) => i.code === "polarity-disagrees")?.row).toBe(3);
    // A heading row between indicators is skipped, not an error.
    expect(r.skipped.map((s) => s.row)).toEqual([4]);
    // The latest figure is the withheld Q2 ([c]); n/a gives no number: the previous column with a figure is 2019/20.
    expect(r.indicators.find((i) => i.indicatorId === "cpp-repeat")?.baseline?.label).toBe("2019/20");
    // Agency staff's later columns are blank and "-": its latest figure is 2019/20, with nothing before it.
    expect(r.indicators.find((i) => i.indicatorId === "agency-sw-count")?.baseline).toBeUndefined();
  });

  it("text pasted from a Word table: tabs, a title line, a current position with its period in the header", () => {
    const r = read(
      [
        "Table 2: performance summary",
        "Indicator\tBaseline 2019/20\tCurrent position (Sept 2020)\tComments",
        "Single assessments within 45 days\t80%\t84%\tImproving",
        "Re-referral rate\t21%\t19.5% Aug-20\t",
      ].join("\n"),
      "paste.txt",
    );
    expect(errors(r)).toEqual([]);
    expect(r.issues.find((i) => i.code === "title-line")?.row).toBe(1);
    expect(r.figures.map((f) => `${f.period.label} ${f.value}`)).toEqual([
      "2019/20 80",
      "Sep 2020 84",
      "2019/20 21",
      "Aug 2020 19.5",
    ]);
  });

  it("a TSV with snapshots and months", () => {
    const r = read(
      "KPI\t31 Mar 2019\t31 Mar 2020\tLatest\nCLA placed out of county\t25%\t33%\t29% Jun-20\n",
      "f.tsv",
    );
    expect(errors(r)).toEqual([]);
    expect(r.figures.map((f) => f.period.label)).toEqual(["31 Mar 2019", "31 Mar 2020", "Jun 2020"]);
    expect(r.indicators[0]?.baseline?.label).toBe("31 Mar 2020");
  });
});

describe("every row read is used or reported", () => {
  it.each<[string, number[], readonly (readonly [number, RegExp])[]]>([
    // A table of headings only is refused: no figure, and the reason names the first row.
    [",2019/20\nx|y\n", [2], [[2, /a heading, no figures/]]],
    [
      "Indicator,2019/20\nChild protection\nEarly help\n",
      [2],
      [
        [2, /heading/],
        [3, /heading/],
      ],
    ],
    // A row with neither indicator nor figures (only a comment) is skipped with its reason.
    [
      "Indicator,2019/20,Comments\nRe-referral rate,19%,\n,,see the note\n",
      [],
      [[3, /no indicator and no figures/]],
    ],
  ])("%j", (text, refusedAt, skipped) => {
    const r = read(text);
    expect(errors(r).map((i) => [i.code, i.row])).toEqual(refusedAt.map((row) => ["no-figures", row]));
    expect(r.skipped.map((s) => s.row)).toEqual(skipped.map(([row]) => row));
    for (const [i, s] of r.skipped.entries()) expect(s.reason).toMatch(skipped[i]![1]);
    const named = new Set([...r.figures.map((f) => f.row), ...r.skipped.map((s) => s.row)]);
    const rows = text.split("\n").length - 2;
    expect(named.size + refusedAt.filter((row) => !named.has(row)).length).toBe(rows);
  });
});

describe("nothing silently changed", () => {
  it.each<[string, string, string]>([
    ["Indicator,2019/20\nRe-referral rate,104%\n", "implausible-value", "above 100"],
    ["Indicator,2019/20\nChildren looked after at 31 March,-3\n", "implausible-value", "negative count"],
    [
      "Indicator,2019/20\nChild into care to moving in with adoptive family (days),-5 days\n",
      "implausible-value",
      "negative",
    ],
    ["Indicator,2019/20\nAgency staff,100000000000000000000000000000000\n", "implausible-value", "too large"],
    ["Indicator,2019/20,Target\nRe-referral rate,19%,180%\n", "implausible-value", "above 100"],
    ["Indicator,Current position\nRe-referral rate,19%\n", "missing-period", "has no period"],
    ["Indicator,Current position\nRe-referral rate,awaiting data\n", "bad-value", "holds no figure"],
    ["Indicator,2019/20\nNo such measure,19%\n", "unknown-indicator", "unknown indicator"],
  ])("%j → %s", (text, code, words) => {
    const r = read(text);
    const issue = errors(r).find((i) => i.code === code);
    expect(issue?.message).toContain(words);
    expect(issue?.row).toBe(2);
  });

  it("an unquoted decimal comma is an error naming the row, in a long or a wide file", () => {
    for (const text of [
      "indicator,period,value\nre-referrals-12m,2019/20,19,4%\n",
      "Indicator,2018/19,Current position\nAgency staff,66,23 (Sept 2020)\nRe-referral rate,15%,19,4% Year End 19/20\n",
    ]) {
      const t = localTableFromBytes(bytes(text), "f.csv");
      expect(t.ok).toBe(false);
      const issue = !t.ok ? t.issues.find((i) => i.code === "extra-fields") : undefined;
      expect(issue?.message).toContain("19,4");
      expect(issue?.row).toBe(text.includes("Agency") ? 3 : 2);
    }
  });

  it("keeps a [u] marker as low reliability", () => {
    const r = read("indicator,period,value\nre-referrals-12m,2019/20,12.3 [u]\n");
    expect(r.figures[0]).toMatchObject({ value: 12.3, status: "low-reliability" });
  });

  it("for any cell text, never throws and locates every error", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 3, maxLength: 3 }), (cells) => {
        const line = cells.map((c, i) => (i === 0 ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
        const t = localTableFromBytes(
          bytes(`Indicator,2018/19,Current position\nRe-referral rate,${line}\n`),
          "f.csv",
        );
        const r = t.ok ? readLocalFigures(t.table, resolver) : undefined;
        for (const i of t.ok ? (r?.issues ?? []) : t.issues) expect(i.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("any mutation of the Wiltshire table", () => {
  const lines = seedTable
    .trim()
    .split("\n")
    .map((l) => l.split("\t"));
  const cellText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      "n/a",
      "-",
      "[c]",
      "",
      "104%",
      "-3",
      "19,4%",
      "12.3 [u]",
      "0% since Q3 19/20",
      "75-77%",
      "Aug-20",
      "x",
    ),
    fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map(String),
  );
  it("never throws, locates every error, and accounts for every row (an indicator row, skipped, or in error)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: lines.length - 1 }),
        fc.integer({ min: 0, max: 2 }),
        cellText,
        (r, c, text) => {
          const grid = lines.map((l) => [...l]);
          (grid[r] as string[])[c] = text.replace(/[\t\r\n"]/g, " ");
          const t = localTableFromBytes(bytes(grid.map((l) => l.join("\t")).join("\n")), "t.tsv");
          if (!t.ok) {
            for (const i of t.issues) expect(i.row).toBeGreaterThanOrEqual(1);
            return;
          }
          const out = readLocalFigures(t.table, resolver);
          const bad = errors(out);
          for (const i of bad) expect([i.row, i.column].every((x) => x !== undefined)).toBe(true);
          const accounted = new Set([
            ...out.indicators.map((i) => i.row),
            ...out.skipped.map((x) => x.row),
            ...bad.map((i) => i.row),
          ]);
          for (const row of t.table.rows)
            if (row.cells.some((x) => String(x).trim() !== "")) expect(accounted.has(row.row)).toBe(true);
          // A number is never invented: every figure with a value comes from a cell that holds text; a blank
          // cell is a status (not available), never a number.
          for (const f of out.figures) {
            const written = String(
              t.table.rows.find((x) => x.row === f.row)?.cells[(f.column ?? 1) - 1] ?? "",
            ).trim();
            if (written === "") expect([f.value, f.status]).toEqual([null, "not-available"]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("localFiguresCsv", () => {
  it("writes a long file that reads back to the same figures", () => {
    const wide = read(seedTable, "performance-table.tsv");
    const csv = localFiguresCsv(localFigureRows(wide.figures));
    const long = read(csv, "local-figures.csv");
    expect(errors(long)).toEqual([]);
    expect(
      long.figures.map((f) => [f.indicator.id, f.period.start, f.period.end, f.value, f.status, f.range]),
    ).toEqual(
      wide.figures.map((f) => [f.indicator.id, f.period.start, f.period.end, f.value, f.status, f.range]),
    );
  });
});

describe("a period a row gives twice", () => {
  it.each<[string, string, readonly (readonly [string, number | null])[], readonly string[]]>([
    [
      "a blank column and a figure for its period in the current position: the figure",
      'Indicator,2018/19,2019/20,Current position\nRepeat CP plans,16%,,"15% CIN Census 19/20. 14% Q1 20/21"\n',
      [
        ["2018/19", 16],
        ["2019/20", 15],
        ["Q1 2020/21", 14],
      ],
      [],
    ],
    [
      "the same figure twice: one figure",
      "Indicator,2019/20,Current position\nRepeat CP plans,15%,15% Year End 19/20\n",
      [["2019/20", 15]],
      [],
    ],
    [
      "a status and a figure: an error naming both",
      "Indicator,2019/20,Current position\nRepeat CP plans,n/a,15% Year End 19/20\n",
      [],
      ['Repeat CP plans has two figures for 2019/20: [z] (column 2) and "15%"; keep one'],
    ],
  ])("%s", (_name, text, figures, errorMessages) => {
    const r = read(text);
    expect(errors(r).map((i) => i.message)).toEqual(errorMessages);
    if (errorMessages.length === 0) expect(r.figures.map((f) => [f.period.label, f.value])).toEqual(figures);
  });
});

describe("a header in two rows (a merged group heading)", () => {
  it.each<[string, string, readonly (readonly [string, string, number | null])[]]>([
    [
      "group headings over year and month columns, the indicator and target merged down",
      "Indicator,Outturn,,In year,Target\n,2018/19,2019/20,Sep 2020,\nRe-referral rate,21.2%,19.8%,18.5%,18%\n",
      [
        ["re-referrals-12m", "2018/19", 21.2],
        ["re-referrals-12m", "2019/20", 19.8],
        ["re-referrals-12m", "Sep 2020", 18.5],
      ],
    ],
    [
      "a group heading over quarters and a current position",
      "Measure,Quarterly,,\n,Q1 2020/21,Q2 2020/21,Current position\nRepeat CP plans,15%,16%,14% Oct-20\n",
      [
        ["cpp-repeat", "Q1 2020/21", 15],
        ["cpp-repeat", "Q2 2020/21", 16],
        ["cpp-repeat", "Oct 2020", 14],
      ],
    ],
  ])("%s", (_name, text, figures) => {
    const r = read(text);
    expect(errors(r)).toEqual([]);
    expect(r.figures.map((f) => [f.indicator.id, f.period.label, f.value])).toEqual(figures);
    expect(r.indicators[0]?.target ?? null).toBe(text.includes("Target") ? 18 : null);
  });

  it("a second row with a figure in it is data, not a header", () => {
    const r = read("Indicator,Outturn,Other\n,2019/20,5\n");
    expect(r.layout).toBe("long");
    expect(errors(r).length).toBeGreaterThan(0);
  });
});
