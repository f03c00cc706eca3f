// A child process for atomic-write.test.ts: writes sets of files with writeFilesAtomically and is killed by real
// signals while it does. argv: <dir> <mode> <files> <bytes>, mode one of
//   rename: sends itself SIGTERM after the first rename of the second set (inside the rename window);
//   stage:  sends itself SIGINT once the second set's first temporary is open;
//   loop:   writes generation after generation until the parent kills it.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { writeFilesAtomically } from "./atomic-write.js";

const [dir = ".", mode = "loop", count = "6", bytes = "100000"] = process.argv.slice(2);
const set = (generation: number) =>
  Array.from({ length: Number(count) }, (_, i) => ({
    path: join(dir, `report-${i}.${["html", "xlsx", "csv", "md", "json"][i % 5]}`),
    content: `${generation}\n${"x".repeat(Number(bytes))}`,
  }));

let armed = false;
if (mode === "rename") {
  const rename = fs.renameSync;
  fs.renameSync = (from, to) => {
    rename(from, to);
    if (armed) {
      armed = false;
      process.kill(process.pid, "SIGTERM");
    }
  };
}
if (mode === "stage") {
  const open = fs.promises.open;
  fs.promises.open = (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    if (armed) {
      armed = false;
      process.kill(process.pid, "SIGINT");
    }
    return handle;
  }) as typeof open;
}
syncBuiltinESMExports();

await writeFilesAtomically(set(1));
process.stdout.write("ready\n");
armed = mode !== "loop";
for (let generation = 2; ; generation++) {
  await writeFilesAtomically(set(generation));
  if (mode !== "loop") break;
}
// Only reached if the signal did not end the process.
process.stdout.write("survived\n");
