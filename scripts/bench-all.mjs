// Runs every benchmark (`packages/*/bench/*.bench.mjs`, `apps/*/bench/*.bench.mjs`) one after another.
// Each prints its measurements against its budget and exits non-zero when a budget is missed.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const files = [];
for (const root of ["packages", "apps"]) {
  for (const pkg of readdirSync(root)) {
    const dir = join(root, pkg, "bench");
    try {
      for (const f of readdirSync(dir)) if (f.endsWith(".bench.mjs")) files.push(join(dir, f));
    } catch {}
  }
}
const filter = process.argv[2];
let failures = 0;
for (const file of files.sort()) {
  if (filter && !file.includes(filter)) continue;
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, [file], { stdio: "inherit" });
  if (run.status !== 0) failures++;
}
console.log(`\n${files.length - failures} benchmark files within budget, ${failures} over budget or failed`);
process.exit(failures ? 1 : 0);
