import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, kpikit } from "./run-cli.js";

const bad = (name: string) => join(FIXTURES, "bad", name);
const SENTINEL = "sentinel: an earlier report that must survive\n";

function withSentinel(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-bad-"));
  const out = join(dir, "report.html");
  writeFileSync(out, SENTINEL);
  return { dir, out };
}

describe("bad input: exit 3, file:row:column, no output written", () => {
  it.each([
    ["wrong-headers.csv", /wrong-headers\.csv:1:1: error: unknown column "measure"/],
    [
      "unknown-indicator.csv",
      /unknown-indicator\.csv:3:indicator: error: unknown indicator "Re-refferal rate"; did you mean "re-referrals-12m"/,
    ],
    ["bad-period.csv", /bad-period\.csv:3:period: error: .*Q5 2019/],
    ["text-value.csv", /text-value\.csv:3:value: error: "fifteen percent" is not a number/],
    [
      "duplicate-rows.csv",
      /duplicate-rows\.csv:3:period: error: re-referrals-12m for 2019\/20 is already given on row 2/,
    ],
    ["empty.csv", /empty\.csv:1:1: error: the file is empty/],
    [
      "other-area.csv",
      /other-area\.csv:3:area: error: this row is for Leeds \(383\) but the report is for Wiltshire \(865\)/,
    ],
    // A decimal comma is refused, not guessed: "19,4" could as well be a mistyped 194.
    ["decimal-comma.csv", /decimal-comma\.csv:3:value: error: "19,4%" is not a number/],
    [
      "decimal-comma-unquoted.csv",
      /decimal-comma-unquoted\.csv:3:4: error: row 3 has 4 fields but the header has 3: "19,4%" looks like a decimal comma/,
    ],
    ["percent-over-100.csv", /percent-over-100\.csv:2:3: error: 119\.4 is not a percentage \(above 100\)/],
    ["negative-count.csv", /negative-count\.csv:2:value: error: -12 is a negative count/],
    [
      "numerator-over-denominator.csv",
      /numerator-over-denominator\.csv:2:value: error: the numerator 120 is larger than its denominator 100/,
    ],
    ["absurd-magnitude.csv", /absurd-magnitude\.csv:2:2: error: 1e\+32 is too large/],
    [
      "latin1-unknown.csv",
      /latin1-unknown\.csv:2:2: warning: The file is not UTF-8[\s\S]*latin1-unknown\.csv:2:indicator: error: unknown indicator "Déjà vu plans"/,
    ],
  ])("%s", (file, message) => {
    const { dir, out } = withSentinel();
    const r = kpikit(["report", "--la", "Wiltshire", "--local", bad(file), "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(out, "utf8")).toBe(SENTINEL);
    expect(readdirSync(dir)).toEqual(["report.html"]);
  });

  it("a config with an unknown key", () => {
    const { out } = withSentinel();
    const r = kpikit(["report", "--la", "Wiltshire", "--config", bad("unknown-key.yaml"), "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /unknown-key\.yaml:3:3: error: unknown key "neighbourModle"; did you mean "neighbourModel"\?/,
    );
    expect(readFileSync(out, "utf8")).toBe(SENTINEL);
  });

  it("a YAML config indented with tabs", () => {
    // Written here: the repository's YAML linter refuses a file indented with tabs.
    const { dir, out } = withSentinel();
    const config = join(dir, "tabs.yaml");
    writeFileSync(config, "title: Tabs\nsections:\n\t- title: Referral\n");
    const r = kpikit(["report", "--la", "Wiltshire", "--config", config, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/tabs\.yaml:3:1: error: a tab is used for indentation; indent YAML with spaces/);
    expect(readFileSync(out, "utf8")).toBe(SENTINEL);
  });

  it("a config naming an unknown indicator", () => {
    const { out } = withSentinel();
    const r = kpikit([
      "report",
      "--la",
      "Wiltshire",
      "--config",
      bad("unknown-indicator-config.yaml"),
      "--out",
      out,
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /unknown-indicator-config\.yaml:5:9: error: unknown indicator "Re-refferal ratee 2" at sections\.0\.indicators\.1/,
    );
    expect(readFileSync(out, "utf8")).toBe(SENTINEL);
  });

  it("a 50 MB file is refused with its size, without reading it whole", () => {
    const { dir, out } = withSentinel();
    const big = join(dir, "big.csv");
    const fd = openSync(big, "w");
    const line =
      "Re-referral rate,2019/20,19.4%,padding padding padding padding padding padding padding padding\n";
    const chunk = line.repeat(10_000);
    writeSync(fd, "indicator,period,value,note\n");
    let written = 0;
    while (written < 50 * 1024 * 1024) written += writeSync(fd, chunk);
    closeSync(fd);
    const r = kpikit(["report", "--la", "Wiltshire", "--local", big, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/big\.csv:1:1: error: the file is 50\.\d MB; local files are limited to 10 MB/);
    expect(readFileSync(out, "utf8")).toBe(SENTINEL);
  });

  it("validate reports every problem of every file at once", () => {
    const r = kpikit([
      "validate",
      bad("unknown-indicator.csv"),
      bad("text-value.csv"),
      bad("unknown-key.yaml"),
    ]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/unknown-indicator\.csv: invalid/);
    expect(r.stdout).toMatch(/text-value\.csv:3:value: error/);
    expect(r.stdout).toMatch(/unknown-key\.yaml:3:3: error/);
  });
});

describe("awkward but valid input", () => {
  it("a UTF-8 byte-order mark is read", () => {
    const r = kpikit([
      "report",
      "--la",
      "Wiltshire",
      "--local",
      join(FIXTURES, "good", "bom.csv"),
      "--format",
      "json",
      "--today",
      "2020-04-01",
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const row = doc.rows.find((x: { indicator: { id: string } }) => x.indicator.id === "re-referrals-12m");
    expect(row.current.value).toBe(19.4);
    expect(row.previous.value).toBe(15);
  });

  it("a council's export: extra columns, header case, '19.4 %' and a totals row", () => {
    const r = kpikit([
      "report",
      "--la",
      "Wiltshire",
      "--local",
      join(FIXTURES, "good", "council-export.csv"),
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/council-export\.csv:1:4: warning: column "Team" is not used/);
    expect(r.stderr).toMatch(/council-export\.csv:1:5: warning: column "Owner" is not used/);
    expect(r.stderr).toMatch(
      /council-export\.csv:4:indicator: warning: "Total" is a totals row; it is skipped/,
    );
    const doc = JSON.parse(r.stdout);
    const row = doc.rows.find((x: { indicator: { id: string } }) => x.indicator.id === "re-referrals-12m");
    expect(row.current.value).toBe(19.4);
    expect(row.previous.value).toBe(15);
  });

  it("a Windows-1252 file is read with a warning naming the row", () => {
    const r = kpikit(["validate", join(FIXTURES, "good", "latin1.csv")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/latin1\.csv:2:33: warning: The file is not UTF-8; it was read as Windows-1252/);
  });
});
