import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
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
