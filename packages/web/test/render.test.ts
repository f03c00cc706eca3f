import type { Scorecard, ScorecardRow } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import {
  documentCss,
  neighbourTakeaway,
  renderDataQuality,
  renderDetail,
  renderGlossary,
  renderIndicatorTable,
  renderKey,
  renderNeighbourChart,
  renderRagTag,
  renderReportDocument,
  renderScorecard,
  renderSources,
  renderSparkline,
  renderSpcChart,
  renderSummary,
  renderTrendChart,
  reportCss,
  sparklineLabel,
  trendTakeaway,
} from "../src/index.js";
import { exampleScorecard, largeScorecard } from "./fixtures/example-scorecard.js";
import { expectSnapshot } from "./snapshot.js";

const sc: Scorecard = exampleScorecard;
const row = (id: string): ScorecardRow => {
  const r = sc.rows.find((x) => x.indicator.id === id);
  if (!r) throw new Error(id);
  return r;
};
const reRef = row("re-referrals-12m");
const icpc = row("icpc-15-days");
const count = (s: string, needle: string | RegExp) =>
  typeof needle === "string" ? s.split(needle).length - 1 : (s.match(needle) ?? []).length;

describe("snapshots (test/output)", () => {
  it.each([
    [
      "rag-tag.html",
      () =>
        ["red", "amber", "green", "blue", "not-rated"].map((s) => renderRagTag(s as "red").value).join("\n"),
    ],
    ["sparkline.svg", () => renderSparkline(reRef.trend, { label: "Re-referrals trend" }).value],
    ["neighbour-chart.html", () => renderNeighbourChart(reRef, { area: sc.area }).value],
    ["trend-chart.html", () => renderTrendChart(reRef).value],
    ["spc-chart.html", () => renderSpcChart(icpc).value],
    ["indicator-table.html", () => renderIndicatorTable(sc).value],
    ["key.html", () => renderKey(sc).value],
    ["glossary.html", () => renderGlossary(sc.glossary).value],
    ["summary.html", () => renderSummary(sc).value],
    ["detail.html", () => renderDetail(icpc, sc).value],
    ["scorecard.html", () => renderScorecard(sc)],
    ["report.html", () => renderReportDocument(sc)],
  ])("%s", (name, render) => {
    expectSnapshot(name, render());
  });
});

describe("doc examples", () => {
  it("renderRagTag", () => {
    expect(renderRagTag("amber").value).toBe(
      '<strong class="kpi-rag kpi-rag--amber" part="rag rag-amber"><span class="kpi-rag__shape" aria-hidden="true">▲</span> Amber</strong>',
    );
  });
  it("the others", () => {
    expect(
      renderSparkline([]).value.includes('<span class="kpi-visually-hidden">Trend: no values to show</span>'),
    ).toBe(true);
    expect(
      renderNeighbourChart(reRef, { area: { code: "865", name: "Wiltshire" } }).value.startsWith(
        '<figure class="kpi-figure',
      ),
    ).toBe(true);
    expect(renderTrendChart(reRef).value.includes('class="kpi-chart kpi-chart--trend"')).toBe(true);
    expect(renderSpcChart({ ...reRef, spc: null }).value).toBe("");
    expect(renderIndicatorTable(sc).value.includes('<th scope="col" class="kpi-num">England</th>')).toBe(
      true,
    );
    expect(renderKey(sc).value.includes("higher or lower is better")).toBe(true);
    expect(
      renderGlossary([{ term: "CIN", expansion: "Child in need" }]).value.includes(
        "<dt>CIN</dt><dd>Child in need</dd>",
      ),
    ).toBe(true);
    expect(renderSummary(sc).value.includes("Biggest deteriorations")).toBe(true);
    expect(
      renderDetail(reRef, sc).value.startsWith('<section class="kpi-detail" part="detail" id="kpi-detail-'),
    ).toBe(true);
    expect(
      renderSources({ provenance: [{ name: "LAIT", kind: "published", date: "2025-03-12" }] }).value.includes(
        "12 March 2025",
      ),
    ).toBe(true);
    expect(renderDataQuality({ dataQuality: [], rows: [] }).value.includes("No data quality issues")).toBe(
      true,
    );
    expect(renderScorecard(sc).startsWith('<article class="kpi-scorecard"')).toBe(true);
    expect(reportCss.includes("@page")).toBe(true);
    expect(documentCss.includes(".kpi-skip")).toBe(true);
    expect(sparklineLabel([], "Re-referrals")).toBe("Re-referrals: no values to show");
    expect(renderReportDocument(sc).startsWith("<!doctype html>")).toBe(true);
  });
});

describe("takeaways (accessible names of charts)", () => {
  it("states the value, period and comparison with the neighbour average by polarity", () => {
    expect(neighbourTakeaway(reRef)).toBe(
      "Re-referrals within 12 months: 18.9% in 2019/20, worse than the neighbour average of 16.2%",
    );
    expect(neighbourTakeaway(row("assessments-45-days"))).toBe(
      "Single assessments completed within 45 working days: 86.4% in 2019/20, better than the neighbour average of 84.9%",
    );
    expect(neighbourTakeaway(row("s47-to-icpc"))).toBe(
      "S47 enquiries leading to an ICPC: 33.0% in 2019/20, higher than the neighbour average of 32.5%",
    );
    expect(neighbourTakeaway(row("care-leavers-accommodation"))).toBe(
      "Care leavers aged 19 to 21 in suitable accommodation: [c] in 2019/20; the neighbour average is 88%",
    );
    expect(renderNeighbourChart(reRef, { area: sc.area }).value).toContain(
      'role="img" aria-label="Re-referrals within 12 months: 18.9% in 2019/20, worse than the neighbour average of 16.2%"',
    );
  });
  it("trend: first and latest value with the recent trend", () => {
    expect(trendTakeaway(reRef)).toBe(
      "Re-referrals within 12 months: from 15.6% in 2015/16 to 18.9% in 2019/20; Increasing and getting worse over the latest 5 points.",
    );
    expect(trendTakeaway(row("agency-social-workers"))).toBe(
      "Agency social workers (FTE): from 58 in 2016/17 to 23 in 2019/20; Down from 66 to 23; lower is better.",
    );
  });
});

describe("indicator table (DESIGN §5)", () => {
  const table = renderIndicatorTable(sc).value;
  it("has a caption, column and row header scopes, and a focusable labelled scroll region", () => {
    expect(table).toContain(
      '<caption><span class="kpi-caption">Children&#39;s social care performance: Wiltshire, 2019/20</span></caption>',
    );
    expect(count(table, '<th scope="col"')).toBe(13);
    expect(count(table, '<th scope="row"')).toBe(7);
    expect(count(table, '<th scope="colgroup"')).toBe(5);
    expect(table).toMatch(
      /^<div class="kpi-scroll" part="scroll" role="region" aria-label="[^"]+" tabindex="0">/,
    );
  });
  it("puts a text label in every rated cell, with the reason", () => {
    const cells = table.match(/<td class="kpi-col-rating">.*?<\/td>/g) ?? [];
    expect(cells).toHaveLength(7);
    for (const c of cells)
      expect(c).toMatch(
        /aria-hidden="true">[◆▲●★○]<\/span> (Red|Amber|Green|Blue|Not rated)<\/strong><span class="kpi-reason( kpi-reason--context)?">[^<]/,
      );
    expect(table).toContain("18.9% is worse than the 16% target by 2.9 percentage points");
  });
  it("shows change in words with an arrow hidden from screen readers, and the direction of travel", () => {
    expect(table).toContain(
      '<span class="kpi-arrow" aria-hidden="true">↑</span> Up 3.9 pts<br><span class="kpi-dir kpi-dir--worsening">Worsening</span>',
    );
    expect(table).toContain(
      '<span class="kpi-arrow" aria-hidden="true">↓</span> Down 43<br><span class="kpi-dir kpi-dir--improving">Improving</span>',
    );
    expect(table).toContain(
      '<span class="kpi-arrow" aria-hidden="true">→</span> No change<br><span class="kpi-dir kpi-dir--no-change">No change</span>',
    );
  });
  it("marks GSS shorthand with its meaning, right-aligns numbers and says which way is better", () => {
    expect(table).toContain(
      '<abbr class="kpi-marker" title="confidential: suppressed to protect children&#39;s privacy (small numbers)">[c]</abbr>',
    );
    expect(table).toContain('<td class="kpi-num">40 of 152<br><span class="kpi-band">Band B</span></td>');
    expect(table).toContain("Lower is better; unit: %");
    // An indicator that is not judged is marked as context (the key says what that means).
    expect(table).toContain("Context, not judged; unit: %");
  });
  it("expands each acronym with <abbr title> on first use only", () => {
    const doc = renderScorecard(sc);
    expect(count(doc, '<abbr title="Initial child protection conference">ICPC</abbr>')).toBe(1);
    expect(count(doc, '<abbr title="Section 47 enquiry">S47</abbr>')).toBe(1);
    expect(count(doc, '<abbr title="Children looked after">CLA</abbr>')).toBe(1);
    expect(
      doc.indexOf('<abbr title="Initial child protection conference">ICPC</abbr>s held'),
    ).toBeGreaterThan(0);
  });
  it("renders sort buttons and aria-sort only when asked", () => {
    expect(table).not.toContain("<button");
    const sortable = renderIndicatorTable(sc, {
      sortable: true,
      sort: { key: "rating", direction: "ascending" },
    }).value;
    expect(count(sortable, '<button type="button" class="kpi-sort"')).toBe(7);
    expect(sortable).toContain(
      'aria-sort="ascending"><button type="button" class="kpi-sort" data-kpi-sort="rating">Rating and reason',
    );
    expect(count(sortable, 'aria-sort="none"')).toBe(6);
  });
});

describe("charts", () => {
  it("sparkline draws one path through the values and marks the latest", () => {
    const svg = renderSparkline(reRef.trend).value;
    expect(svg).toContain('<path d="M3 18.45L25.5 25L48 16.57L70.5 21.26L93 3"');
    expect(svg).toContain('<circle cx="93" cy="3"');
  });
  it("neighbour chart: the area first when it is highest, reference lines for the neighbour average and England, a data table", () => {
    const fig = renderNeighbourChart(reRef, { area: sc.area }).value;
    expect(fig.indexOf(">Wiltshire<")).toBeLessThan(fig.indexOf(">Telford and Wrekin<"));
    expect(fig).toContain("Neighbour average 16.2%");
    expect(fig).toContain("England 22.6%");
    expect(count(fig, '<tr><th scope="row">')).toBe(12); // 10 neighbours + average + England
    expect(fig).toContain(
      '<details class="kpi-data"><summary>Show the neighbour figures as a table</summary>',
    );
  });
  it("SPC chart only with 15 or more points; points shaped and coloured by type; mean, limits and target", () => {
    const spc = renderSpcChart(icpc).value;
    expect(count(spc, '<rect x="')).toBe(7 + 1); // 7 improvement squares + 1 legend square
    expect(count(spc, "<circle ")).toBe(17 + 1);
    expect(spc).toContain('fill="#12436D"');
    expect(spc).toContain("Mean 84.2");
    expect(spc).toContain("Process limits 76.3 to 92.1");
    expect(spc).toContain("Target 90%");
    expect(spc).toContain("<td>Special cause: improvement</td>");
    // x labels are thinned; one too close to the last ("Aug 2020", three points on) is dropped, not overlapped.
    // (the last label is anchored at its end when centring it would run past the right edge)
    const xLabels = [...spc.matchAll(/y="198" text-anchor="(?:middle|end)">([^<]+)</g)].map((m) => m[1]);
    expect(xLabels).toEqual(["Sep 2018", "Feb 2019", "Jul 2019", "Dec 2019", "Aug 2020"]);
    const fourteen = { ...icpc, spc: { ...icpc.spc!, points: icpc.spc!.points.slice(0, 14) } };
    expect(renderSpcChart(fourteen).value).toBe("");
    const detail = renderDetail(reRef, sc).value;
    expect(detail).not.toContain("kpi-figure--spc");
    expect(renderDetail(icpc, sc).value).toContain("kpi-figure--spc");
  });
});

describe("report document", () => {
  const doc = renderReportDocument(sc);
  it("is self-contained, script-free and print-ready on A4", () => {
    expect(doc).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(doc).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect(doc).toContain("@page{size:A4 landscape");
    expect(doc).toContain(".kpi-table thead{display:table-header-group}");
    expect(doc).toMatch(/\.kpi-table tr,[^{]*\{break-inside:avoid\}/);
    expect(doc).toContain("default-src 'none'; style-src 'unsafe-inline'");
    expect(doc).not.toMatch(/\sstyle="/);
    expect(doc).not.toMatch(/\son[a-z]+=/i);
  });
  it("has every section the committee paper needs, in order", () => {
    const order = [
      "<h1",
      "Summary",
      "Key",
      '<table class="kpi-table kpi-table--indicators"',
      "Indicator details",
      "Glossary",
      "Sources",
      "Data quality notes",
    ];
    const at = order.map((s) => doc.indexOf(s));
    expect(at.every((a) => a >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(doc).toContain('dated <time datetime="2025-03-12">12 March 2025</time>');
    expect(doc).toContain(
      "Two rows for 2019/20; the later one (row 12) was used. (wiltshire-local.csv, row 12)",
    );
    expect(count(doc, 'class="kpi-detail"')).toBe(7);
    expect(count(doc, "kpi-figure--spc")).toBe(1);
  });
  it("renders 60 rows with a sparkline each", () => {
    const big = renderReportDocument(largeScorecard(60), { details: false });
    expect(count(big, 'class="kpi-sparkline"')).toBe(60);
    expect(big).not.toContain('class="kpi-details"');
  });
  it("keeps ids unique with a prefix", () => {
    const a = renderScorecard(sc, { idPrefix: "first" });
    const ids = [...a.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id?.startsWith("first-"))).toBe(true);
  });
  it("is deterministic", () => {
    expect(renderReportDocument(sc)).toBe(renderReportDocument(structuredClone(sc)));
  });
});

describe("acronyms in reading order", () => {
  it("marks the first use in the table, not in the detail sections after it", () => {
    const doc = renderScorecard(sc);
    const first = doc.indexOf("ICPC");
    expect(doc.slice(first - 50, first + 11)).toContain(
      '<abbr title="Initial child protection conference">ICPC</abbr>',
    );
    expect(doc.indexOf('<abbr title="Initial child protection conference">')).toBeLessThan(
      doc.indexOf('class="kpi-details"'),
    );
  });
});

describe("period wording", () => {
  it("says 'at' for a snapshot and 'in' for a span", () => {
    const snap = {
      kind: "snapshot",
      date: "2024-03-31",
      start: "2024-03-31",
      end: "2024-03-31",
      label: "31 Mar 2024",
    } as const;
    const r = { ...reRef, current: reRef.current && { ...reRef.current, period: snap } };
    expect(neighbourTakeaway(r)).toBe(
      "Re-referrals within 12 months: 18.9% at 31 Mar 2024, worse than the neighbour average of 16.2%",
    );
    expect(renderSummary(sc).value).toContain("(66 in 2018/19 to 23 in 2019/20)");
  });
});
