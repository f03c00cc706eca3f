import { describe, expect, it } from "vitest";
import type { Io } from "./_lib/io.js";
import { run } from "./main.js";

function memoryIo(env: Record<string, string> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env,
    cwd: process.cwd(),
  };
}

describe("run", () => {
  it("prints the version", async () => {
    const io = memoryIo();
    expect(await run(["--version"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/^\d+\.\d+\.\d+(-dev)?\n$/);
  });

  it("lists every command in --help with an example", async () => {
    const io = memoryIo();
    expect(await run(["--help"], io)).toBe(0);
    const text = io.out.join("");
    for (const name of [
      "report",
      "benchmark",
      "validate",
      "catalogue",
      "glossary",
      "areas",
      "neighbours",
      "init",
    ]) {
      expect(text).toContain(`  ${name} `);
      expect(text).toContain(`kpikit ${name}`);
    }
    expect(text).toContain("4 --fail-on matched");
  });

  it("gives command help with examples", async () => {
    const io = memoryIo();
    expect(await run(["report", "--help"], io)).toBe(0);
    expect(io.out.join("")).toContain("--fail-on <rating[,rating]>");
    expect(io.out.join("")).toContain("Examples:\n  kpikit report --la Wiltshire --out wiltshire.html");
  });

  it.each([
    [["reprot"], /unknown command "reprot"; did you mean "report"\?/],
    [["report", "--bogus"], /report: Unknown option '--bogus'/],
    [["neighbours"], /neighbours: missing argument/],
    [["catalogue", "a", "b"], /unexpected argument "b"/],
    [["--la", "x"], /expected a command before --la/],
  ])("exits 2 for usage errors: %j", async (args, message) => {
    const io = memoryIo();
    expect(await run(args, io)).toBe(2);
    expect(io.err.join("")).toMatch(message);
    expect(io.out.join("")).toBe("");
  });

  it("puts an error document on stdout with --json", async () => {
    const io = memoryIo();
    expect(await run(["reprot", "--json"], io)).toBe(2);
    expect(JSON.parse(io.out.join(""))).toMatchObject({ ok: false, exitCode: 2, error: { code: "usage" } });
  });
});
