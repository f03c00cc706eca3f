import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { kpikit } from "./run-cli.js";

it("reads local figures from XLSX: text and number cells, a percent-formatted cell as the percentage it shows, with warnings for a date period and a fraction", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-xlsx-in-"));
  const file = join(dir, "figures.xlsx");
  const text = (value: string) => ({ value, type: String });
  const rows = [
    [text("indicator"), text("period"), text("value"), text("note")],
    [text("Re-referral rate"), text("2018/19"), text("15%"), text("Baseline")],
    [text("Re-referral rate"), text("Year End 19/20"), { value: 19.4, type: Number }, null],
    [text("Repeat CP Plan"), text("2019/20"), { value: 0.18, type: Number, format: "0%" }, null],
    [text("Repeat CP Plan"), text("2018/19"), { value: 0.21, type: Number }, null],
    [
      text("Repeat CP Plan"),
      { value: new Date(Date.UTC(2020, 7, 1)), type: Date, format: "mmm-yy" },
      text("17%"),
      null,
    ],
  ];
  writeFileSync(file, await writeXlsxFile(rows as never).toBuffer());
  const r = kpikit(["report", "--la", "Wiltshire", "--local", file, "--json"]);
  expect(r.code).toBe(0);
  // Shown as 18% in the sheet: read as 18. A bare 0.21 in a percentage indicator is flagged, never rescaled.
  expect(r.stderr).not.toMatch(/0\.18 looks like a fraction/);
  expect(r.stderr).toMatch(/figures\.xlsx:5:value: warning: 0\.21 looks like a fraction/);
  expect(r.stderr).toMatch(
    /figures\.xlsx:6:period: warning: the spreadsheet stored this period as a date \(2020-08-01\), read as the month Aug 2020/,
  );
  const doc = JSON.parse(r.stdout);
  const rr = doc.rows.find((x: { indicator: { id: string } }) => x.indicator.id === "re-referrals-12m");
  expect([rr.previous.value, rr.current.value, rr.direction]).toEqual([15, 19.4, "worsening"]);
  const cp = doc.rows.find((x: { indicator: { id: string } }) => x.indicator.id === "cpp-repeat");
  expect([cp.current.period.kind, cp.current.period.label, cp.current.value]).toEqual([
    "month",
    "Aug 2020",
    17,
  ]);
  expect([cp.previous.period.label, cp.previous.value]).toEqual(["2019/20", 18]);
});
