import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeFilesAtomically } from "./atomic-write.js";

it("replaces files and leaves no temporaries", async () => {
  const dir = await mkdtemp(join(tmpdir(), "kpikit-aw-"));
  await writeFile(join(dir, "a.txt"), "old");
  await writeFilesAtomically([
    { path: join(dir, "a.txt"), content: "new" },
    { path: join(dir, "sub", "b.bin"), content: new Uint8Array([1, 2]) },
  ]);
  expect(await readFile(join(dir, "a.txt"), "utf8")).toBe("new");
  expect([...(await readFile(join(dir, "sub", "b.bin")))]).toEqual([1, 2]);
  expect((await readdir(dir)).sort()).toEqual(["a.txt", "sub"]);
});

it("leaves the old file when a later write fails", async () => {
  const dir = await mkdtemp(join(tmpdir(), "kpikit-aw-"));
  await writeFile(join(dir, "a.txt"), "old");
  await writeFile(join(dir, "blocker"), "a file, not a folder");
  await expect(
    writeFilesAtomically([
      { path: join(dir, "a.txt"), content: "new" },
      { path: join(dir, "blocker", "x.txt"), content: "x" },
    ]),
  ).rejects.toThrow();
  expect(await readFile(join(dir, "a.txt"), "utf8")).toBe("old");
  expect((await readdir(dir)).sort()).toEqual(["a.txt", "blocker"]);
});

// Real child processes, killed by real signals (SIGINT, SIGTERM) while they write a set of outputs.
describe("killed while writing", () => {
  const child = fileURLToPath(new URL("./atomic-write-child.ts", import.meta.url));
  const run = (dir: string, mode: string, files = 6, bytes = 100_000) =>
    spawn(process.execPath, ["--import", "tsx", child, dir, mode, String(files), String(bytes)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
  const ended = (p: ChildProcess) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((done) => {
      let out = "";
      p.stdout?.on("data", (d) => {
        out += String(d);
      });
      p.stderr?.on("data", (d) => {
        out += String(d);
      });
      p.on("exit", (code, signal) => done({ code, signal, out }));
    });
  /** The generation each output holds (its first line), and any file that is not an output. */
  const state = async (dir: string) => {
    const names = (await readdir(dir)).sort();
    const generations = await Promise.all(
      names
        .filter((n) => !n.startsWith("."))
        .map(async (n) => (await readFile(join(dir, n), "utf8")).split("\n")[0]),
    );
    return {
      hidden: names.filter((n) => n.startsWith(".")),
      outputs: names.length - names.filter((n) => n.startsWith(".")).length,
      generations: [...new Set(generations)],
    };
  };

  it.each([
    // A signal inside the rename window waits for the renames (the write returns), then ends the process: the
    // whole new set.
    ["rename", "SIGTERM", "2", true],
    // A signal while the temporaries are written ends it there: the whole old set, no temporary left.
    ["stage", "SIGINT", "1", false],
  ])("%s: ended by %s with set %s in place and no temporary", async (mode, signal, generation, returned) => {
    const dir = await mkdtemp(join(tmpdir(), "kpikit-kill-"));
    const r = await ended(run(dir, mode));
    expect(r.out.includes("survived")).toBe(returned);
    // Once the write has returned the process may finish its work (exit 0) before Node runs the listener.
    if (!returned || r.code !== 0) expect([r.signal, r.code]).toEqual([signal, null]);
    expect(await state(dir)).toEqual({ hidden: [], outputs: 6, generations: [generation] });
  });

  it("a set killed at any moment is all old or all new, with no temporary left", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kpikit-kill-"));
    for (const [i, delay] of [5, 40, 90, 150, 230].entries()) {
      const p = run(dir, "loop", 8, 400_000);
      const exit = ended(p);
      await new Promise<void>((ready) => p.stdout?.once("data", () => ready()));
      await new Promise((wait) => setTimeout(wait, delay));
      const signal = i % 2 === 0 ? "SIGTERM" : "SIGINT";
      p.kill(signal);
      const r = await exit;
      expect(r.signal).toBe(signal);
      const s = await state(dir);
      expect(s.hidden).toEqual([]);
      expect(s.outputs).toBe(8);
      expect(s.generations).toHaveLength(1);
    }
  }, 60_000);

  it("removes a temporary left by a process killed outright (SIGKILL) on the next write", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kpikit-kill-"));
    const p = run(dir, "loop", 4, 2_000_000);
    const exit = ended(p);
    await new Promise<void>((ready) => p.stdout?.once("data", () => ready()));
    p.kill("SIGKILL");
    await exit;
    // Whether or not SIGKILL left one, the next write of the same files leaves none.
    await writeFile(join(dir, `.report-0.html.${p.pid}.99.tmp`), "left by a killed process");
    await writeFilesAtomically([{ path: join(dir, "report-0.html"), content: "new" }]);
    expect((await state(dir)).hidden).toEqual([]);
  }, 30_000);
});
