import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPublishedFiles } from "./published-files.js";

const HEADER =
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,rereferral_percent,no_further_action_count,no_further_action_percent,not_in_need_count,not_in_need_percent,referral_child_count,rereferral_child_count,rereferral_child_percent";
const ENGLAND =
  "2025,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,632830,142900,22.6,41340,6.5,194620,30.8,557810,116950,21";

describe("readPublishedFiles", () => {
  it("keeps every loader warning of a file with more issues than a call's arguments can hold", async () => {
    // Each row names an authority that does not exist, so each is left out with its own warning.
    const unknown = 130_000;
    const rows = Array.from(
      { length: unknown },
      (_, i) =>
        `2025,Reporting year,Local authority,E92000001,England,E12000001,North East,999,X${String(i).padStart(8, "0")},Nowhere ${i},Referrals and Re-referrals,100,20,20,1,1,1,1,90,18,20`,
    );
    const dir = await mkdtemp(join(tmpdir(), "kpikit-published-"));
    await writeFile(join(dir, "c1.csv"), [HEADER, ENGLAND, ...rows].join("\n"));
    const read = await readPublishedFiles(["c1.csv"], dir);
    expect(read.files.map((f) => f.file)).toEqual(["c1.csv"]);
    // Every row left out has its warning, rows 3 to unknown + 2 (row 1 the header, row 2 England).
    expect(new Set(read.warnings.map((w) => w.row)).size).toBe(unknown);
    expect(read.warnings.every((w) => w.severity === "warning")).toBe(true);
  }, 60_000);
});
