// The main entry `@kpikit/core` must not pull zod into browser bundles: zod lives in `@kpikit/core/schema`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const IMPORT =
  /(?:^|[\s;}])(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

function specifiers(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(IMPORT)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

/** Every file reachable from `entry` through relative imports, with the bare modules each imports. */
function graph(entry: string, toFile: (from: string, spec: string) => string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    const specs = specifiers(readFileSync(file, "utf8"));
    seen.set(
      file,
      specs.filter((s) => !s.startsWith(".")),
    );
    for (const s of specs) if (s.startsWith(".")) todo.push(toFile(file, s));
  }
  return seen;
}

const isZod = (spec: string) => spec === "zod" || spec.startsWith("zod/");

describe("the main entry does not import zod", () => {
  it("finds the imports the scanner must catch", () => {
    expect(
      specifiers('import * as z from "zod";\nexport { a } from "./a.js";\nimport type { B } from "zod/v4";'),
    ).toEqual(["zod", "./a.js", "zod/v4"]);
  });

  it("no source file reachable from src/index.ts imports zod", () => {
    const files = graph(resolve(pkg, "src/index.ts"), (from, s) =>
      resolve(dirname(from), s.replace(/\.js$/, ".ts")),
    );
    expect(files.size).toBeGreaterThan(15);
    const offenders = [...files].filter(([, bare]) => bare.some(isZod)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });

  it("the schema entry does import zod (the scan can see it)", () => {
    const files = graph(resolve(pkg, "src/schema.ts"), (from, s) =>
      resolve(dirname(from), s.replace(/\.js$/, ".ts")),
    );
    expect([...files.values()].some((bare) => bare.some(isZod))).toBe(true);
  });

  it.skipIf(!existsSync(resolve(pkg, "dist/index.js")))(
    "no built chunk reachable from dist/index.js imports zod",
    () => {
      const files = graph(resolve(pkg, "dist/index.js"), (from, s) => resolve(dirname(from), s));
      const offenders = [...files].filter(([, bare]) => bare.some(isZod)).map(([f]) => f);
      expect(offenders).toEqual([]);
    },
  );
});
