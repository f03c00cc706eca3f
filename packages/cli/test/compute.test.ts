import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import type { Observation } from "@kpikit/core";
import { computeReturnsMeasures, readCsvRecords, readReturns } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { kpikit, REPO } from "./run-cli.js";

const returns = resolve(REPO, "data/returns");
const cinFile = join(returns, "cin/fake_CIN_data.xml");
const TABLES = [
  "header",
  "episodes",
  "reviews",
  "missing",
  "oc2",
  "oc3",
  "uasc",
  "ad1",
  "placed_for_adoption",
  "previous_permanence",
  "sw_episodes",
];
const ssdaFiles = TABLES.map((t) => join(returns, "ssda903", `${t}.csv`));
const inputs = [cinFile, ...ssdaFiles];

/** The files as the pipeline takes them: names as the CLI shows them (relative to the repository), and bytes. */
const asInputs = (paths: readonly string[]) =>
  paths.map((p) => ({ name: relative(REPO, p), bytes: new Uint8Array(readFileSync(p)) }));

/**
 * The measures computed directly with @kpikit/csc, before any suppression: the latest CIN census year (2021-22)
 * and the latest SSDA903 year (the fake set's episodes start in 2017-18), each from its own returns.
 */
function direct(): Observation[] {
  const read = readReturns(asInputs(inputs));
  const only = (part: "cin" | "ssda903") =>
    read.years.map((y) => {
      const { cin, ssda903, ...rest } = y;
      return part === "cin"
        ? { ...rest, ...(cin ? { cin } : {}) }
        : { ...rest, ...(ssda903 ? { ssda903 } : {}) };
    });
  return [
    ...computeReturnsMeasures(only("cin"), { year: 2021, area: "975" }).observations,
    ...computeReturnsMeasures(only("ssda903"), { year: 2017, area: "975" }).observations,
  ];
}

/** CSV text as records keyed by its header, split by @kpikit/csc's reader. */
function parseCsv(text: string): Record<string, string>[] {
  const [head, ...rows] = readCsvRecords(text).records;
  return rows.map((r) => Object.fromEntries((head?.cells ?? []).map((c, i) => [c, r.cells[i] ?? ""])));
}

/** A count as the figures file writes it: blank when the measure has none. */
const cell = (n: number | undefined) => (n === undefined ? "" : String(n));

const tempDir = () => mkdtempSync(join(tmpdir(), "kpikit-compute-"));

describe("kpikit compute", () => {
  const expected = direct();

  it("writes the figures computed by @kpikit/csc, unsuppressed with --no-suppress (and warns)", () => {
    const out = join(tempDir(), "figures.csv");
    const r = kpikit(["compute", ...inputs, "--no-suppress", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--no-suppress: small counts are NOT suppressed/);
    const rows = parseCsv(readFileSync(out, "utf8"));
    expect(rows.map((x) => x.indicator)).toEqual(expected.map((o) => o.indicatorId));
    expected.forEach((o, i) => {
      const row = rows[i] as Record<string, string>;
      expect(row.period).toBe(o.period.label);
      if (o.value === null) expect(row.value).toBe("[x]");
      else {
        // A low-reliability figure keeps its marker in the file: `5.6% [u]`.
        expect(Number(row.value?.replace(/%?( \[u\])?$/, ""))).toBe(o.value);
        expect(row.value?.endsWith(" [u]")).toBe(o.status === "low-reliability");
      }
      expect(row.numerator).toBe(cell(o.numerator));
      expect(row.denominator).toBe(cell(o.denominator));
    });
    expect(rows.map((x) => x.period)).toEqual(expected.map((o) => o.period.label));
    expect(new Set(rows.map((x) => x.period))).toEqual(new Set(["2021/22", "2017/18"]));
  });

  it("suppresses counts 1–4 by default, with a note that does not reveal them", () => {
    const out = join(tempDir(), "figures.csv");
    const r = kpikit(["compute", ...inputs, "--out", out]);
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(out, "utf8"));
    const small = expected.filter((o) => (o.numerator ?? 0) >= 1 && (o.numerator ?? 0) <= 4);
    expect(small.map((o) => o.indicatorId)).toContain("re-referrals-12m"); // 3 of 54
    for (const o of small) {
      const row = rows.find((x) => x.indicator === o.indicatorId);
      expect(row).toMatchObject({ value: "[c]", numerator: "[c]", denominator: cell(o.denominator) });
      expect(row?.note).toMatch(/Counts 1–4 are suppressed \(\[c\]\)/);
      expect(row?.note).not.toMatch(new RegExp(`\\b${o.numerator}\\b`));
    }
    const cla = expected.find((o) => o.indicatorId === "cla-3-placements");
    expect(rows.find((x) => x.indicator === "cla-3-placements")?.numerator).toBe(String(cla?.numerator));
    expect(r.stderr).toMatch(/Small counts suppressed: counts 1–4 are written as \[c\] \(1 figure\)/);
    expect(r.stderr).toMatch(/icpc-15wd 2021\/22: 42 transfer-in conference/); // exclusions by reason
    expect(r.stderr).toMatch(/fake_CIN_data\.xml:6:7: error: <ReferenceDate>/); // issues with line:column
    expect(r.stderr).not.toMatch(/compute-other-la|LEA is/);
    // --la naming an LA that no file is for: refused, never relabelled.
    const other = kpikit(["compute", cinFile, "--la", "Wiltshire", "--format", "csv"]);
    expect(other.code).toBe(3);
    expect(other.stderr).toMatch(/No returns of LA 865 among the files: they are of 975/);
    // --suppress 100 withholds every figure with a numerator from 1 to 99.
    const r100 = kpikit(["compute", ...inputs, "--suppress", "100", "--format", "csv"]);
    const stability = parseCsv(r100.stdout).find((x) => x.indicator === "cla-long-term-stability");
    expect(stability).toMatchObject({ value: "[c]", numerator: "[c]", denominator: "151" });
  });

  it("writes a file that `kpikit report --local` reads, and the scorecard carries the computed rows", () => {
    const dir = tempDir();
    const out = join(dir, "figures.csv");
    expect(kpikit(["compute", ...inputs, "--out", out]).code).toBe(0);
    for (const file of [out, join(dir, "figures.xlsx")]) {
      if (file.endsWith(".xlsx")) expect(kpikit(["compute", ...inputs, "--out", file]).code).toBe(0);
      const r = kpikit(["report", "--la", "Wiltshire", "--local", file, "--json"]);
      expect(r.code).toBe(0);
      const scorecard = JSON.parse(r.stdout) as {
        rows: {
          indicator: { id: string };
          current: { value: number | null; status: string; numerator?: number };
          trend?: { period: { label: string }; value: number | null }[];
        }[];
      };
      const row = (id: string) => scorecard.rows.find((x) => x.indicator.id === id)?.current;
      // The 903 figures are of 2017-18, older than the report's year: they are that year's point of the trend.
      const cla = expected.find((o) => o.indicatorId === "cla-3-placements");
      const trend = scorecard.rows.find((x) => x.indicator.id === "cla-3-placements")?.trend ?? [];
      expect(trend.find((t) => t.period.label === "2017/18")?.value).toBe(cla?.value);
      expect(row("re-referrals-12m")).toMatchObject({ value: null, status: "suppressed" });
      expect(row("re-referrals-12m")?.numerator).toBeUndefined();
    }
  });

  it("--json prints only the data document on stdout", () => {
    const r = kpikit(["compute", ...inputs, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      figures: { indicator: string; value: string }[];
      suppression: unknown;
    };
    expect(doc.suppression).toEqual({ threshold: 5, suppressed: 1 });
    expect(doc.figures.find((f) => f.indicator === "re-referrals-12m")?.value).toBe("[c]");
  });

  it("uses earlier years' 903 files (by their year prefix) as history", () => {
    const dir = join(returns, "ssda903-multiyear");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join(dir, f));
    const read = readReturns(asInputs(files));
    const want = computeReturnsMeasures(read.years, { year: 2021, area: "local" }).observations;
    const r = kpikit(["compute", ...files, "--no-suppress", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2017-header\.csv: SSDA903 2017-18 \(year from its name\) \(history only\)/);
    const rows = parseCsv(r.stdout);
    expect(rows.map((x) => [x.indicator, x.period, x.numerator, x.denominator])).toEqual(
      want.map((o) => [o.indicatorId, o.period.label, cell(o.numerator), cell(o.denominator)]),
    );
    // --years: every year in one file, each computed with the years before it as history.
    const all = kpikit(["compute", dir, "--years", "2018/19..2021/22", "--no-suppress", "--format", "csv"]);
    expect(all.code).toBe(0);
    const trend = parseCsv(all.stdout);
    expect([...new Set(trend.map((x) => x.period))]).toEqual(["2018/19", "2019/20", "2020/21", "2021/22"]);
    for (const year of [2018, 2019, 2020, 2021]) {
      const one = computeReturnsMeasures(read.years, { year, area: "local" }).observations;
      const label = one[0]?.period.label;
      expect(
        trend.filter((x) => x.period === label).map((x) => [x.indicator, x.numerator, x.denominator]),
      ).toEqual(one.map((o) => [o.indicatorId, cell(o.numerator), cell(o.denominator)]));
    }
  });

  it.each([
    // A year no file is for is refused (the files' episodes are of 2017-18 to 2021-22), never computed from others.
    [
      ["--year", "2030/31"],
      /--year 2030-31: no returns for that year among the files \(they hold: 2017-18, 2018-19/,
    ],
    [["--years", "2028/29..2030/31"], /--years 2028-29\.\.2030-31: no returns for those years/],
  ])("compute %j on the five-year set: exit 3", (args, message) => {
    const r = kpikit(["compute", join(returns, "ssda903-multiyear"), ...args]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("a DOCTYPE file: exit 3 with file:line:column and nothing written", () => {
    const dir = tempDir();
    const bomb = join(dir, "bomb.xml");
    writeFileSync(
      bomb,
      '<?xml version="1.0"?>\n<!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<Message>&b;</Message>\n',
    );
    const out = join(dir, "figures.csv");
    writeFileSync(out, "sentinel\n");
    const r = kpikit(["compute", bomb, ...ssdaFiles, "--out", out], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bomb\.xml:2:1: error: DOCTYPE and ENTITY declarations are refused/);
    expect(readFileSync(out, "utf8")).toBe("sentinel\n");
    expect(readdirSync(dir).sort()).toEqual(["bomb.xml", "figures.csv"]);
  });

  it("a 903 set without its episodes table: exit 3", () => {
    const r = kpikit(["compute", join(returns, "ssda903/header.csv")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot tell which year this SSDA903 file is for/);
    expect(r.stdout).toBe("");
  });

  it("a CIN census without a header Year needs --year", () => {
    const dir = tempDir();
    const noYear = join(dir, "no-year.xml");
    const xml = readFileSync(join(returns, "cin/CIN2rows.xml"), "utf8");
    writeFileSync(noYear, xml.replace(/<Year>\d+<\/Year>/, ""));
    const alone = kpikit(["compute", noYear], { cwd: dir });
    expect(alone.code).toBe(3);
    expect(alone.stderr).toMatch(
      /no-year\.xml:\d+:\d+: error: no-year\.xml: the CIN census header gives no usable <Year>/,
    );
    const given = kpikit(["compute", noYear, "--year", "2021/22"], { cwd: dir });
    expect(given.code).toBe(0);
    const periods = parseCsv(given.stdout).map((x) => x.period);
    expect(periods.length).toBeGreaterThan(4);
    expect(new Set(periods)).toEqual(new Set(["2021/22"]));
    expect(kpikit(["compute", noYear, cinFile], { cwd: dir }).code).toBe(3);
  });

  it("usage errors: exit 2", () => {
    expect(kpikit(["compute", cinFile, "--suppress", "1"]).code).toBe(2);
    expect(kpikit(["compute", cinFile, "--year", "Q5 2019"]).code).toBe(2);
    expect(kpikit(["compute", cinFile, "--out", "figures.html"]).code).toBe(2);
  });

  it("--help lists the command with examples", () => {
    expect(kpikit(["--help"]).stdout).toMatch(/compute\s+compute indicators from CIN census XML/);
    expect(kpikit(["compute", "--help"]).stdout).toMatch(
      /--no-suppress[\s\S]*Examples:[\s\S]*--local figures\.csv/,
    );
  });

  it("never prints or writes a child identifier", () => {
    const ids = new Set<string>();
    const cins = [
      cinFile,
      join(returns, "cin/CIN_Census_2024.xml"),
      join(returns, "cin/CIN_Census_2021.xml"),
    ];
    for (const f of cins) {
      for (const m of readFileSync(f, "utf8").matchAll(/<(LAchildID|UPN|FormerUPN)>([^<]+)</g))
        ids.add((m[2] as string).trim());
    }
    for (const f of [
      ...ssdaFiles,
      ...readdirSync(join(returns, "ssda903-multiyear")).map((f) => join(returns, "ssda903-multiyear", f)),
    ]) {
      for (const row of parseCsv(readFileSync(f, "utf8")))
        for (const c of ["CHILD", "UPN"]) ids.add(row[c] ?? "");
    }
    ids.delete("");
    for (const placeholder of ["UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7"]) ids.delete(placeholder);
    // A few fake CHILD ids are 2–4 digits, which cannot be told from the counts and line numbers printed.
    for (const id of ids) if (/^\d{1,4}$/.test(id)) ids.delete(id);
    expect(ids.size).toBeGreaterThan(1000);
    const dir = tempDir();
    const multi = readdirSync(join(returns, "ssda903-multiyear")).map((f) =>
      join(returns, "ssda903-multiyear", f),
    );
    const runs = [
      kpikit(["compute", ...inputs, "--out", join(dir, "a.csv")]),
      kpikit(["compute", ...inputs, "--no-suppress", "--out", join(dir, "b.json")]),
      kpikit(["compute", ...inputs, "--format", "md"]),
      kpikit(["compute", ...inputs, "--json"]),
      kpikit(["compute", ...multi, "--no-suppress", "--format", "csv"]),
      kpikit(["compute", ...cins.slice(1)]),
    ];
    const texts = [
      ...runs.flatMap((r) => [r.stdout, r.stderr]),
      readFileSync(join(dir, "a.csv"), "utf8"),
      readFileSync(join(dir, "b.json"), "utf8"),
    ];
    for (const text of texts) {
      const tokens = new Set(text.split(/[^A-Za-z0-9]+/));
      const leaked = [...ids].filter((id) => tokens.has(id) || (id.length >= 8 && text.includes(id)));
      expect(leaked).toEqual([]);
    }
  });
});
