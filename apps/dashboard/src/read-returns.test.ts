import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { financialYear } from "@kpikit/core";
import { computeCinMeasures, getArea, parseCinCensusXml } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { buildBenchmarkScorecard } from "./benchmark-scorecard.js";
import { localFiguresCsv, suppressFigures } from "./local-figures.js";
import { readReturns } from "./read-returns.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const returns = resolve(repo, "data/returns");
const file = (dir: string, name: string) => ({ name, text: readFileSync(join(returns, dir, name), "utf8") });

describe("readReturns", () => {
  it("refuses a file that is neither a CIN census nor a 903 table (doc example)", () => {
    const r = readReturns([{ name: "notes.txt", text: "hello" }]);
    expect(r.issues[0]?.code).toBe("returns-unrecognised");
    expect(r.observations).toEqual([]);
  });

  it("computes the CIN measures of fake_CIN_data.xml as computeCinMeasures does, and names its LA", () => {
    const f = file("cin", "fake_CIN_data.xml");
    const r = readReturns([f]);
    const direct = parseCinCensusXml(f.text, { file: f.name });
    expect(r.cinYear).toBe(2022);
    expect(r.laCode).toBe("975");
    expect(r.issues).toEqual(direct.issues);
    expect(r.observations).toEqual(
      computeCinMeasures(direct.children, { collectionYear: 2022 }).observations,
    );
    expect(r.observations[0]).toMatchObject({
      indicatorId: "re-referrals-12m",
      numerator: 3,
      denominator: 54,
    });
  });

  it("routes 903 CSVs by their header row, refuses a DOCTYPE, and infers the 903 year", () => {
    const r = readReturns([
      file("ssda903", "header.csv"),
      file("ssda903", "episodes.csv"),
      { name: "evil.xml", text: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Message/>' },
    ]);
    expect(r.issues.find((i) => i.file === "evil.xml")?.code).toBe("xml-doctype-refused");
    expect(r.ssda903Year).toBe(2018);
    expect(r.observations.map((o) => o.indicatorId)).toEqual(["cla-3-placements", "cla-long-term-stability"]);
    expect(r.observations[0]?.period).toEqual(financialYear(2018));
    expect(readReturns([file("ssda903", "episodes.csv")], { ssda903Year: 2017 }).ssda903Year).toBe(2017);
  });
});

describe("local figures download", () => {
  const p = financialYear(2021);
  it("suppresses numerators 1–4 and writes the --local CSV (doc examples)", () => {
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
    expect(localFiguresCsv(s.observations)).toBe(
      "indicator,period,value,numerator,denominator\r\nre-referrals-12m,2021/22,[c],,54\r\n",
    );
    expect(
      localFiguresCsv([
        {
          indicatorId: "re-referrals-12m",
          area: "local",
          period: p,
          value: 25,
          numerator: 10,
          denominator: 40,
          status: "ok",
        },
      ]),
    ).toBe("indicator,period,value,numerator,denominator\r\nre-referrals-12m,2021/22,25,10,40\r\n");
  });
});

describe("benchmark scorecard with the LA's own figures", () => {
  it("replaces the LA's published figures for the computed indicators and keeps the benchmarks", () => {
    const wilts = getArea("865");
    if (!wilts) throw new Error("Wiltshire missing");
    const r = readReturns([file("cin", "fake_CIN_data.xml")]);
    const sc = buildBenchmarkScorecard(wilts, {
      local: r.observations,
      only: r.observations.map((o) => o.indicatorId),
      title: "Wiltshire: figures from your returns",
    });
    expect(sc.title).toBe("Wiltshire: figures from your returns");
    expect(sc.rows.map((row) => row.indicator.id).sort()).toEqual(
      r.observations.map((o) => o.indicatorId).sort(),
    );
    const reRef = sc.rows.find((row) => row.indicator.id === "re-referrals-12m");
    expect(reRef?.current?.value).toBeCloseTo((3 / 54) * 100, 9);
    expect(reRef?.current?.period.label).toBe("2021/22");
    expect(reRef?.benchmarks.england?.value).toEqual(expect.any(Number));
    expect(sc.provenance[0]?.kind).toBe("return");
  });
});
