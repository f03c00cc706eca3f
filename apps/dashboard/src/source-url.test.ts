import { describe, expect, it } from "vitest";
import { checkSourceUrl } from "./source-url.js";

const BASE = "https://data.council.example/dashboard/index.html?src=x";

describe("checkSourceUrl: which ?src= addresses the dashboard opens", () => {
  it.each([
    ["example-scorecard.json", "https://data.council.example/dashboard/example-scorecard.json"],
    ["/reports/2024/wiltshire.json", "https://data.council.example/reports/2024/wiltshire.json"],
    ["https://data.council.example/a.json", "https://data.council.example/a.json"],
  ])("accepts %s on the same site", (src, url) => {
    expect(checkSourceUrl(src, BASE)).toEqual({ ok: true, url });
  });
  it.each([
    ["javascript:alert(1)", "Only http and https addresses can be opened, not javascript:"],
    ["JaVaScRiPt:alert(document.domain)", "Only http and https addresses can be opened, not javascript:"],
    ["data:application/json,{}", "Only http and https addresses can be opened, not data:"],
    [
      "https://evil.example/s.json",
      'Scorecards are only opened from this site (https://data.council.example), not from https://evil.example. Download the file and use "Open a scorecard file" instead.',
    ],
    [
      "//evil.example/s.json",
      'Scorecards are only opened from this site (https://data.council.example), not from https://evil.example. Download the file and use "Open a scorecard file" instead.',
    ],
    [
      "http://data.council.example/a.json",
      'Scorecards are only opened from this site (https://data.council.example), not from http://data.council.example. Download the file and use "Open a scorecard file" instead.',
    ],
  ])("refuses %s", (src, message) => {
    expect(checkSourceUrl(src, BASE)).toEqual({ ok: false, message });
  });
  it("doc example", () => {
    expect(checkSourceUrl("javascript:alert(1)", "https://example.org/dash/").ok).toBe(false);
  });
});
