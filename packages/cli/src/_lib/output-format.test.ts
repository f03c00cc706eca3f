import { describe, expect, it } from "vitest";
import { formatFromPath, planOutputs } from "./output-format.js";

describe("planOutputs", () => {
  it("infers the format from --out", () => {
    expect(planOutputs({ formats: [], out: "r/w.xlsx" }).targets).toEqual([
      { format: "xlsx", path: "r/w.xlsx" },
    ]);
    expect(formatFromPath("out/wiltshire.HTML")).toBe("html");
  });
  it("replaces the extension per format", () => {
    expect(
      planOutputs({ formats: ["html", "xlsx"], out: "reports/wiltshire" }).targets.map((t) => t.path),
    ).toEqual(["reports/wiltshire.html", "reports/wiltshire.xlsx"]);
    expect(planOutputs({ formats: ["md", "json"], out: "w.html" }).targets.map((t) => t.path)).toEqual([
      "w.md",
      "w.json",
    ]);
    expect(planOutputs({ formats: ["markdown"], out: "w" }).targets).toEqual([
      { format: "md", path: "w.md" },
    ]);
  });
  it("writes one text format to stdout without --out", () => {
    expect(planOutputs({ formats: [] }).targets).toEqual([{ format: "md", path: null }]);
    expect(planOutputs({ formats: ["json"] }).targets).toEqual([{ format: "json", path: null }]);
  });
  it.each([
    [{ formats: ["pdf"] }, /unknown format "pdf"/],
    [{ formats: ["html", "md"] }, /several formats need --out/],
    [{ formats: ["xlsx"] }, /binary/],
    [{ formats: [], out: "w.txt" }, /cannot tell the format/],
  ])("refuses %j", (options, message) => {
    expect(() => planOutputs(options)).toThrow(message);
  });
});
