import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import readXlsxFile from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { kpikit, REPO } from "./run-cli.js";

/** One entry of a ZIP file as text (stored or deflated), found through the central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(p + 28);
    const entry = zip.toString("utf8", p + 46, p + 46 + nameLength);
    if (entry === name) {
      const local = zip.readUInt32LE(p + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(p + 20));
      return (zip.readUInt16LE(p + 10) === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`${name} is not in the workbook`);
}

const example = (f: string) => join(REPO, "examples/wiltshire-2020", f);
// The table as it stands in the committee paper (a wide table), and the same table written as a long file.
const args = [
  "report",
  "--local",
  example("performance-table.tsv"),
  "--config",
  example("kpikit.config.yaml"),
];
const longArgs = [
  "report",
  "--local",
  example("local-figures.csv"),
  "--config",
  example("kpikit.config.yaml"),
];

interface Row {
  indicator: { id: string; title: string };
  current: { value: number; period: { label: string } } | null;
  previous: { value: number; period: { label: string }; source?: string } | null;
  direction: string;
  directionReason: string;
  trend: { period: { label: string }; value: number | null; origin?: string; inYear?: boolean }[];
  benchmarks: {
    england: { value: number | null; status?: string; display?: string } | null;
    region?: { value: number | null; status?: string; display?: string } | null;
    neighbours: {
      value: number | null;
      count: number;
      members?: { code: string; value: number | null }[];
    } | null;
    rank: number | null;
  };
  rag: { status: string; reason: string };
}

describe("examples/wiltshire-2020: the Wiltshire self-assessment table", () => {
  let dir: string;
  let doc: {
    rows: Row[];
    area: { code: string };
    generated: string;
    glossary: { term: string }[];
    dataQuality: { code: string; indicatorId?: string; source?: string }[];
  };
  const row = (id: string) => {
    const r = doc.rows.find((x) => x.indicator.id === id);
    if (!r) throw new Error(`no row ${id}`);
    return r;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kpikit-wilts-"));
    const r = kpikit([
      ...args,
      "--format",
      "json",
      "--format",
      "xlsx",
      "--format",
      "html",
      "--format",
      "md",
      "--format",
      "csv",
      "--out",
      join(dir, "wiltshire"),
    ]);
    expect(r.stderr).toContain("Wiltshire: 20 indicators");
    expect(r.code).toBe(0);
    doc = JSON.parse(readFileSync(join(dir, "wiltshire.json"), "utf8"));
  });

  it("has all 20 indicators, for Wiltshire (865)", () => {
    expect(doc.area.code).toBe("865");
    expect(doc.rows).toHaveLength(20);
    expect(doc.generated).toBe(process.env.KPIKIT_TODAY);
  });

  it("is dated the day it is made when no --today or KPIKIT_TODAY is given", () => {
    // The child's zone may not be the test's: either zone's day, before or after the run.
    const days = (d: Date) => [d.toLocaleDateString("en-CA"), d.toISOString().slice(0, 10)];
    const before = days(new Date());
    const r = kpikit([...args, "--json"], { env: { KPIKIT_TODAY: "" } });
    expect([...before, ...days(new Date())]).toContain(JSON.parse(r.stdout).generated);
  });

  it.each([
    ["re-referrals-12m", 15, 18.9, "Aug 2020", "worsening"],
    ["agency-sw-count", 66, 23, "Sep 2020", "improving"],
    ["cla-distance-20m", 34, 34, "31 Mar 2020", "no-change"],
    ["s47-to-icpc", 33, 46, "Q1 2020/21", "not-judged"],
    ["cla-long-term-stability", 76, 79, "Q1 2020/21", "improving"],
    ["adoption-a1", 377, 346, "2017/18 to 2019/20", "improving"],
    // "0% since Q3 19/20": from Q3 2019/20 to Jun 2020, the period most of the table's latest figures are for.
    ["s47-over-21wd", 5, 0, "9 months to Jun 2020", "improving"],
  ])("%s: %d → %d (%s) is %s", (id, before, now, period, direction) => {
    const r = row(id);
    expect(r.previous?.value).toBe(before);
    expect(r.current?.value).toBe(now);
    expect(r.current?.period.label).toBe(period);
    expect(r.direction).toBe(direction);
  });

  it("says when the baseline and current periods differ", () => {
    expect(row("re-referrals-12m").directionReason).toBe(
      "Up from 15.0% (2018/19) to 18.9% (Aug 2020); lower is better; the periods differ",
    );
    expect(row("cla-distance-20m").directionReason).toBe(
      "No change: 34% in 2018/19 and 31 Mar 2020; the periods differ",
    );
    // The baseline is the local file's own 2018/19 figure. Each row the baseline changed is noted; not
    // adoption (no 2018/19 figure) nor CLA 18 months+ (2018/19 is already its previous comparable year).
    expect(row("re-referrals-12m").previous?.source).toBe("performance-table.tsv row 4");
    const noted = doc.dataQuality.filter((d) => d.code === "baseline-comparison").map((d) => d.indicatorId);
    expect(noted).toHaveLength(18);
    expect(noted).toEqual(
      expect.arrayContaining(["re-referrals-12m", "agency-sw-count", "cla-distance-20m"]),
    );
    expect(noted).not.toContain("adoption-a1");
    expect(noted).not.toContain("cla-18m-long-term");
  });

  it("gives the direction each row's polarity implies against its 2018/19 column, for every row", () => {
    const polarity = new Map(
      doc.rows.map((r) => [r.indicator.id, (r.indicator as { polarity?: string }).polarity]),
    );
    for (const r of doc.rows) {
      if (!r.previous || !r.current) throw new Error(`${r.indicator.id} has no comparison`);
      const up = r.current.value - r.previous.value;
      const p = polarity.get(r.indicator.id);
      const expected =
        p === "no-judgement"
          ? "not-judged"
          : Math.abs(up) < 1
            ? "no-change"
            : up > 0 === (p === "higher-is-better")
              ? "improving"
              : "worsening";
      expect([r.indicator.id, r.direction]).toEqual([r.indicator.id, expected]);
      expect(r.previous.period.label).toBe(
        r.indicator.id === "adoption-a1" ? "2016/17 to 2018/19" : "2018/19",
      );
    }
  });

  it("keeps every figure of the table in the trend, joined with the published history", () => {
    const rr = row("re-referrals-12m").trend;
    const local = rr
      .filter((t) => t.origin === "local")
      .map((t) => [t.period.label, t.value, t.inYear ?? false]);
    expect(local).toEqual([
      ["2018/19", 15, false],
      ["2019/20", 19.4, false],
      ["Aug 2020", 18.9, true],
    ]);
    // Wiltshire's published series before and after the table's figures.
    const published = rr.filter((t) => t.origin === "published").map((t) => t.period.label);
    expect(published).toContain("2017/18");
    expect(published).toContain("2020/21");
    // Every one of the table's 50 figures is a trend point of its row.
    expect(doc.rows.flatMap((r) => r.trend.filter((t) => t.origin === "local"))).toHaveLength(50);
    expect(
      doc.dataQuality.some((d) => d.code === "newer-published" && d.indicatorId === "re-referrals-12m"),
    ).toBe(true);
  });

  it("reads the long file of the same table to the same directions of travel", () => {
    const long = JSON.parse(kpikit([...longArgs, "--json"]).stdout) as { rows: Row[] };
    expect(long.rows.map((r) => [r.indicator.id, r.direction])).toEqual(
      doc.rows.map((r) => [r.indicator.id, r.direction]),
    );
  });

  it("fills the benchmark columns from the bundled data", () => {
    const r = row("re-referrals-12m");
    expect(r.benchmarks.england?.value).toBeGreaterThan(15);
    expect(r.benchmarks.neighbours?.count).toBeGreaterThan(5);
    expect(r.benchmarks.rank).not.toBeNull();
    expect(r.rag.status).toBe("amber");
    expect(r.rag.reason).toContain("18% target");
  });

  it("benchmarks 'Agency staff 66 → 23' against LAs with the CSWW census's agency FTE for 30 September 2020", () => {
    // A quoted name ("Herefordshire, County of") holds a comma: split the census file's lines on the others.
    const cells = (line: string) =>
      [...line.matchAll(/(?:"([^"]*)"|([^,]*))(?:,|$)/g)].map((m) => m[1] ?? m[2]);
    const csww = readFileSync(join(REPO, "data/published/ees/csww_indicators_2017_to_2025.csv"), "utf8")
      .split(/\r?\n/)
      .map(cells);
    const at = (name: string) => csww[0]?.indexOf(name) ?? -1;
    const agency = (code: string) =>
      Number(csww.find((c) => c[0] === "2020" && c[at("old_la_code")] === code)?.[at("agency_fte")]);
    const r = row("agency-sw-count");
    expect(r.current?.value).toBe(23);
    const members = r.benchmarks.neighbours?.members ?? [];
    expect(members).toHaveLength(10);
    for (const m of members) expect([m.code, m.value]).toEqual([m.code, agency(m.code)]);
    const mean = members.reduce((sum, m) => sum + (m.value ?? 0), 0) / members.length;
    expect(r.benchmarks.neighbours?.value).toBeCloseTo(mean, 9);
    // England's and the South West's figures are totals (5,800 agency workers), no benchmark for one LA's 23.
    for (const total of [r.benchmarks.england, r.benchmarks.region])
      expect([total?.value, total?.status, total?.display]).toEqual([null, "not-applicable", "[z]"]);
    expect(r.benchmarks.rank).toBeGreaterThan(0);
    expect(r.rag.reason).toMatch(/ranked \d+ of \d+/);
  });

  it("writes a readable workbook: sheets, frozen header, ratings in words", async () => {
    const sheets = await readXlsxFile(readFileSync(join(dir, "wiltshire.xlsx")));
    expect(sheets.map((s) => s.sheet)).toEqual(["Scorecard", "Key", "Glossary", "Data", "Notes"]);
    const main = sheets[0]?.data ?? [];
    expect(main[0]?.slice(0, 2)).toEqual(["Section", "Indicator"]);
    expect(main).toHaveLength(21);
    const rating = (main[0] ?? []).indexOf("Rating");
    const value = (main[0] ?? []).indexOf("Value");
    const rr = main.find(
      (r) => r[1] === "Re-referrals to children's social care within 12 months of a previous referral",
    );
    expect(rr?.[rating]).toBe("Amber");
    expect(rr?.[value]).toBe(18.9);
    expect(new Set(main.slice(1).map((r) => r[rating]))).toEqual(
      new Set(["Red", "Amber", "Green", "Not rated"]),
    );
    const glossary = sheets.find((s) => s.sheet === "Glossary")?.data ?? [];
    expect(glossary.map((r) => r[0])).toContain("ICPC");
    // The header row is frozen: the first sheet's XML has a frozen pane below row 1.
    const sheetXml = zipEntry(readFileSync(join(dir, "wiltshire.xlsx")), "xl/worksheets/sheet1.xml");
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it("writes CSV and Markdown from the same Scorecard", () => {
    const csv = readFileSync(join(dir, "wiltshire.csv"), "utf8").split("\r\n");
    expect(csv[0]?.split(",").slice(0, 3)).toEqual(["section", "indicator_id", "indicator"]);
    expect(csv.find((l) => l.includes(",agency-sw-count,"))).toMatch(/,Improving,/);
    const md = readFileSync(join(dir, "wiltshire.md"), "utf8");
    const s47 = md
      .split("\n")
      .find((l) =>
        l.startsWith("| Section 47 enquiries that led to an initial child protection conference |"),
      );
    expect(s47).toContain("| 46.0% (Q1 2020/21) | 33.0% (2018/19) | +13.0 pts |");
    expect(s47).toContain("Not judged");
  });

  it("is deterministic: the same inputs give byte-identical outputs", () => {
    const again = mkdtempSync(join(tmpdir(), "kpikit-wilts-"));
    expect(
      kpikit([
        ...args,
        "--format",
        "json",
        "--format",
        "html",
        "--format",
        "xlsx",
        "--out",
        join(again, "wiltshire"),
      ]).code,
    ).toBe(0);
    for (const ext of ["json", "html", "xlsx"]) {
      expect(
        readFileSync(join(again, `wiltshire.${ext}`)).equals(readFileSync(join(dir, `wiltshire.${ext}`))),
      ).toBe(true);
    }
  });

  it("--fail-on red exits 4 after writing the report", () => {
    const out = join(dir, "fail-on.md");
    const r = kpikit([...args, "--fail-on", "red", "--out", out]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/--fail-on red: 2 indicators are rated red/);
    expect(readFileSync(out, "utf8")).toContain("# Wiltshire children's social care performance");
  });
});
