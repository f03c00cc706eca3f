// fake_903.xml, the XML form of an SSDA903 return: the same tables and measures as its CSV equivalent.
import { describe, expect, it } from "vitest";
import { computeReturnsMeasures, readSsda903, type Ssda903Tables } from "../../src/returns/index.js";
import { readSharedText } from "../shared-data.js";

const text = readSharedText("returns/ssda903/fake_903.xml");
const count = (tag: string) => text.split(`<${tag}>`).length - 1;

describe("fake_903.xml", () => {
  const r = readSsda903({ "fake_903.xml": text });

  it("has one table row per record element", () => {
    const rows = Object.fromEntries(Object.entries(r.tables).map(([k, t]) => [k, t.rows.length]));
    expect(rows).toEqual({
      header: count("HEADER"),
      episodes: count("EPISODE"),
      reviews: count("AREVIEW"),
      missing: count("AMISSING"),
      oc2: count("OC2"),
      oc3: count("IN_TOUCH"),
      uasc: count("DUC"),
      ad1: count("DATE_INT"),
      placed_for_adoption: count("AD_PLACED"),
      previous_permanence: count("PERMANENCE"),
    });
    expect(rows.header).toBe(253);
    expect(rows.episodes).toBe(459);
  });

  it("gives the same measures as the equivalent CSV files built here by plain text matching", () => {
    const csvEpisodes = [
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
    ];
    const csvHeader = ["CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"];
    const tag = (block: string, name: string) =>
      new RegExp(`<${name}>([^<]*)</${name}>`).exec(block)?.[1] ?? "";
    for (const block of text.split("<CHILD>").slice(1)) {
      const header = block.slice(0, block.indexOf("</HEADER>"));
      const id = tag(header, "CHILDID");
      csvHeader.push(
        [id, tag(header, "SEX"), tag(header, "DOB"), tag(header, "ETHNIC"), tag(header, "UPN"), "", ""].join(
          ",",
        ),
      );
      for (const ep of block.split("<EPISODE>").slice(1)) {
        const f = (n: string) => tag(ep, n);
        csvEpisodes.push(
          [
            id,
            f("DECOM"),
            f("RNE"),
            f("LS"),
            f("CIN"),
            f("PL"),
            f("PLACE_PROVIDER"),
            f("DEC"),
            f("REC"),
            f("REASON_PLACE_CHANGE"),
            "",
            "",
            f("URN"),
          ].join(","),
        );
      }
    }
    const fromCsv = readSsda903({
      "episodes.csv": csvEpisodes.join("\n"),
      "header.csv": csvHeader.join("\n"),
    });
    const measures = (tables: Ssda903Tables, year: number) =>
      computeReturnsMeasures([{ year, ssda903: { tables } }], { year }).observations.map((o) => [
        o.indicatorId,
        o.numerator,
        o.denominator,
      ]);
    // The CSV built here has the episodes and header only: the measures that read the missing and AD1 tables
    // are left out of the comparison.
    const fromEpisodes = (rows: ReturnType<typeof measures>) =>
      rows.filter(([id]) => id !== "cla-missing" && id !== "adoption-a2");
    for (const year of [2016, 2017])
      expect(fromEpisodes(measures(r.tables, year))).toEqual(fromEpisodes(measures(fromCsv.tables, year)));
    const m = measures(r.tables, 2017).filter(
      ([id]) => id === "cla-3-placements" || id === "cla-long-term-stability",
    );
    // computeReturnsMeasures counts a temporary placement (T0–T4) and the return from it as placements; the
    // engine it replaced did not (19 of 110).
    expect(m).toEqual([
      ["cla-3-placements", 30, 110],
      ["cla-long-term-stability", 4, 17],
    ]);
  });

  it("reports the fake codes and overlaps, naming records not children", () => {
    const counts: Record<string, number> = {};
    for (const i of r.issues) counts[`${i.code} ${i.column}`] = (counts[`${i.code} ${i.column}`] ?? 0) + 1;
    expect(counts).toEqual({
      "ssda903-invalid-code ACCOM": 1,
      "ssda903-invalid-code REASON_PLACED_CEASED": 3,
      "ssda903-episode-overlap DECOM": 7,
    });
    const ids = [...text.matchAll(/<(?:CHILDID|UPN|DOB)>([^<]+)</g)].map((x) => x[1]!);
    const messages = r.issues.map((i) => i.message).join("\n");
    for (const id of ids) expect(messages).not.toContain(id);
  });
});
