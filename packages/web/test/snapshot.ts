// Observable Plot-style snapshots: the rendered output is written to test/output/<name> on the first run
// (or when UPDATE_SNAPSHOTS=1) and compared byte for byte afterwards.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), "output");

export function expectSnapshot(name: string, actual: string): void {
  const file = join(OUTPUT, name);
  if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(file)) {
    if (process.env.CI && !existsSync(file))
      throw new Error(`Missing snapshot ${name}: run the web tests locally and commit test/output/`);
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, "utf8");
  expect(actual, `snapshot ${name} differs; rerun with UPDATE_SNAPSHOTS=1 if the change is intended`).toBe(
    expected,
  );
}
