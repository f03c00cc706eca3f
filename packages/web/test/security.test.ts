import type { Scorecard } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { renderIndicatorTable, renderReportDocument, renderScorecard } from "../src/index.js";
import { exampleScorecard } from "./fixtures/example-scorecard.js";

const EVIL = [
  "<script>alert(1)</script>",
  '" onerror="alert(1)',
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "</style><script>alert(2)</script>",
  "' onmouseover='alert(3)",
];

function poisoned(evil: string): Scorecard {
  const s = exampleScorecard;
  return {
    ...s,
    title: `Title ${evil}`,
    area: { ...s.area, name: `Area ${evil}`, code: evil },
    rows: s.rows.map((r) => ({
      ...r,
      indicator: { ...r.indicator, id: evil, title: `T ${evil} ICPC`, shortTitle: evil, description: evil },
      section: evil,
      note: evil,
      rag: { ...r.rag, reason: evil, status: evil as "red" },
      directionReason: evil,
      current: r.current && { ...r.current, display: evil, period: { ...r.current.period, label: evil } },
      benchmarks: {
        ...r.benchmarks,
        neighbours: r.benchmarks.neighbours && {
          ...r.benchmarks.neighbours,
          display: evil,
          members: r.benchmarks.neighbours.members.map((m) => ({ ...m, name: evil, code: evil })),
        },
      },
      trend: r.trend.map((p) => ({ ...p, display: evil, period: { ...p.period, label: evil } })),
      spc: r.spc && { ...r.spc, summary: evil, points: r.spc.points.map((p) => ({ ...p, label: evil })) },
    })),
    glossary: [
      { term: "ICPC", expansion: evil, description: evil },
      { term: evil, expansion: evil },
    ],
    key: s.key.map((k) => ({ ...k, meaning: evil })),
    provenance: [{ name: evil, kind: "local", date: evil, description: evil }],
    dataQuality: [{ code: evil, message: evil, source: evil, indicatorId: evil }],
  };
}

describe("untrusted text renders inert", () => {
  it.each(EVIL)("%s", (evil) => {
    const outputs = [
      renderReportDocument(poisoned(evil)),
      renderScorecard(poisoned(evil)),
      renderIndicatorTable(poisoned(evil)).value,
    ];
    for (const raw of outputs) {
      // Quoted attribute values are inert whatever they say (their quotes are escaped), so drop them first.
      const out = raw.replace(/="[^"]*"/g, '=""');
      for (const m of raw.matchAll(/="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>]/);
      expect(out).not.toMatch(/<script/i);
      expect(out).not.toMatch(/<img/i);
      // Data can only appear as text or as quoted attribute values, so every real tag is ours: none has an
      // event handler, an inline style or a javascript: URL.
      expect(out).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
      expect(out).not.toMatch(
        /<[a-z][^<>]*\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:/i,
      );
      expect(out).not.toMatch(/<[a-z][^<>]*\sstyle\s*=/i);
    }
    const doc = outputs[0]!;
    // Exactly one style element and it is the built-in one: data never closes it.
    expect(doc.match(/<\/style>/g)).toHaveLength(1);
    expect(doc.indexOf("</style>")).toBeLessThan(doc.indexOf("<body>"));
  });
  it("escapes the text rather than dropping it", () => {
    const out = renderScorecard(poisoned("<script>alert(1)</script>"));
    expect(out).toContain("T &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain('<abbr title="&lt;script&gt;alert(1)&lt;/script&gt;">ICPC</abbr>');
  });
  it("ignores extra CSS that tries to close the style element", () => {
    const doc = renderReportDocument(exampleScorecard, {
      css: "</style><script>alert(1)</script>",
      lang: '"><script>',
    });
    expect(doc).not.toMatch(/<script/i);
    expect(doc).toContain('<html lang="en-GB">');
  });
});
