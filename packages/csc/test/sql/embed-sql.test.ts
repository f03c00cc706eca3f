// The SQL engine ships the documented .sql files: the embedded copy must match them.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, it } from "vitest";

it("measures-sql.generated.ts matches packages/csc/sql/*.sql", () => {
  const script = resolve(__dirname, "../../scripts/embed-sql.mjs");
  const run = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
  expect([run.status, run.stderr]).toEqual([0, ""]);
});
