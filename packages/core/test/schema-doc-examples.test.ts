// Every `@example` in src/schema/*.ts is run: the expression before `//=>` must equal the value after it.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as schema from "../src/schema.js";

const dir = new URL("../src/schema/", import.meta.url);
const examples: [string, string, string][] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
  const text = readFileSync(new URL(file, dir), "utf8");
  for (const block of text.matchAll(/@example\n((?:\s*\*(?!\/).*\n)+)/g)) {
    const code = block[1]!
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    const [expr, expected] = code.split("//=>");
    examples.push([file, expr!.trim(), expected!.trim()]);
  }
}

describe("schema JSDoc examples", () => {
  it("finds one per exported value", () => {
    const values = Object.entries(schema).filter(([, v]) => typeof v !== "undefined").length;
    expect(examples.length).toBe(values);
  });
  it.each(examples)("%s: %s", (_file, expr, expected) => {
    const run = new Function(...Object.keys(schema), `return (${expr});`);
    expect(run(...Object.values(schema))).toEqual(JSON.parse(expected));
  });
});
