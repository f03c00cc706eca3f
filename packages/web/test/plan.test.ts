import type { ScorecardPlan } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import {
  renderPlan,
  renderReportDocument,
  renderRoadmap,
  renderScorecard,
  roadmapTakeaway,
} from "../src/index.js";
import { examplePlan, examplePlanInput, examplePlanScorecard, planFor } from "./fixtures/example-plan.js";
import { exampleScorecard } from "./fixtures/example-scorecard.js";
import { expectSnapshot } from "./snapshot.js";

const HOSTILE = `<img src=x onerror="alert(1)">'\`&`;
/** Every string in a value with the hostile text appended: ids, dates and statuses too. */
function poison<T>(value: T): T {
  if (typeof value === "string") return `${value}${HOSTILE}` as T;
  if (Array.isArray(value)) return value.map(poison) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)])) as T;
  return value;
}
const TEXT_KEYS = new Set(["title", "text", "owner", "evidenceOfImpact"]);
/** A plan file's free text made hostile (its dates, ids and statuses are checked before rating). */
function poisonText<T>(value: T): T {
  if (Array.isArray(value)) return value.map(poisonText) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === "string" && TEXT_KEYS.has(k) ? `${v}${HOSTILE}` : poisonText(v),
      ]),
    ) as T;
  return value;
}
const esc = (s: string) => s.replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const rowsOf = (s: string) => [...s.matchAll(/<tr id="kpi-action-([^"]+)"/g)].map((m) => m[1]);

describe("plan section", () => {
  it.each([
    ["plan.html", () => renderPlan(examplePlan).value],
    ["roadmap.html", () => renderRoadmap(examplePlan).value],
    ["report-plan.html", () => renderReportDocument(examplePlanScorecard)],
  ])("%s matches its snapshot", (name, render) => {
    expectSnapshot(name, render());
  });

  it("comes after the indicator table and before the details, only when the scorecard has a plan", () => {
    const out = renderScorecard(examplePlanScorecard);
    const table = out.indexOf('class="kpi-table kpi-table--indicators"');
    const plan = out.indexOf('<section class="kpi-plan"');
    expect(table).toBeGreaterThan(0);
    expect(plan).toBeGreaterThan(table);
    expect(out.indexOf('class="kpi-details"')).toBeGreaterThan(plan);
    expect(out).toContain("Improvement plan 2024/25, as at 25 November 2024</h3>");
    expect(renderScorecard(exampleScorecard)).not.toContain("kpi-plan");
  });

  it("lists actions overdue first within each theme, then the actions without a theme", () => {
    const out = renderPlan(examplePlan).value;
    expect(examplePlan.actions[0]?.id).toBe("2.1");
    expect(rowsOf(out)).toEqual(["1-1", "1-2", "2-1", "2-2", "2-3", "3-1"]);
    const captions = [...out.matchAll(/<span class="kpi-caption">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(captions).toEqual([
      "Roadmap: each action&#39;s dates and milestones",
      "Theme: Workforce",
      "Theme: Practice",
      "Actions without a theme",
    ]);
    const practice = out.slice(out.indexOf("Theme: Practice"));
    expect(rowsOf(practice)[0]).toBe("2-1");
    // Without themes, one table in the section's order.
    const flat = renderPlan({ ...examplePlan, themes: [] }).value;
    expect(rowsOf(flat)).toEqual(examplePlan.actions.map((a) => a.id.replace(".", "-")));
    expect(rowsOf(flat)[0]).toBe("2-1");
  });

  it("writes every rating as a label, and milestones and flags in words", () => {
    const out = renderPlan(examplePlan).value;
    for (const k of examplePlan.key) expect(out).toContain(`</span> ${k.label}</strong> ${k.meaning}`);
    expect(out).toContain(
      'kpi-rag kpi-rag--blue" part="rag rag-blue"><span class="kpi-rag__shape" aria-hidden="true">★</span> Complete</strong>',
    );
    expect(out).toContain("Caseload audit, due 30 Sep 2024: <strong>overdue</strong>");
    expect(out).toContain("Advert placed, due 30 Jun 2024: <strong>done</strong>");
    expect(out).toContain("Ten posts filled, due 31 Jan 2025: <strong>not done</strong>");
    for (const a of examplePlan.actions) {
      expect(out).toContain(esc(a.rating.reason));
      for (const f of a.flags) expect(out).toContain(`<strong>Flag:</strong> ${esc(f.text)}`);
    }
    expect(examplePlan.summary.flagged).toBeGreaterThan(0);
    expect(out).toContain("Latest update, 1 Nov 2024:</span> Two offers made");
    expect(out).toContain("Evidence of impact:</span> Audit grades up from 40% good to 65% good");
    expect(out).toContain("latest 21.0% against a trajectory of 20.5%; target 16.0% by 31 March 2026.");
    expect(out).toContain("</span> Behind</strong>");
    expect(out).toContain("<dt>Overdue</dt><dd>1 action</dd>");
    expect(out).toContain("<dt>Complete overall</dt><dd>62.4%</dd>");
  });

  it("uses the existing table conventions: caption, th scope, a focusable scroll region", () => {
    const out = renderPlan(examplePlan).value;
    const tables = out.split("<table").length - 1;
    expect(tables).toBe(4);
    expect(out.split("<caption>").length - 1).toBe(tables);
    expect(out.split('role="region"').length - 1).toBe(tables);
    expect(out.split('tabindex="0"').length - 1).toBe(tables);
    expect(out).toContain('<th scope="row" class="kpi-plan__ref">2.1</th>');
    expect(out).not.toMatch(/<th(?! scope)(\s[^>]*)?>/);
  });

  it("expands an acronym on its first use in the report", () => {
    const out = renderScorecard(examplePlanScorecard);
    expect(out.split('<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr>').length - 1).toBe(1);
  });

  it.each([
    ["the example plan", examplePlan],
    ["every string hostile", poison(examplePlan)],
    ["a hostile plan file, rated by core", planFor(poisonText(examplePlanInput))],
  ])("escapes %s in every field", (_, plan: ScorecardPlan) => {
    const out = renderReportDocument({ ...examplePlanScorecard, plan });
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/onerror="/i);
    expect(out).not.toContain("`");
  });

  it("shows hostile text as text", () => {
    const out = renderPlan(poison(examplePlan)).value;
    const escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&#96;&amp;";
    expect(out).toContain(`Recruit permanent social workers${escaped}`);
    expect(out).toContain(`Head of Service${escaped}`);
    expect(out).toContain(`Two offers made${escaped}`);
    expect(out).toContain(`Advert placed${escaped}`);
    expect(out).toContain(`Theme: Workforce${escaped}`);
    expect(out).toContain(`Re-referrals within 12 months${escaped}`);
    expect(out).toContain(`Audit grades up from 40% good to 65% good${escaped}`);
  });
});

describe("roadmap", () => {
  const out = renderRoadmap(examplePlan).value;
  it("names the chart by its takeaway", () => {
    expect(roadmapTakeaway(examplePlan)).toBe("6 actions from 1 Apr 2024 to 31 Mar 2025; 1 overdue");
    expect(out).toContain('role="img" aria-label="6 actions from 1 Apr 2024 to 31 Mar 2025; 1 overdue"');
  });
  it("draws a bar per dated action, a diamond for a due date alone, milestones and today", () => {
    expect(out.split("<rect ").length - 1).toBe(5 + 2); // five bars, two legend swatches
    expect(out).toMatch(/<path d="M[\d.]+ [\d.]+L/);
    expect(out.split("<circle ").length - 1).toBe(3 + 2);
    expect(out).toContain(">Today 25 Nov 2024</text>");
    const refs = [...out.matchAll(/font-weight="700">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(refs.slice(0, 6)).toEqual(examplePlan.actions.map((a) => a.id));
  });
  it("keeps every label inside the view box", () => {
    const width = Number(/viewBox="0 0 (\d+)/.exec(out)?.[1]);
    const texts = [...out.matchAll(/<text x="([\d.]+)"([^>]*)>([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(8);
    for (const [, at, attrs, text] of texts) {
      const x = Number(at);
      const anchor = /text-anchor="(\w+)"/.exec(attrs ?? "")?.[1];
      const half = (text ?? "").length * 3.7;
      const [from, to] =
        anchor === "end" ? [x - 2 * half, x] : anchor === "middle" ? [x - half, x + half] : [x, x + 2 * half];
      expect(from, text).toBeGreaterThanOrEqual(0);
      expect(to, text).toBeLessThanOrEqual(width);
    }
  });
  it("gives the same data as a table", () => {
    expect(out).toContain("<summary>Show the roadmap as a table</summary>");
    expect(out).toContain(
      '<tr><th scope="row">3.1</th><td>6 Jan 2025</td><td>31 Mar 2025</td><td>Not started</td><td>None</td></tr>',
    );
    expect(out).toContain("Caseload audit (30 Sep 2024): overdue");
    expect(out).toContain(
      '<tr><th scope="row">2.1</th><td>1 Jun 2024</td><td>31 Oct 2024<br><strong>Overdue</strong></td>',
    );
    expect(out.split("<strong>Overdue</strong>").length - 1).toBe(1);
  });
  it("says so when nothing has a date", () => {
    const none = renderRoadmap({ ...examplePlan, timeline: null }).value;
    expect(none).toContain("No action has a date to draw.");
    expect(none).not.toContain("<svg");
  });
});
