// Checks the catalogue against the published LAIT metadata and the councils' own wording in data/councils.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without type declarations
import {
  cleanText,
  deriveDefinitions,
  fixMojibake,
  laitSlug,
  render,
  sentenceCase,
  unshout,
} from "../scripts/derive-catalogue.mjs";
import { findIndicator, getIndicatorByLait } from "../src/catalogue/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const data = path.resolve(repoRoot, "data");
const metadataCsv = readFileSync(path.join(data, "published/lait/lait_csc_indicator_metadata.csv"), "utf8");
const valuesCsv = readFileSync(path.join(data, "published/lait/lait_csc_indicators_long.csv"), "utf8");
const metadata: Record<string, string>[] = parse(metadataCsv, {
  columns: true,
  bom: true,
  skip_empty_lines: true,
});

describe("LAIT measures", () => {
  it("the generated file is what the script derives from the metadata", () => {
    const committed = readFileSync(path.resolve(here, "../src/_data/lait-measures.generated.ts"), "utf8");
    expect(render(deriveDefinitions(metadataCsv, valuesCsv))).toBe(committed);
  });

  it("finds all 112 measures by LAIT id with LAIT's polarity, no-quartile flag and decimals", () => {
    expect(metadata.length).toBe(112);
    const polarity: Record<string, string> = {
      High: "higher-is-better",
      Low: "lower-is-better",
      "-": "no-judgement",
      "": "no-judgement",
    };
    for (const m of metadata) {
      const id = m.measure_short as string;
      const d = getIndicatorByLait(id);
      expect(d, id).toBeDefined();
      expect([id, d?.polarity]).toEqual([id, polarity[(m.polarity ?? "").trim()]]);
      expect([id, d?.noQuartile === true]).toEqual([id, m.no_quartile === "N"]);
      if ((m.dps ?? "") !== "") expect([id, d?.decimals]).toEqual([id, Number(m.dps)]);
      const found = findIndicator(id);
      expect(found.ok ? found.indicator.lait : found.message).toBe(id);
    }
  });

  it("repairs mis-decoded text in general, not from a list", () => {
    expect(fixMojibake("children\u00e2\u0080\u0099s")).toBe("children\u2019s");
    expect(fixMojibake("children\u00e2\u20ac\u2122s")).toBe("children\u2019s");
    expect(fixMojibake("\u00e2\u0080\u009ca request\u00e2\u0080\u009d")).toBe("\u201ca request\u201d");
    expect(fixMojibake("caf\u00c3\u00a9 \u00e2\u0082\u00ac5")).toBe("caf\u00e9 \u20ac5");
    expect(fixMojibake("Fran\u00e7ois \u00e2 ok")).toBe("Fran\u00e7ois \u00e2 ok");
    expect(cleanText("a\u00c2\u00a0b  c\r\n\r\n\r\nd")).toBe("a b c\n\nd");
  });

  it("writes LAIT's shouted English words in lower case so they do not read as acronyms", () => {
    expect(unshout("placed NOT part of the care plan. NOTE: OFFICIAL STATISTICS, NOTTS")).toBe(
      "placed not part of the care plan. Note: official statistics, NOTTS",
    );
    const d = getIndicatorByLait("LAC_RetHome_Not_CarePlan_%");
    expect(d?.title).toContain("not part of the care plan");
    expect(d?.aliases.some((a) => a.includes("NOT part of the care plan"))).toBe(true);
  });

  it("writes LAIT topics in sentence case", () => {
    expect(sentenceCase("Children Looked After")).toBe("Children looked after");
    expect(sentenceCase("Children's Services Workforce")).toBe("Children's services workforce");
    expect(sentenceCase("Adoption")).toBe("Adoption");
  });

  it("derives ids with the documented slug rule", () => {
    expect(laitSlug("CPP_Total_Rateper10,000")).toBe("lait-cpp-total-rateper10-000");
    expect(laitSlug("%_of LAC Adopted")).toBe("lait-pct-of-lac-adopted");
    expect(laitSlug("LAC%_Adopt_AppUnop")).toBe("lait-lac-pct-adopt-appunop");
    expect(laitSlug("Number_Foster_Places(New)")).toBe("lait-number-foster-places-new");
  });

  it("rejects a measure with an unknown polarity or year type instead of guessing", () => {
    const header =
      "measure_short,measure,topic,polarity,year_type,no_quartile,dps,chart_title,y_axis_name,description,methodology,source_link,source_table";
    expect(() =>
      deriveDefinitions(
        `${header}\nX,Name,T,Up,Financial Year,,,Name,%,d,m,,\n`,
        "measure_short,year_label,la_number,area_name,value_raw\n",
      ),
    ).toThrow(/polarity/);
    expect(() =>
      deriveDefinitions(
        `${header}\nX,Name,T,High,Weekly,,,Name,%,d,m,,\n`,
        "measure_short,year_label,la_number,area_name,value_raw\n",
      ),
    ).toThrow(/year type/);
  });
});

describe("the councils' wording", () => {
  it("resolves every row of Wiltshire's self-assessment table as printed in the minutes", () => {
    const seed = readFileSync(
      path.resolve(repoRoot, "data/councils/wiltshire-2020-self-assessment.tsv"),
      "utf8",
    );
    const lines = seed.split(/\r?\n/);
    const start = lines.findIndex((l) => l.startsWith("Indicator\t"));
    const rows: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (!line.includes("\t")) break;
      rows.push(line.split("\t")[0] as string);
    }
    expect(rows.length).toBe(20);
    const unresolved = rows.filter((r) => !findIndicator(r).ok);
    expect(unresolved).toEqual([]);
    expect(
      new Set(
        rows.map((r) => {
          const m = findIndicator(r);
          return m.ok ? m.indicator.id : r;
        }),
      ).size,
    ).toBe(20);
  });
});
