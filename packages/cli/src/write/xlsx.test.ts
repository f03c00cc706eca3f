import { inflateRawSync } from "node:zlib";
import { buildScorecard, financialYear, type Scorecard } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { scorecardXlsx } from "./xlsx.js";
import { columnLetters } from "./xlsx-print.js";

/** The text of each part of a ZIP (an XLSX), read from its central directory. */
function unzip(bytes: Uint8Array): Record<string, string> {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString();
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    const data = buf.subarray(start, start + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString();
    p += 46 + nameLength + extra;
  }
  return files;
}

const definition = {
  id: "rr",
  title: "Re-referrals",
  shortTitle: "Re-referrals",
  description: "",
  unit: "percent",
  polarity: "lower-is-better",
  decimals: 1,
  periodType: "financial-year",
  source: "local",
  aliases: [],
  acronyms: [],
  method: "",
} as const;
const scorecard: Scorecard = buildScorecard({
  area: { code: "865", name: "Wiltshire", kind: "la" },
  generated: "2021-01-19",
  definitions: [definition, { ...definition, id: "other", title: "Other" }],
  observations: [
    { indicatorId: "rr", area: "865", period: financialYear(2018), value: 15, status: "ok" },
    { indicatorId: "rr", area: "865", period: financialYear(2019), value: 19.4, status: "ok" },
    { indicatorId: "other", area: "865", period: financialYear(2019), value: 40, status: "ok" },
    ...["801", "802", "803"].map((area, i) => ({
      indicatorId: "rr",
      area,
      period: financialYear(2019),
      value: 10 + i,
      status: "ok" as const,
    })),
  ],
  nationalValues: ["865", "801", "802", "803"].map((area, i) => ({
    indicatorId: "rr",
    area,
    period: financialYear(2019),
    value: [19.4, 10, 11, 12][i]!,
    status: "ok" as const,
  })),
  comparators: { neighbours: [] },
});

describe("scorecardXlsx", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (i, letters) => {
    expect(columnLetters(i)).toBe(letters);
  });

  it("filters the Scorecard and Data sheets and sets them up for A4 landscape, one page wide, header repeated", async () => {
    const files = unzip(await scorecardXlsx(scorecard));
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    // 24 columns (A–X); the header and 2 rows.
    expect(sheet).toContain('<autoFilter ref="A1:X3"/>');
    expect(sheet).toMatch(/<worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    // The autofilter comes after the data and before the page setup, as the file format orders them.
    expect(sheet.indexOf("</sheetData>")).toBeLessThan(sheet.indexOf("<autoFilter"));
    expect(sheet.indexOf("<autoFilter")).toBeLessThan(sheet.indexOf("<pageSetup"));
    const workbook = files["xl/workbook.xml"]!;
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Scorecard'!$A$1:$X$3</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Scorecard'!$1:$1</definedName>`,
    );
    expect(workbook).toMatch(/localSheetId="3" hidden="1">'Data'!\$A\$1:\$L\$4</);
    expect(files["xl/worksheets/sheet2.xml"]).not.toContain("<autoFilter");
  });

  it("writes rank and 'of N' as numbers, the change's rating and a notes column", async () => {
    const files = unzip(await scorecardXlsx(scorecard));
    const strings = [...files["xl/sharedStrings.xml"]!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    for (const h of [
      "National rank",
      "Of",
      "Change rating",
      "Why this change rating",
      "Notes",
      "Benchmarks for",
    ])
      expect(strings).toContain(h);
    const row = scorecard.rows[0]!;
    expect([row.benchmarks.rank, row.benchmarks.rankOf]).toEqual([4, 4]);
    // Row 2, columns T (rank) and U (of): numbers, not text.
    const sheet = files["xl/worksheets/sheet1.xml"]!;
    expect(sheet).toMatch(/<c r="T2"[^>]*><v>4<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="U2"[^>]*><v>4<\/v><\/c>/);
    expect(sheet).not.toMatch(/<c r="T2"[^>]*t="s"/);
  });
});
