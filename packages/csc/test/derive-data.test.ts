// The generated data modules must be what scripts/derive-data.mjs makes from data/ today.
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("generated reference and LAIT modules are up to date", () => {
  const script = resolve(dirname(fileURLToPath(import.meta.url)), "../scripts/derive-data.mjs");
  const run = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(
    "up to date: areas 170, ofsted 156, LAIT measures 112 x areas 170, rows 171700, workforce measures 3 from CSWW rows 1463 (14 joint rows left out)",
  );
});
