import { buildScorecard, financialYear, type IndicatorDefinition, type Scorecard } from "@kpikit/core";
import { expect, it } from "vitest";
import { renderReport } from "./render-report.js";

const definitions: readonly IndicatorDefinition[] = [
  {
    id: "rr",
    title: "Re-referrals | within 12 months",
    shortTitle: "Re-referrals",
    description: "d",
    unit: "percent",
    polarity: "lower-is-better",
    decimals: 1,
    periodType: "financial-year",
    source: "local",
    aliases: [],
    acronyms: [],
    method: "",
  },
];

const scorecard: Scorecard = buildScorecard({
  area: { code: "865", name: "Wiltshire", kind: "la" },
  generated: "2021-01-19",
  definitions,
  observations: [
    { indicatorId: "rr", area: "865", period: financialYear(2018), value: 15, status: "ok" },
    { indicatorId: "rr", area: "865", period: financialYear(2019), value: 19.4, status: "ok" },
  ],
  comparators: { neighbours: [] },
});

it("writes JSON only when the Scorecard matches its schema", async () => {
  const json = await renderReport(scorecard, "json");
  expect(JSON.parse(String(json)).rows[0].direction).toBe("worsening");
  const broken = { ...scorecard, schemaVersion: 3 } as unknown as Scorecard;
  await expect(renderReport(broken, "json")).rejects.toThrow(/does not match its schema/);
});

it("escapes table pipes in Markdown and quotes CSV fields", async () => {
  const md = String(await renderReport(scorecard, "md"));
  expect(md).toContain(
    "| Re-referrals \\| within 12 months | **Red**: Worsening: up from 15.0% to 19.4%, more than the no-change band of 1 percentage point; lower is better. | 19.4% (2019/20) | 15.0% (2018/19) | +4.4 pts | **Worsening**: Up from 15.0% to 19.4%, more than the no-change band of 1 percentage point; lower is better |",
  );
  const csv = String(await renderReport(scorecard, "csv")).split("\r\n");
  expect(csv[1]).toContain(
    ',rr,Re-referrals | within 12 months,percent,Lower is better,2019/20,19.4,19.4%,2018/19,15,4.4,+4.4 pts,Worsening,"Up from 15.0% to 19.4%, more than the no-change band of 1 percentage point; lower is better",band,Worsening,',
  );
});

// Every text a Scorecard carries, with HTML and Markdown in it: none of it may reach the Markdown as markup.
const EVIL = "<img src=x onerror=alert(1)> *bold* [link](javascript:x) `code` | pipe";
const evil: Scorecard = {
  ...scorecard,
  title: `Title ${EVIL}`,
  area: { ...scorecard.area, name: `Area ${EVIL}` },
  rows: scorecard.rows.map((r) => ({
    ...r,
    section: `Section ${EVIL}`,
    indicator: { ...r.indicator, title: `Indicator ${EVIL}`, shortTitle: `Short ${EVIL}` },
    rag: { ...r.rag, reason: `Reason ${EVIL}` },
    ...(r.changeRating ? { changeRating: { ...r.changeRating, reason: `Change ${EVIL}` } } : {}),
    note: `Note ${EVIL}`,
  })),
  summary: { ...scorecard.summary, biggestDeteriorations: ["rr"] },
  glossary: [{ term: `Term ${EVIL}`, expansion: `Expansion ${EVIL}`, description: `Description ${EVIL}` }],
  key: scorecard.key.map((k) => ({ ...k, meaning: `${k.label}: Meaning ${EVIL}` })),
  keyRules: (scorecard.keyRules ?? []).map((r) => ({ ...r, title: `Rule ${EVIL}` })),
  provenance: [{ name: `Source ${EVIL}`, kind: "local", description: `About ${EVIL}` }],
  dataQuality: [
    { code: "x", message: `General ${EVIL}`, source: `File ${EVIL}` },
    { code: "y", message: `Row note ${EVIL}`, indicatorId: "rr" },
  ],
};

it("escapes every text in Markdown as the HTML report does: titles, sections, cells, key, glossary, notes", async () => {
  const md = String(await renderReport(evil, "md"));
  expect(md).not.toMatch(/<img|<\/?[a-z]/i);
  expect(md).not.toMatch(/(^|[^\\])\[link\]/);
  expect(md).not.toMatch(/(^|[^\\])\*bold/);
  expect(md).not.toMatch(/(^|[^\\])`code/);
  const escaped =
    "&lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](javascript:x) \\`code\\` \\| pipe";
  for (const label of [
    "Title",
    "Area",
    "Section",
    "Indicator",
    "Short",
    "Reason",
    "Change",
    "Term",
    "Expansion",
    "Description",
    "Meaning",
    "Rule",
    "Source",
    "About",
    "General",
    "File",
    "Row note",
  ])
    expect(md, label).toContain(`${label} ${escaped}`);
  // A table row has exactly the header's number of cells: no pipe got through.
  const header = md.split("\n").find((l) => l.startsWith("| Indicator |"))!;
  const row = md.split("\n").find((l) => l.startsWith("| Indicator &lt;img"))!;
  const cells = (l: string) => l.split(/(?<!\\)\|/).length;
  expect(cells(row)).toBe(cells(header));
});

it("does not double the rating's label in the Markdown key", async () => {
  const md = String(await renderReport(scorecard, "md"));
  expect(md).not.toMatch(/\*\*(Red|Amber|Green|Not rated)\*\*:? \1:/);
});

it.each([
  ["not judged", "no-judgement", [15, 19.4], "**Not rated**: Re-referrals is not judged"],
  ["no rule could rate it", "lower-is-better", [19.4], "**Not rated**: no rule could rate this"],
] as const)(
  "says a row's rating once in the Markdown table when %s",
  async (_why, polarity, values, expected) => {
    const sc = buildScorecard({
      area: { code: "865", name: "Wiltshire", kind: "la" },
      generated: "2021-01-19",
      definitions: [{ ...definitions[0]!, polarity }],
      observations: values.map((value, i) => ({
        indicatorId: "rr",
        area: "865",
        period: financialYear(2019 - values.length + 1 + i),
        value,
        status: "ok" as const,
      })),
      comparators: { neighbours: [] },
      policy: { defaults: [{ kind: "target" }] },
    });
    const line = String(await renderReport(sc, "md"))
      .split("\n")
      .find((l) => l.startsWith("| Re-referrals"));
    expect(line).toContain(expected);
    expect(line).not.toMatch(/\*\*([A-Z][a-z]+(?: [a-z]+)*)\*\*: \1:/);
  },
);

it.each<[string, string | undefined, string | undefined, readonly string[]]>([
  [
    "both figures noted",
    "75-77% in the table",
    "Year End 18/19",
    ["current figure (2019/20): 75-77% in the table", "previous figure (2018/19): Year End 18/19"],
  ],
  [
    "the current figure only",
    'written as "19.4% | Year End"',
    undefined,
    ['current figure (2019/20): written as "19.4% \\| Year End"'],
  ],
  ["no note", undefined, undefined, []],
])("Markdown lists a row's notes under its table: %s", async (_what, currentNote, previousNote, expected) => {
  const noted = buildScorecard({
    area: { code: "865", name: "Wiltshire", kind: "la" },
    generated: "2021-01-19",
    definitions,
    observations: [
      {
        indicatorId: "rr",
        area: "865",
        period: financialYear(2018),
        value: 15,
        status: "ok",
        ...(previousNote ? { note: previousNote } : {}),
      },
      {
        indicatorId: "rr",
        area: "865",
        period: financialYear(2019),
        value: 19.4,
        status: "ok",
        ...(currentNote ? { note: currentNote } : {}),
      },
    ],
    comparators: { neighbours: [] },
  });
  const md = String(await renderReport(noted, "md")).split("\n");
  const notes = md.filter((l) => l.startsWith("- **Re-referrals**:"));
  expect(notes).toEqual(expected.length ? [`- **Re-referrals**: ${expected.join("; ")}`] : []);
  expect(md.includes("Notes:")).toBe(expected.length > 0);
});
