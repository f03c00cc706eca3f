import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { kpikit, REPO } from "./run-cli.js";

interface Row {
  indicator: { id: string };
  current: { value: number; period: { label: string }; display: string } | null;
  previous: { value: number; period: { label: string }; display: string } | null;
  direction: string;
  note?: string;
  target: { value: number } | null;
  trend: { period: { label: string }; value: number | null; origin?: string }[];
}
interface Doc {
  rows: Row[];
  provenance: { name: string; description: string }[];
  dataQuality: { code: string; message: string; indicatorId?: string }[];
}
const table = join(REPO, "examples/wiltshire-2020/performance-table.tsv");
const report = (args: string[]) => {
  const r = kpikit(["report", "--la", "Wiltshire", ...args, "--json"]);
  if (r.code !== 0) throw new Error(r.stderr);
  return { doc: JSON.parse(r.stdout) as Doc, stderr: r.stderr };
};
const row = (doc: Doc, id: string) => doc.rows.find((r) => r.indicator.id === id);

describe("kpikit init --from <table>", () => {
  it("writes the table as a long file and a config that give the same report", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-init-from-"));
    const r = kpikit(["init", "--la", "Wiltshire", "--from", table, "--dir", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("a wide table): 50 figures for 20 indicators");
    const config = readFileSync(join(dir, "kpikit.config.yaml"), "utf8");
    expect(config).toContain('baseline: "2018/19"');
    expect(config.match(/^ {2}- /gm)).toHaveLength(20);
    const long = report([
      "--local",
      join(dir, "local-figures.csv"),
      "--config",
      join(dir, "kpikit.config.yaml"),
    ]);
    const wide = report(["--local", table]);
    expect(long.doc.rows).toHaveLength(20);
    expect(
      long.doc.rows.map((x) => [x.indicator.id, x.current?.value, x.previous?.value, x.direction]),
    ).toEqual(
      // Without a config the report adds the published indicators after the table's own rows.
      wide.doc.rows
        .slice(0, 20)
        .map((x) => [x.indicator.id, x.current?.value, x.previous?.value, x.direction]),
    );
  });

  it("refuses a table with an error, writing nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-init-from-"));
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "Indicator,2019/20\nRe-referral rate,140%\n");
    const r = kpikit(["init", "--la", "Wiltshire", "--from", bad, "--dir", dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.csv:2:2: error: 140 is not a percentage \(above 100\)/);
    expect(() => readFileSync(join(dir, "local-figures.csv"))).toThrow();
  });
});

describe("kpikit report --local <wide table>", () => {
  it("an XLSX with a column per year and quarter, percent formats, a target, a polarity and comments", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-wide-xlsx-"));
    const file = join(dir, "performance.xlsx");
    const text = (value: string) => ({ value, type: String });
    const pct = (value: number) => ({ value, type: Number, format: "0.0%" });
    await writeFileSync(
      file,
      await writeXlsxFile([
        [
          text("Measure"),
          text("2019/20"),
          text("Q1 2020/21"),
          text("Q2 2020/21"),
          text("Target"),
          text("Good performance is"),
          text("Comments"),
        ],
        [
          text("Re-referral rate"),
          pct(0.231),
          pct(0.205),
          pct(0.19),
          pct(0.18),
          text("Low"),
          text("Audit of repeat referrals"),
        ],
        [text("Repeat CP Plan"), pct(0.21), text("[c]"), pct(0.176), null, text("Low"), null],
      ] as never).toBuffer(),
    );
    const { doc } = report(["--local", file]);
    const rr = row(doc, "re-referrals-12m");
    // 0.231 shown as 23.1% in the sheet is read as 23.1, never as 0.231.
    expect(rr?.trend.filter((t) => t.origin === "local").map((t) => [t.period.label, t.value])).toEqual([
      ["2019/20", 23.1],
      ["Q1 2020/21", 20.5],
      ["Q2 2020/21", 19],
    ]);
    expect([rr?.previous?.period.label, rr?.current?.value, rr?.target?.value]).toEqual([
      "Q1 2020/21",
      19,
      18,
    ]);
    expect(rr?.direction).toBe("improving");
    expect(rr?.note).toBe("Audit of repeat referrals");
    const cp = row(doc, "cpp-repeat");
    // [c] is suppressed: the comparison is with the previous column that has a figure.
    expect([cp?.previous?.period.label, cp?.current?.value]).toEqual(["2019/20", 17.6]);
  });

  it("an XLSX whose month headers Excel stored as dates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-wide-xlsx-"));
    const file = join(dir, "months.xlsx");
    const month = (y: number, m: number) => ({
      value: new Date(Date.UTC(y, m - 1, 1)),
      type: Date,
      format: "mmm-yy",
    });
    writeFileSync(
      file,
      await writeXlsxFile([
        [{ value: "Indicator", type: String }, month(2020, 7), month(2020, 8)],
        [
          { value: "Re-referral rate", type: String },
          { value: "19.5%", type: String },
          { value: "18.9%", type: String },
        ],
      ] as never).toBuffer(),
    );
    const { doc } = report(["--local", file]);
    const rr = row(doc, "re-referrals-12m");
    expect([rr?.previous?.period.label, rr?.current?.period.label, rr?.current?.value]).toEqual([
      "Jul 2020",
      "Aug 2020",
      18.9,
    ]);
  });

  it("text pasted from a Word table, validated and reported", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-paste-"));
    const file = join(dir, "paste.txt");
    writeFileSync(
      file,
      "Table 3: Children in care\nIndicator\t2019/20\tCurrent position\tRAG\nCLA placed out of county\t33%\t29% Jun-20\tAmber\n",
    );
    const v = kpikit(["validate", file]);
    expect(v.stdout).toMatch(/paste\.txt: ok \(local-figures, wide table, 2 figures used, 1 warning\)/);
    const { doc } = report(["--local", file]);
    expect(row(doc, "cla-out-of-area")?.note).toBe("The council's own rating: Amber");
  });
});

describe("kpikit validate: every row of a wide table used or reported", () => {
  it.each<[string, number, RegExp]>([
    [",2019/20\nx|y\n", 3, /row 2: skipped, "x\|y": a heading, no figures/],
    [
      "Indicator,2019/20\nRe-referral rate,19%\nChild protection,\n",
      0,
      /row 3: skipped, "Child protection": a heading/,
    ],
  ])("%j exits %i and names the skipped row", (text, code, line) => {
    const dir = mkdtempSync(join(tmpdir(), "kpikit-skipped-"));
    const file = join(dir, "t.csv");
    writeFileSync(file, text);
    const v = kpikit(["validate", file]);
    expect(v.code).toBe(code);
    expect(v.stdout).toMatch(line);
    expect(v.stdout).toMatch(/1 row skipped/);
  });
});

describe("kpikit report and benchmark --published <files>", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-published-"));
  const lait = join(dir, "lait-2026.csv");
  writeFileSync(
    lait,
    [
      "measure_short,year_label,la_number,area_name,value_raw",
      "ReReferral,2026,865,Wiltshire,17.2",
      "ReReferral,2026,970,England,21.5",
      "ReReferral,2026,866,Swindon,25.0",
      "ReReferral,2026,801,Bristol,20.0",
    ].join("\n"),
  );

  it("adds the newer figures, names the file and the data's vintage", () => {
    const { doc } = report(["--published", lait]);
    const rr = row(doc, "re-referrals-12m");
    expect([rr?.current?.period.label, rr?.current?.value]).toEqual(["2025/26", 17.2]);
    const names = doc.provenance.map((p) => p.name);
    expect(names).toContain("lait-2026.csv");
    expect(doc.provenance.find((p) => p.name === "lait-2026.csv")?.description).toContain(
      "4 figures for 1 indicator, 2025/26",
    );
    expect(doc.provenance[0]?.description).toContain("published figures up to 2025/26");
  });

  it("with local figures, a newer published figure joins the trend but the council's own stays current", () => {
    const { doc, stderr } = report(["--local", table, "--published", lait]);
    const rr = row(doc, "re-referrals-12m");
    expect(rr?.current?.period.label).toBe("Aug 2020");
    expect(rr?.trend.at(-1)).toMatchObject({
      period: { label: "2025/26" },
      value: 17.2,
      origin: "published",
    });
    expect(stderr).toContain("newer than the published benchmarks");
  });

  it("with --period, nothing after it joins the trend", () => {
    const { doc } = report(["--local", table, "--published", lait, "--period", "2020/21"]);
    const rr = row(doc, "re-referrals-12m");
    expect(rr?.trend.every((t) => t.period.label <= "2020/21" || t.period.label.startsWith("Aug"))).toBe(
      true,
    );
    expect(rr?.trend.some((t) => t.period.label === "2025/26")).toBe(false);
    expect(rr?.trend.some((t) => t.period.label === "2020/21" && t.origin === "published")).toBe(true);
  });

  it("benchmark ranks every LA in the newer file's period", () => {
    const r = kpikit([
      "benchmark",
      "--indicator",
      "re-referrals-12m",
      "--published",
      lait,
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout) as {
      period: { label: string };
      rows: { laCode: string; value: number; rank: number }[];
      source: string;
    };
    expect(b.period.label).toBe("2025/26");
    expect(b.rows.find((x) => x.laCode === "865")).toMatchObject({ value: 17.2, rank: 1 });
    expect(b.source).toContain("lait-2026.csv");
  });

  it("refuses a file that holds no figures", () => {
    const empty = join(dir, "notes.csv");
    writeFileSync(empty, "a,b\n1,2\n");
    const r = kpikit(["report", "--la", "Wiltshire", "--published", empty, "--json"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("found no figures");
  });
});
