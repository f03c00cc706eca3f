import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SUPPRESSION_THRESHOLD, financialYear } from "@kpikit/core";
import {
  computedFigureRows,
  getArea,
  LOCAL_FIGURE_COLUMNS,
  localFiguresCsv,
  measureReturns,
  readReturns,
} from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { buildBenchmarkScorecard } from "./benchmark-scorecard.js";
import { suppressFigures } from "./local-figures.js";
import { computeReturns } from "./returns-compute.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const returns = resolve(repo, "data/returns");
const file = (dir: string, name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(returns, dir, name))),
});
const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

describe("computeReturns: the dashboard's call of the returns pipeline", () => {
  it("refuses a file that is neither a CIN census nor a 903 table, and computes nothing", async () => {
    const r = await computeReturns([{ name: "notes.txt", bytes: "hello" }]);
    expect(r.blocking.map((i) => i.code)).toEqual(["returns-unrecognised"]);
    expect(r.observations).toEqual([]);
    expect(r.notes.at(-1)).toMatch(/^Nothing was computed/);
  });

  it("gives the figures kpikit compute gives: readReturns then measureReturns", async () => {
    const files = [
      file("cin", "fake_CIN_data.xml"),
      file("ssda903", "header.csv"),
      file("ssda903", "episodes.csv"),
    ];
    const r = await computeReturns(files);
    const read = readReturns(files);
    expect(r.issues).toEqual(read.issues);
    expect(r.observations).toEqual(measureReturns(read).observations);
    expect(r.observations.find((o) => o.indicatorId === "re-referrals-12m")).toMatchObject({
      numerator: 3,
      denominator: 54,
    });
    // LA 975 is no DfE LA: the page asks for one.
    expect(r.laCode).toBeNull();
    expect(r.ssda903Years).toEqual([2017]);
    expect(r.notes).toEqual([
      "fake_CIN_data.xml: CIN census 2021-22",
      "header.csv: SSDA903 2017-18",
      "episodes.csv: SSDA903 2017-18",
    ]);
  });

  it("a DOCTYPE among the files: refused with its location, nothing computed", async () => {
    const r = await computeReturns([
      file("ssda903", "header.csv"),
      file("ssda903", "episodes.csv"),
      { name: "evil.xml", bytes: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Message/>' },
    ]);
    expect(r.blocking.map((i) => [i.code, i.file])).toEqual([["xml-doctype-refused", "evil.xml"]]);
    expect(r.observations).toEqual([]);
  });

  it("a folder of several 903 years: the latest by default, another when chosen", async () => {
    const dir = join(returns, "ssda903-multiyear");
    const files = readdirSync(dir)
      .filter((n) => n.endsWith(".csv"))
      .sort()
      .map((n) => ({ name: `903/${n}`, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
    const latest = await computeReturns(files);
    expect(latest.ssda903Years).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(latest.ssda903Year).toBe(2021);
    expect(new Set(latest.observations.map((o) => o.period.label))).toEqual(new Set(["2021/22"]));
    const chosen = await computeReturns(files, { ssda903Year: 2019 });
    expect(new Set(chosen.observations.map((o) => o.period.label))).toEqual(new Set(["2019/20"]));
    expect(chosen.notes).toContain("903/2021-header.csv: SSDA903 2021-22 (history only)");
  });

  it("reads a Windows-1252 SSDA903 file with a warning naming the line", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0x93, 0x0a]);
    const r = await computeReturns([{ name: "header.csv", bytes }]);
    expect(r.issues.filter((i) => i.code === "latin1-encoding").map((i) => [i.file, i.row])).toEqual([
      ["header.csv", 2],
    ]);
  });

  it.each([
    ["UTF-8 with a byte-order mark", [0xef, 0xbb, 0xbf, ...new TextEncoder().encode(HEADER)]],
    ["UTF-16LE", [0xff, 0xfe, ...Array.from(HEADER, (c) => [c.charCodeAt(0), 0]).flat()]],
  ])("recognises an SSDA903 table saved as %s", async (_, bytes) => {
    const r = await computeReturns([{ name: "header.csv", bytes: new Uint8Array(bytes) }]);
    expect(r.issues.map((i) => i.code)).not.toContain("returns-unrecognised");
    expect(r.notes[0]).toMatch(/^header\.csv: SSDA903/);
  });
});

describe("local figures download", () => {
  const p = financialYear(2021);
  it("suppresses numerators 1–4 (doc example)", () => {
    const s = suppressFigures([
      {
        indicatorId: "re-referrals-12m",
        area: "local",
        period: p,
        value: 5.6,
        numerator: 3,
        denominator: 54,
        status: "ok",
      },
    ]);
    expect(s.observations[0]?.status).toBe("suppressed");
    expect(s.suppressed).toBe(1);
  });

  it("downloads the figures from the returns as `kpikit compute` writes them", async () => {
    const r = await computeReturns([
      file("cin", "fake_CIN_data.xml"),
      file("ssda903", "header.csv"),
      file("ssda903", "episodes.csv"),
    ]);
    expect(r.observations.length).toBeGreaterThan(3);
    const csv = localFiguresCsv(computedFigureRows(r.observations, DEFAULT_SUPPRESSION_THRESHOLD).rows);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(LOCAL_FIGURE_COLUMNS.join(","));
    expect(lines.length).toBe(r.observations.length + 1);
    // Every figure says how it was made; no count from 1 to 4 is written.
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/Computed from the [^;]*return/);
      const [, , value, numerator, denominator] = line.split(",");
      for (const cell of [value, numerator, denominator])
        if (cell !== undefined && /^\d+$/.test(cell))
          expect(Number(cell) === 0 || Number(cell) >= 5).toBe(true);
    }
  });
});
