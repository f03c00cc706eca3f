// What a committee paper says about whose it is: names that read naturally, a former LA as at its last year, the
// export columns an analyst works with, the detail level.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kpikit } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "kpikit-paper-"));
const env = { KPIKIT_TODAY: "2025-10-01" };

describe("kpikit report: the committee paper", () => {
  it("names Herefordshire as the council does, in the title and the area", () => {
    const r = kpikit(["report", "--la", "Herefordshire", "--json"], { env });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.area.name).toBe("Herefordshire Council");
    expect(doc.title).toBe("Herefordshire Council children's services performance");
    expect(r.stdout).not.toContain("County of");
  });

  it("reports Cumbria as at its last year and says it no longer exists", () => {
    const r = kpikit(["report", "--la", "Cumbria", "--json"], { env });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.period.label).toBe("2022/23");
    expect(doc.dataQuality[0]).toEqual({
      code: "former-la",
      message:
        "Cumbria no longer exists: its last figures are for 2022/23; Cumberland and Westmorland and Furness took over its area.",
    });
    expect(doc.rows.some((row: { rag: { status: string } }) => row.rag.status !== "not-rated")).toBe(true);
    const html = join(dir, "cumbria.html");
    expect(kpikit(["report", "--la", "Cumbria", "--out", html, "-q"], { env }).code).toBe(0);
    expect(readFileSync(html, "utf8")).toContain('<p class="kpi-notice"><strong>Cumbria no longer exists');
  });

  it.each([
    ["none", 0],
    ["all", 20],
  ] as const)("--detail %s gives %i detail sections", (level, count) => {
    const out = join(dir, `wiltshire-${level}.html`);
    const r = kpikit([
      "report",
      "--local",
      "examples/wiltshire-2020/local-figures.csv",
      "--config",
      "examples/wiltshire-2020/kpikit.config.yaml",
      "--detail",
      level,
      "--out",
      out,
      "-q",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, "utf8").match(/<section class="kpi-detail"/g)?.length ?? 0).toBe(count);
  });

  it("--detail rated (the default) shows fewer details than all, and every red or amber row has one", () => {
    const out = join(dir, "wiltshire-rated.json");
    const html = join(dir, "wiltshire-rated.html");
    const args = [
      "report",
      "--local",
      "examples/wiltshire-2020/local-figures.csv",
      "--config",
      "examples/wiltshire-2020/kpikit.config.yaml",
      "-q",
    ];
    expect(kpikit([...args, "--out", out]).code).toBe(0);
    expect(kpikit([...args, "--out", html]).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    const page = readFileSync(html, "utf8");
    const shown = [
      ...page.matchAll(/<section class="kpi-detail" part="detail" id="kpi-detail-([^"]+)"/g),
    ].map((m) => m[1]);
    const flagged = doc.rows
      .filter((row: { rag: { status: string } }) => row.rag.status === "red" || row.rag.status === "amber")
      .map((row: { indicator: { id: string } }) => row.indicator.id);
    expect(flagged.length).toBeGreaterThan(0);
    for (const id of flagged) expect(shown).toContain(id);
    expect(shown.length).toBeLessThan(20);
  });

  it.each([
    ["", "worsening", "more than the no-change band of 1 percentage point"],
    ["noChangeBand: 5 pts", "no-significant-change", "within the no-change band of 5 percentage points"],
    [
      "noChangeBand: 30%",
      "no-significant-change",
      "within the no-change band of 30% of the previous value (4.5%)",
    ],
  ])("a row's no-change band in the config (%s) decides its change's rating", (band, status, words) => {
    const config = join(dir, `band-${status}-${band.length}.yaml`);
    writeFileSync(
      config,
      `la: Wiltshire\ncomparison: { previous: baseline, baseline: 2018/19 }\nindicators:\n  - { id: Re-referral rate${band ? `, ${band}` : ""} }\n`,
    );
    const r = kpikit([
      "report",
      "--local",
      "examples/wiltshire-2020/local-figures.csv",
      "--config",
      config,
      "--json",
      "-q",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const row = JSON.parse(r.stdout).rows[0];
    expect(row.changeRating.status).toBe(status);
    expect(row.changeRating.reason).toContain(words);
  });

  it("refuses an unknown --detail with exit 2", () => {
    const r = kpikit(["report", "--la", "Wiltshire", "--detail", "some", "--format", "md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--detail "some": use one of none, rated, all');
  });

  it("writes the CSV an analyst can work with: the change's rating, rank and 'of' as numbers, no binary noise", () => {
    const r = kpikit(["report", "--la", "Herefordshire", "--format", "csv"], { env });
    expect(r.code, r.stderr).toBe(0);
    const [header, ...lines] = r.stdout.trim().split("\r\n");
    const cols = header!.split(",");
    for (const c of [
      "change_rating",
      "change_rating_reason",
      "benchmark_period",
      "national_rank",
      "national_rank_of",
      "high_performers",
      "region_name",
      "notes",
    ])
      expect(cols).toContain(c);
    expect(r.stdout).not.toMatch(/\d\.\d*(0000|9999)\d/);
    // RFC 4180 fields: quoted ones may hold commas.
    const fields = (line: string) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .slice(0, cols.length)
        .map((m) => m[1]!.replace(/^"|"$/g, ""));
    const rows = lines.map(fields);
    const rank = cols.indexOf("national_rank");
    const of = cols.indexOf("national_rank_of");
    const ranked = rows.filter((f) => f[rank] !== "");
    expect(ranked.length).toBeGreaterThan(10);
    for (const f of ranked) {
      expect(f[rank]).toMatch(/^\d+$/);
      expect(Number(f[rank])).toBeLessThanOrEqual(Number(f[of]));
    }
  });
});
