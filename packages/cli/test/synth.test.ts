import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCinCensusXml, readSsda903 } from "@kpikit/csc";
import { describe, expect, it } from "vitest";
import { kpikit } from "./run-cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "kpikit-synth-"));
const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe("kpikit synth", () => {
  it("writes a folder per year, the same bytes for the same seed, other bytes for another", () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    const args = ["synth", "--la", "865", "--years", "2022/23..2023/24", "--scale", "0.05"];
    expect(kpikit([...args, "--seed", "4", "--out", a]).code).toBe(0);
    expect(kpikit([...args, "--seed", "4", "--out", b]).code).toBe(0);
    expect(kpikit([...args, "--seed", "5", "--out", c]).code).toBe(0);
    const files = tree(a);
    expect(files).toEqual([
      "2022-23/cin-census-2022-23.xml",
      "2022-23/ssda903/ad1.csv",
      "2022-23/ssda903/episodes.csv",
      "2022-23/ssda903/header.csv",
      "2022-23/ssda903/missing.csv",
      "2023-24/cin-census-2023-24.xml",
      "2023-24/ssda903/ad1.csv",
      "2023-24/ssda903/episodes.csv",
      "2023-24/ssda903/header.csv",
      "2023-24/ssda903/missing.csv",
    ]);
    for (const f of files) expect(readFileSync(join(b, f), "utf8"), f).toBe(readFileSync(join(a, f), "utf8"));
    expect(readFileSync(join(c, files[2]!), "utf8")).not.toBe(readFileSync(join(a, files[2]!), "utf8"));
  });

  it("writes returns the readers accept without an error, for the LA asked", () => {
    const dir = tmp();
    expect(
      kpikit(["synth", "--la", "Wiltshire", "--years", "2023", "--scale", "0.05", "--out", dir]).code,
    ).toBe(0);
    const cin = parseCinCensusXml(readFileSync(join(dir, "2023-24/cin-census-2023-24.xml"), "utf8"));
    expect([cin.header?.la, cin.header?.year, cin.issues.filter((i) => i.severity === "error")]).toEqual([
      "865",
      2024,
      [],
    ]);
    const names = ["header", "episodes", "missing", "ad1"];
    const read = readSsda903(
      Object.fromEntries(
        names.map((n) => [`${n}.csv`, readFileSync(join(dir, `2023-24/ssda903/${n}.csv`), "utf8")]),
      ),
    );
    expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(read.tables.episodes?.rows.length).toBeGreaterThan(20);
  });

  it("writes the postcode lookup where --postcodes says, outside the returns folder", () => {
    const [dir, other] = [tmp(), tmp()];
    const lookup = join(other, "lookup.csv");
    const r = kpikit([
      "synth",
      "--la",
      "865",
      "--years",
      "2023",
      "--scale",
      "0.05",
      "--out",
      dir,
      "--postcodes",
      lookup,
    ]);
    expect(r.code).toBe(0);
    expect(tree(dir).includes("postcodes.csv")).toBe(false);
    const rows = readFileSync(lookup, "utf8").trim().split("\n");
    expect(rows[0]).toBe("pcds,oseast1m,osnrth1m,oslaua");
    // Every placement postcode in the episodes is in the lookup.
    const known = new Set(rows.slice(1).map((l) => l.split(",")[0]));
    const episodes = readFileSync(join(dir, "2023-24/ssda903/episodes.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1);
    const used = episodes.map((l) => l.split(",")[11]).filter((p) => p !== "");
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((p) => !known.has(p))).toEqual([]);
  });

  it("writes each year's own code lists: ten years from 2015-16 validate with no error", () => {
    const dir = tmp();
    expect(
      kpikit(["synth", "--la", "865", "--years", "2015/16..2024/25", "--scale", "0.2", "--out", dir]).code,
    ).toBe(0);
    const files = tree(dir).map((f) => join(dir, f));
    const r = kpikit(["validate", "--json", ...files]);
    const result = JSON.parse(r.stdout) as {
      files: { file: string; issues: { severity?: string; code: string }[] }[];
    };
    const errors = result.files.flatMap((f) =>
      f.issues.filter((i) => i.severity !== "warning").map((i) => i.code),
    );
    expect([r.code, result.files.length, errors]).toEqual([0, files.length, []]);
    // The episodes that run from 2017-18 into 2018-19 are written with each year's leaving and placement codes.
    const recs = (y: string) =>
      new Set(
        readFileSync(join(dir, y, "ssda903", "episodes.csv"), "utf8")
          .split("\n")
          .slice(1)
          .map((l) => l.split(",")[8]),
      );
    expect([
      [...recs("2017-18")].some((c) => /^E4[5-8]$/.test(c ?? "")),
      [...recs("2018-19")].some((c) => /^E4[5-8]$/.test(c ?? "")),
    ]).toEqual([false, true]);
  });

  it.each([
    [["--years", "2024..2021"], /years must run forwards/],
    [["--years", "2023/25"], /--years must be a year or a range/],
    [["--years", "2023", "--scale=-1"], /--scale must be a number/],
    [["--years", "2023", "--seed", "x"], /--seed must be a whole number/],
  ])("refuses %j with exit 2", (extra, message) => {
    const r = kpikit(["synth", "--la", "865", ...extra, "--out", tmp()]);
    expect([r.code, message.test(r.stderr)]).toEqual([2, true]);
  });
});
