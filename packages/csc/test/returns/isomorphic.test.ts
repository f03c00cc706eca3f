// src/returns and src/text (the decoder and CSV splitter every reader uses) must run in a browser unchanged: no
// node:* imports, no Buffer, and the browser build of csv-parse (its Node build calls Buffer.from, which browsers
// lack).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const sources = ["returns", "text"].flatMap((area) => {
  const dir = new URL(`../../src/${area}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => [`${area}/${f}`, readFileSync(new URL(f, dir), "utf8")] as const);
});

describe("src/returns and src/text are isomorphic", () => {
  it.each(sources)("%s imports nothing from Node and uses no Buffer", (_f, text) => {
    const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
    for (const i of imports)
      expect(
        i === "@kpikit/core" ||
          i.startsWith("./") ||
          i.startsWith("../") ||
          i === "csv-parse/browser/esm/sync" ||
          // date-fns works on Date objects only: no Node or DOM API.
          i === "date-fns",
      ).toBe(true);
    const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    expect(code).not.toMatch(/\bBuffer\b|\bprocess\.|require\(/);
  });
  it("reads CSV with the browser build of csv-parse", () => {
    const reader = sources.find(([f]) => f === "text/csv-records.ts")![1];
    expect(reader).toContain('from "csv-parse/browser/esm/sync"');
  });
});
