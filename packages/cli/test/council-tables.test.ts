// Acceptance, as a new user would try it: councils' own tables in the layouts committee papers use, each given to
// `kpikit report --local` as it stands. Every figure of each table is in the report (a trend point of its row,
// marked local), each row's change is against the table's previous column with a figure (a long file: the
// previous comparable figure, else the latest earlier one), and each doubtful figure stops the report (exit 3)
// naming its row.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { FIXTURES, kpikit } from "./run-cli.js";

interface Value {
  value: number | null;
  status: string;
  period: { label: string };
  display: string;
}
interface Row {
  indicator: { id: string; polarity: string };
  current: Value | null;
  previous: Value | null;
  direction: string;
  directionReason: string;
  note?: string;
  target: { value: number } | null;
  trend: { period: { label: string }; value: number | null; status: string; origin?: string }[];
}

const tables = join(FIXTURES, "council-tables");
const dir = mkdtempSync(join(tmpdir(), "kpikit-council-tables-"));

function report(la: string, file: string, format = "json") {
  const r = kpikit(["report", "--la", la, "--local", file, "--format", format]);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return r.stdout;
}
const rowsOf = (la: string, file: string) => (JSON.parse(report(la, file)) as { rows: Row[] }).rows;

/** A figure of the table: indicator, period as kpikit labels it, value (null for a status such as [c]). */
type Figure = readonly [string, string, number | null];
/** A row's change: indicator, previous period and value, current period and value, direction. */
type Change = readonly [string, string, number | null, string, number | null, string];

/** The local trend points of the rows, as figures. */
const localFigures = (rows: readonly Row[]): Figure[] =>
  rows.flatMap((r) =>
    r.trend.filter((t) => t.origin === "local").map((t): Figure => [r.indicator.id, t.period.label, t.value]),
  );
const changes = (rows: readonly Row[], ids: readonly string[]): Change[] =>
  ids.map((id) => {
    const r = rows.find((x) => x.indicator.id === id);
    return [
      id,
      r?.previous?.period.label ?? "",
      r?.previous?.value ?? null,
      r?.current?.period.label ?? "",
      r?.current?.value ?? null,
      r?.direction ?? "",
    ];
  });

async function bristolWorkbook(file: string, reReferralsNow = 0.185): Promise<void> {
  const text = (value: string) => ({ value, type: String });
  const pct = (value: number) => ({ value, type: Number, format: "0.0%" });
  const num = (value: number) => ({ value, type: Number });
  const merged = (value: string) => ({ value, type: String, columnSpan: 5, fontWeight: "bold" });
  writeFileSync(
    file,
    await writeXlsxFile([
      [merged("Bristol children's social care: performance to September 2020"), null, null, null, null],
      [text("Indicator"), text("2018/19"), text("2019/20"), text("Sep 2020"), text("Target")],
      [text("Re-referral rate"), pct(0.212), pct(0.198), pct(reReferralsNow), pct(0.18)],
      [merged("Looked after children"), null, null, null, null],
      [text("CLA placed more than 20 miles from home"), pct(0.15), pct(0.14), pct(0.125), null],
      [text("Agency staff"), num(40), num(35.5), num(30), null],
    ] as never).toBuffer(),
  );
}

describe("kpikit report --local: councils' own tables, every figure in the report", () => {
  it.each<[string, string, string, readonly Figure[], readonly Change[]]>([
    [
      "a wide table with year columns and a current position of several value-label pairs",
      "Leeds",
      "leeds-wide.csv",
      [
        ["re-referrals-12m", "2017/18", 22.1],
        ["re-referrals-12m", "2018/19", 20.4],
        ["re-referrals-12m", "2019/20", 19.8],
        ["re-referrals-12m", "Q1 2020/21", 18.2],
        ["re-referrals-12m", "Aug 2020", 17.5],
        ["assessments-45wd", "2017/18", 88],
        ["assessments-45wd", "2018/19", 90.5],
        ["assessments-45wd", "2019/20", 91],
        ["assessments-45wd", "Q1 2020/21", 93],
        ["cpp-repeat", "2017/18", 18],
        ["cpp-repeat", "2018/19", 16],
        ["cpp-repeat", "2019/20", 15],
        ["cpp-repeat", "Q1 2020/21", 14],
        ["cla-reviews-on-time", "2017/18", 96],
        ["cla-reviews-on-time", "2018/19", 97],
        ["cla-reviews-on-time", "2019/20", 95.5],
        ["cla-reviews-on-time", "Sep 2020", 97.5],
      ],
      [
        // The latest figure against the previous column with a figure: 2019/20, or 2018/19 where 2019/20 is blank.
        ["re-referrals-12m", "2019/20", 19.8, "Aug 2020", 17.5, "improving"],
        ["assessments-45wd", "2019/20", 91, "Q1 2020/21", 93, "improving"],
        ["cpp-repeat", "2018/19", 16, "Q1 2020/21", 14, "improving"],
        ["cla-reviews-on-time", "2019/20", 95.5, "Sep 2020", 97.5, "improving"],
      ],
    ],
    [
      "quarter columns with target, polarity, RAG and comments columns",
      "Camden",
      "camden-quarterly.csv",
      [
        ["re-referrals-12m", "Q1 2020/21", 21.5],
        ["re-referrals-12m", "Q2 2020/21", 20.1],
        ["re-referrals-12m", "Q3 2020/21", 19],
        ["icpc-15wd", "Q1 2020/21", 78],
        ["icpc-15wd", "Q2 2020/21", 81],
        ["icpc-15wd", "Q3 2020/21", 85.5],
        ["cla-reviews-on-time", "Q1 2020/21", 95],
        ["cla-reviews-on-time", "Q2 2020/21", null],
        ["cla-reviews-on-time", "Q3 2020/21", 97],
        ["care-leavers-eet", "Q1 2020/21", 52],
        ["care-leavers-eet", "Q2 2020/21", 55],
        ["care-leavers-eet", "Q3 2020/21", null],
        ["care-leavers-in-touch", "Q1 2020/21", 88],
        ["care-leavers-in-touch", "Q2 2020/21", 90],
        ["care-leavers-in-touch", "Q3 2020/21", null],
      ],
      [
        ["re-referrals-12m", "Q2 2020/21", 20.1, "Q3 2020/21", 19, "improving"],
        ["icpc-15wd", "Q2 2020/21", 81, "Q3 2020/21", 85.5, "improving"],
        // n/a in Q2: the comparison is with Q1, the previous column with a figure.
        ["cla-reviews-on-time", "Q1 2020/21", 95, "Q3 2020/21", 97, "improving"],
        // [c] in Q3: the council's latest figure is withheld, so there is no change to judge.
        ["care-leavers-eet", "Q2 2020/21", 55, "Q3 2020/21", null, "not-comparable"],
        // Q3 blank (not yet reported): Q2 is the council's latest figure, compared with Q1.
        ["care-leavers-in-touch", "Q1 2020/21", 88, "Q2 2020/21", 90, "improving"],
      ],
    ],
    [
      "text pasted from a Word table: tab-separated, stray spaces, CRLF",
      "Herefordshire",
      "herefordshire-paste.txt",
      [
        ["cla-out-of-area", "2018/19", 33],
        ["cla-out-of-area", "2019/20", 31],
        ["cla-out-of-area", "Jun 2020", 29],
        ["cpp-open-2y", "2018/19", 3.1],
        ["cpp-open-2y", "2019/20", 2.5],
        ["cpp-open-2y", "Q1 2020/21", 2],
        ["assessments-median-wd", "2018/19", 27],
        ["assessments-median-wd", "2019/20", 25],
        ["assessments-median-wd", "Sep 2020", 24],
      ],
      [
        ["cla-out-of-area", "2019/20", 31, "Jun 2020", 29, "improving"],
        ["cpp-open-2y", "2019/20", 2.5, "Q1 2020/21", 2, "improving"],
        ["assessments-median-wd", "2019/20", 25, "Sep 2020", 24, "improving"],
      ],
    ],
    [
      "a long file: quarters beside years, a range, a status, snapshots",
      "Kent",
      "kent-long.csv",
      [
        ["re-referrals-12m", "2018/19", 24],
        ["re-referrals-12m", "2019/20", 22.5],
        ["re-referrals-12m", "Q1 2020/21", 21],
        ["cpp-repeat", "2019/20", null],
        ["cla-3-placements", "2018/19", 11],
        ["cla-3-placements", "2019/20", 10.5],
        ["care-leavers-in-touch", "2018/19", 88],
        ["care-leavers-in-touch", "2019/20", 91],
        ["agency-sw-count", "30 Sep 2019", 52],
        ["agency-sw-count", "30 Sep 2020", 45],
      ],
      [
        // No earlier quarter: the latest earlier figure, the reason saying the periods differ.
        ["re-referrals-12m", "2019/20", 22.5, "Q1 2020/21", 21, "improving"],
        ["cla-3-placements", "2018/19", 11, "2019/20", 10.5, "no-change"],
        ["care-leavers-in-touch", "2018/19", 88, "2019/20", 91, "improving"],
        ["agency-sw-count", "30 Sep 2019", 52, "30 Sep 2020", 45, "improving"],
      ],
    ],
  ])("%s (%s)", (_layout, la, name, figures, expected) => {
    const rows = rowsOf(la, join(tables, name));
    const own = localFigures(rows);
    // A change across periods of different kinds says so (a quarter against a year, a month against a year).
    for (const r of rows.filter((x) => expected.some((c) => c[0] === x.indicator.id))) {
      const kinds = (label = "") =>
        /^Q\d/.test(label) ? "quarter" : /^\d{4}\/\d{2}$/.test(label) ? "year" : label.length;
      if (kinds(r.previous?.period.label) !== kinds(r.current?.period.label) && r.current?.value != null)
        expect([r.indicator.id, r.directionReason]).toEqual([
          r.indicator.id,
          expect.stringContaining("the periods differ"),
        ]);
    }
    expect([...own].sort()).toEqual([...figures].sort());
    expect(changes(rows, [...new Set(expected.map((c) => c[0]))])).toEqual(expected);
  });

  it("an XLSX with percentage-formatted cells, a merged title and a merged section heading (Bristol)", async () => {
    const file = join(dir, "bristol.xlsx");
    await bristolWorkbook(file);
    const rows = rowsOf("Bristol", file);
    // 0.212 shown as 21.2% is read as 21.2; the merged section heading is a heading, not an indicator.
    expect(localFigures(rows).sort()).toEqual(
      (
        [
          ["re-referrals-12m", "2018/19", 21.2],
          ["re-referrals-12m", "2019/20", 19.8],
          ["re-referrals-12m", "Sep 2020", 18.5],
          ["cla-distance-20m", "2018/19", 15],
          ["cla-distance-20m", "2019/20", 14],
          ["cla-distance-20m", "Sep 2020", 12.5],
          ["agency-sw-count", "2018/19", 40],
          ["agency-sw-count", "2019/20", 35.5],
          ["agency-sw-count", "Sep 2020", 30],
        ] as Figure[]
      ).sort(),
    );
    expect(changes(rows, ["re-referrals-12m", "cla-distance-20m", "agency-sw-count"])).toEqual([
      ["re-referrals-12m", "2019/20", 19.8, "Sep 2020", 18.5, "improving"],
      ["cla-distance-20m", "2019/20", 14, "Sep 2020", 12.5, "improving"],
      ["agency-sw-count", "2019/20", 35.5, "Sep 2020", 30, "improving"],
    ]);
    expect(rows.find((r) => r.indicator.id === "re-referrals-12m")?.target?.value).toBe(18);
  });

  it("an XLSX whose header is in two rows: merged group headings over the periods", async () => {
    const file = join(dir, "two-row-header.xlsx");
    const t = (value: string, extra = {}) => ({ value, type: String, ...extra });
    const pct = (value: number) => ({ value, type: Number, format: "0.0%" });
    writeFileSync(
      file,
      await writeXlsxFile([
        [
          t("Indicator", { rowSpan: 2 }),
          t("Outturn", { columnSpan: 2 }),
          null,
          t("In year"),
          t("Target", { rowSpan: 2 }),
        ],
        [null, t("2018/19"), t("2019/20"), t("Sep 2020"), null],
        [t("Re-referral rate"), pct(0.212), pct(0.198), pct(0.185), pct(0.18)],
        [t("ICPCs within 15 days"), pct(0.81), pct(0.84), pct(0.9), pct(0.9)],
      ] as never).toBuffer(),
    );
    const rows = rowsOf("Bristol", file);
    expect(localFigures(rows).sort()).toEqual(
      (
        [
          ["re-referrals-12m", "2018/19", 21.2],
          ["re-referrals-12m", "2019/20", 19.8],
          ["re-referrals-12m", "Sep 2020", 18.5],
          ["icpc-15wd", "2018/19", 81],
          ["icpc-15wd", "2019/20", 84],
          ["icpc-15wd", "Sep 2020", 90],
        ] as Figure[]
      ).sort(),
    );
    expect(changes(rows, ["re-referrals-12m", "icpc-15wd"])).toEqual([
      ["re-referrals-12m", "2019/20", 19.8, "Sep 2020", 18.5, "improving"],
      ["icpc-15wd", "2019/20", 84, "Sep 2020", 90, "improving"],
    ]);
    expect(rows.find((r) => r.indicator.id === "icpc-15wd")?.target?.value).toBe(90);
  });

  it("shows a range, a withheld figure and the table's notes in the Markdown and CSV as in the JSON", () => {
    const md = report("Kent", join(tables, "kent-long.csv"), "md");
    expect(md).toMatch(/90(\.0)?%–92(\.0)?%/);
    expect(md).toContain("Range from two case systems");
    const csv = report("Camden", join(tables, "camden-quarterly.csv"), "csv");
    expect(csv).toContain("Audit of repeat referrals, see appendix");
    expect(csv).toMatch(/care-leavers-eet[^\r\n]*\[c\]/);
  });
});

describe("kpikit report --local: a doubtful figure in any layout stops the report, naming its row", () => {
  it.each<[string, string, string, RegExp]>([
    [
      "an unquoted decimal comma in a wide CSV",
      "decimal-comma.csv",
      "Indicator,2018/19,2019/20\nSingle Assessments within 45 days,88%,90%\nRe-referral rate,20.4%,19,8%\n",
      /decimal-comma\.csv:3:\d+: error: .*(field|comma)/i,
    ],
    [
      "a percentage above 100 in a current position",
      "over-100.csv",
      "Indicator,2018/19,Current position\nICPCs within 15 days,88%,104% Q1 20/21\n",
      /over-100\.csv:2:3: error: 104 is not a percentage \(above 100\)/,
    ],
    [
      "a negative figure pasted from Word",
      "negative.txt",
      "Indicator\t2019/20\tCurrent position\nCLA placed out of county\t31%\t29% Jun-20\nAgency staff\t52\t-3 (Sept 2020)\n",
      /negative\.txt:3:3: error: -3 is negative/,
    ],
    [
      "a percentage above 100 in a quarterly long file",
      "long.csv",
      "indicator,period,value\nRe-referral rate,Q1 2020/21,21%\nRe-referral rate,Q2 2020/21,210%\n",
      /long\.csv:3:value: error: 210 is not a percentage \(above 100\)/,
    ],
  ])("%s", (_what, name, text, message) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const out = join(dir, `${name}.html`);
    const r = kpikit(["report", "--la", "Leeds", "--local", file, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("a percentage-formatted cell of 104% in a workbook", async () => {
    const file = join(dir, "bristol-over-100.xlsx");
    await bristolWorkbook(file, 1.04);
    const r = kpikit(["report", "--la", "Bristol", "--local", file, "--json"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bristol-over-100\.xlsx:3:4: error: 104 is not a percentage \(above 100\)/);
  });
});
