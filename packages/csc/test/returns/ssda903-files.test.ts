// The SSDA903 files in data/returns/ssda903 and ssda903-multiyear.
import { describe, expect, it } from "vitest";
import { readSsda903 } from "../../src/returns/index.js";
import { readSharedCsv, readSharedText } from "../shared-data.js";

const NAMES = [
  "header",
  "episodes",
  "reviews",
  "missing",
  "oc2",
  "oc3",
  "uasc",
  "ad1",
  "placed_for_adoption",
  "previous_permanence",
  "sw_episodes",
];
const fullSet = () =>
  Object.fromEntries([...NAMES, "DoLo"].map((n) => [`${n}.csv`, readSharedText(`returns/ssda903/${n}.csv`)]));

describe("SSDA903 files", () => {
  const r = readSsda903(fullSet());

  it("recognises every table of the full set and keeps every data row", () => {
    expect(Object.keys(r.tables).sort()).toEqual([...NAMES, "dolo"].sort());
    for (const n of NAMES) {
      const expected = readSharedCsv(`returns/ssda903/${n}.csv`).length;
      const table = r.tables[n as keyof typeof r.tables];
      expect([n, table?.rows.length]).toEqual([n, expected]);
    }
    expect(r.tables.episodes?.rows).toHaveLength(5050);
  });

  it("converts dates and matches an independent count", () => {
    const raw = readSharedCsv("returns/ssda903/episodes.csv");
    const openEpisodes = raw.filter((x) => x.DEC === "").length;
    expect(r.tables.episodes?.rows.filter((x) => x.values.DEC === null).length).toBe(openEpisodes);
    const first = raw[0]!;
    const [d, m, y] = first.DECOM!.split("/");
    expect(r.tables.episodes?.rows[0]?.values.DECOM).toBe(`${y}-${m}-${d}`);
    expect(r.tables.episodes?.rows[0]?.line).toBe(2);
  });

  it("reports exactly the problems the fake set has", () => {
    const counts: Record<string, number> = {};
    for (const i of r.issues)
      counts[`${i.file} ${i.code} ${i.column ?? ""}`] =
        (counts[`${i.file} ${i.code} ${i.column ?? ""}`] ?? 0) + 1;
    // The synthetic episodes overlap: recount them here from the raw CSV.
    const iso = (s: string) => s.split("/").reverse().join("-");
    const byChild = new Map<string, { start: string; end: string }[]>();
    for (const x of readSharedCsv("returns/ssda903/episodes.csv")) {
      const list = byChild.get(x.CHILD!) ?? [];
      list.push({ start: iso(x.DECOM!), end: x.DEC ? iso(x.DEC) : "" });
      byChild.set(x.CHILD!, list);
    }
    let overlaps = 0;
    for (const list of byChild.values()) {
      list.sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < list.length; i++)
        if (list[i - 1]!.end === "" || list[i - 1]!.end > list[i]!.start) overlaps++;
    }
    expect(overlaps).toBe(72);
    expect(counts).toEqual({
      "episodes.csv ssda903-episode-overlap DECOM": overlaps,
      "header.csv ssda903-invalid-code MOTHER": 1,
      "oc3.csv ssda903-invalid-code ACCOM": 2,
      "placed_for_adoption.csv ssda903-invalid-code REASON_PLACED_CEASED": 29,
      "sw_episodes.csv ssda903-invalid-code SW_REASON": 1,
    });
  });

  it("no issue names a child identifier, UPN or date of birth", () => {
    const broken = fullSet();
    broken["header.csv"] = broken["header.csv"]!.replace(/,(\d\d)\/(\d\d)\/(\d{4}),/g, ",$3-$2-$1,");
    const rb = readSsda903(broken);
    expect(rb.issues.filter((i) => i.code === "ssda903-invalid-date").length).toBe(2675);
    const header = readSharedCsv("returns/ssda903/header.csv");
    const messages = rb.issues.map((i) => i.message).join("\n");
    for (const row of header) {
      expect(messages).not.toContain(`'${row.CHILD}'`);
      expect(messages).not.toContain(row.UPN!);
      const [d, m, y] = row.DOB!.split("/");
      expect(messages).not.toContain(`${y}-${m}-${d}`);
    }
  });

  it("reads the liiatools test episodes with their ISO dates and extra columns reported", () => {
    const x = readSsda903({
      "SSDA903_episodes_for_testing_fixes_INPUT_liiatools.csv": readSharedText(
        "returns/ssda903/SSDA903_episodes_for_testing_fixes_INPUT_liiatools.csv",
      ),
    });
    const codes = new Set(x.issues.map((i) => `${i.code} ${i.column}`));
    expect(codes).toEqual(
      new Set([
        "ssda903-extra-column LA",
        "ssda903-extra-column YEAR",
        // Every date is YYYY-MM-DD: one summary line, not one per cell.
        "ssda903-date-format DECOM",
      ]),
    );
    expect(x.tables.episodes?.rows).toHaveLength(23);
  });

  it("placed_for_adoption_errors.csv: the same child placed twice is allowed, bad codes reported", () => {
    const x = readSsda903({
      "placed_for_adoption_errors.csv": readSharedText("returns/ssda903/placed_for_adoption_errors.csv"),
    });
    expect(x.tables.placed_for_adoption?.rows).toHaveLength(30);
    expect(
      x.issues.every((i) => i.code === "ssda903-invalid-code" && i.column === "REASON_PLACED_CEASED"),
    ).toBe(true);
  });

  it.each([2017, 2018, 2019, 2020, 2021])("multi-year set %i reads with year-prefixed names", (year) => {
    const names = ["episodes", "header", "missing", "oc2", "oc3", "previous_permanence", "reviews", "uasc"];
    const set = Object.fromEntries(
      names.map((n) => [`${year}-${n}.csv`, readSharedText(`returns/ssda903-multiyear/${year}-${n}.csv`)]),
    );
    const x = readSsda903(set);
    expect(Object.keys(x.tables).sort()).toEqual([...names].sort());
    expect(x.tables.header?.rows.length).toBe(
      readSharedCsv(`returns/ssda903-multiyear/${year}-header.csv`).length,
    );
    expect(
      x.issues.filter(
        (i) =>
          i.severity === "error" && i.code !== "ssda903-invalid-code" && i.code !== "ssda903-episode-overlap",
      ),
    ).toEqual([]);
  });
});
