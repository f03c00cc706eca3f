// Every acronym a report shows is either in the scorecard's glossary (and so marked with <abbr> and listed) or
// written out: the renderers' own words included, over whole documents.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGlossary, type Scorecard, unexplainedAcronyms } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { renderReportDocument } from "../src/index.js";
import { exampleScorecard } from "./fixtures/example-scorecard.js";

const coreFile = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../core/test/fixtures/scorecard-example.json",
);
const coreExample = JSON.parse(readFileSync(coreFile, "utf8")) as Scorecard;

/**
 * The text a reader sees, less identifiers shown as code (LAIT measure ids such as `LAC_LongStable%`) and
 * less the sources, whose names and descriptions are the data's own words (buildScorecard puts their
 * acronyms in the glossary, or notes them as unexplained).
 */
function readerText(doc: string): string {
  return doc
    .replace(/<section class="kpi-sources"[\s\S]*?<\/section>/, " ")
    .replace(/<(style|script|code)\b[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'");
}

const withLait = (sc: Scorecard): Scorecard =>
  ({
    ...sc,
    rows: sc.rows.map((r, i) => ({ ...r, indicator: { ...r.indicator, lait: `LAC_Measure${i}%` } })),
  }) as Scorecard;

describe("no unexplained acronyms in a rendered report", () => {
  it("core's buildScorecard example: only the fixture's own high performers label is unexplained", () => {
    // "LAs rated Outstanding" is the input's wording; buildScorecard now notes such acronyms for the caller.
    const doc = renderReportDocument(coreExample);
    expect(unexplainedAcronyms(readerText(doc), createGlossary(coreExample.glossary))).toEqual(["LA"]);
    const glossary = [...coreExample.glossary, { term: "LA", expansion: "local authority" }];
    const explained = renderReportDocument({ ...coreExample, glossary });
    expect(unexplainedAcronyms(readerText(explained), createGlossary(glossary))).toEqual([]);
    expect(explained).toContain(
      'high performers: <abbr title="local authority">LA</abbr>s rated Outstanding.',
    );
  });

  it.each([
    ["the web fixture", exampleScorecard],
    ["the web fixture with LAIT measure ids", withLait(exampleScorecard)],
    [
      "the web fixture with high performers",
      {
        ...exampleScorecard,
        rows: exampleScorecard.rows.map((r) => ({
          ...r,
          benchmarks: {
            ...r.benchmarks,
            highPerformers: { label: "Outstanding authorities", value: 1, display: "1", count: 35 },
          },
        })),
      } as Scorecard,
    ],
  ])("%s", (_name, sc) => {
    const doc = renderReportDocument(sc);
    expect(unexplainedAcronyms(readerText(doc), createGlossary(sc.glossary ?? []))).toEqual([]);
  });

  it("writes out the Local Authority Interactive Tool unless the glossary explains LAIT", () => {
    const noLait = exampleScorecard.glossary.filter((e) => e.term !== "LAIT");
    const plain = renderReportDocument({ ...withLait(exampleScorecard), glossary: noLait });
    expect(plain).toContain(
      'Local Authority Interactive Tool measure <code class="kpi-code">LAC_Measure0%</code>',
    );
    expect(unexplainedAcronyms(readerText(plain), createGlossary(noLait))).toEqual([]);
    const marked = renderReportDocument(withLait(exampleScorecard));
    expect(marked).toContain(
      '<abbr title="Local authority interactive tool">LAIT</abbr> measure <code class="kpi-code">LAC_Measure0%</code>',
    );
    expect(marked).toContain("; LAIT measure <code");
  });

  it("says local authorities, not LAs, for the high performers' count", () => {
    const sc = {
      ...exampleScorecard,
      rows: [
        {
          ...exampleScorecard.rows[0]!,
          benchmarks: {
            ...exampleScorecard.rows[0]!.benchmarks,
            highPerformers: { label: "Outstanding authorities", value: 20.1, display: "20.1%", count: 35 },
          },
        },
      ],
    } as Scorecard;
    const doc = renderReportDocument(sc);
    expect(doc).toContain("20.1% (35 local authorities)");
    expect(doc).not.toMatch(/\bLAs\b/);
  });
});
