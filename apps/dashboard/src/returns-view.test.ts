import { financialYear } from "@kpikit/core";
import { describe, expect, it } from "vitest";
import { formatBytes, MAX_LISTED_ISSUES, renderIssues, renderMeasures } from "./returns-view.js";

describe("returns view", () => {
  it.each([
    [8_400_000, "8 MB"],
    [259_162, "253 KB"],
    [12, "1 KB"],
    [15_000_000, "14 MB"],
  ])("formatBytes(%d) is %s (doc example)", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it("counts errors and warnings, lists file, line and column, and escapes messages", () => {
    const out = renderIssues([
      {
        code: "cin-x",
        severity: "warning",
        message: "odd <script>alert(1)</script>",
        file: "a.xml",
        row: 3,
        column: 7,
      },
      { code: "cin-y", severity: "error", message: "bad", file: "a.xml", row: 9, column: "DECOM" },
    ]).value;
    expect(out).toContain("Checks: 1 error and 1 warning");
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;");
    // Errors first, then warnings.
    expect(out.indexOf('data-code="cin-y"')).toBeLessThan(out.indexOf('data-code="cin-x"'));
    expect(out).toContain('<td class="kpi-num">9</td><td>DECOM</td>');
  });

  it("lists at most MAX_LISTED_ISSUES issues but counts them all", () => {
    const many = Array.from({ length: MAX_LISTED_ISSUES + 3 }, (_, i) => ({
      code: "c",
      message: "m",
      row: i + 1,
    }));
    const out = renderIssues(many).value;
    expect(out).toContain(`Checks: ${(MAX_LISTED_ISSUES + 3).toLocaleString("en-GB")} errors and 0 warnings`);
    expect(out.match(/<tr data-code=/g)).toHaveLength(MAX_LISTED_ISSUES);
  });

  it("shows each measure's value, numerator and denominator", () => {
    const out = renderMeasures({
      issues: [],
      observations: [
        {
          indicatorId: "re-referrals-12m",
          area: "local",
          period: financialYear(2021),
          value: (3 / 54) * 100,
          numerator: 3,
          denominator: 54,
          status: "ok",
        },
      ],
      exclusions: [
        { indicatorId: "re-referrals-12m", reason: "no referral date", count: 2, period: "2021/22" },
      ],
      blocking: [],
      comparable: ["re-referrals-12m"],
      laCode: null,
      ssda903Years: [],
      ssda903Year: null,
      notes: ["fake_CIN_data.xml: CIN census 2021-22"],
    }).value;
    expect(out).toContain(
      '<td class="kpi-num" data-value="5.555555555555555">5.6%</td><td class="kpi-num">3</td><td class="kpi-num">54</td>',
    );
    expect(out).toContain("2021/22: 2 records left out (no referral date)");
  });
});
