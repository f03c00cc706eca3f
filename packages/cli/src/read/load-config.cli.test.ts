// Hostile configs through the built `kpikit`: exit 3 with the line and column, never exit 1 or the YAML
// engine's own words.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The built CLI (`pnpm test` builds first). */
const CLI = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

function kpikit(args: readonly string[], cwd: string): { code: number; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm --filter @kpikit/cli build\` first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
].join("\n");

describe("kpikit with a hostile config", () => {
  const dir = mkdtempSync(join(tmpdir(), "kpikit-config-"));
  it.each([
    ["an alias bomb", bomb, /c\.yaml:2:8: error: the config's aliases/],
    [
      "lists 20,000 deep",
      `title: ${"[".repeat(20_000)}${"]".repeat(20_000)}`,
      /c\.yaml:1:\d+: error: the config nests/,
    ],
    ["a duplicate key", "title: a\ntitle: b\n", /c\.yaml:2:1: error: the key "title" appears twice/],
    ["binary junk", "PK\u0003\u0004\u0000\u0000", /c\.yaml:1:3: error: the config holds a control character/],
  ])("%s: exit 3 at its line and column", (_, text, message) => {
    writeFileSync(join(dir, "c.yaml"), text);
    for (const args of [
      ["validate", "c.yaml"],
      ["report", "--la", "Wiltshire", "--config", "c.yaml", "--format", "md"],
    ]) {
      const r = kpikit(args, dir);
      // validate lists the issues on stdout, report on stderr.
      const printed = `${r.stdout}${r.stderr}`;
      expect([r.code, printed]).toEqual([3, expect.stringMatching(message)]);
      expect(printed).not.toMatch(/internal error|call stack|Excessive alias|resource exhaustion/i);
    }
  });
});
