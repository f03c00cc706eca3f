// Every `@example` in src/returns is run: each `expr //=> value` (or a `//=> value` line after a multi-line
// expression) must hold. So the JSDoc examples cannot drift from the code.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as returns from "../../src/returns/index.js";

const dir = new URL("../../src/returns/", import.meta.url);
const examples: { file: string; body: string; checks: number }[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
  const text = readFileSync(new URL(file, dir), "utf8");
  for (const block of text.matchAll(/@example\n((?:[ \t]*\*(?!\/)(?! @).*\n)+)/g)) {
    const lines = block[1]!.split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
    let body = "";
    let pending: string[] = [];
    let checks = 0;
    for (const line of lines) {
      const m = /^(.*?)\s*\/\/=>\s*(.*)$/.exec(line);
      if (m) {
        const [, left, right] = m;
        if (left!.trim() !== "") {
          body += `${pending.join("\n")}\n__check((${left}), (${right}));\n`;
        } else {
          body += `__check((${pending.join("\n").replace(/;\s*$/, "")}), (${right}));\n`;
        }
        pending = [];
        checks++;
      } else {
        pending.push(line);
        if (line.trimEnd().endsWith(";")) {
          body += `${pending.join("\n")}\n`;
          pending = [];
        }
      }
    }
    examples.push({ file, body, checks });
  }
}

describe("returns JSDoc examples", () => {
  it("every exported function and constant has at least one checked example", () => {
    const values = Object.entries(returns)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    expect(values.sort()).toEqual(
      [
        "CIN_MEASURE_IDS",
        "SSDA903_MEASURE_IDS",
        "computeCinMeasures",
        "computeSsda903Measures",
        "parseCinCensusXml",
        "readSsda903",
        "recogniseReturnFile",
        "recogniseReturnXml",
        "recogniseSsda903Table",
      ].sort(),
    );
    expect(examples.length).toBeGreaterThanOrEqual(values.length);
    for (const e of examples) expect(e.checks, e.file).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.file, e.body] as const))("%s: %s", (_file, body) => {
    const results: [unknown, unknown][] = [];
    const check = (actual: unknown, expected: unknown) => results.push([actual, expected]);
    const run = new Function("__check", ...Object.keys(returns), body);
    run(check, ...Object.values(returns));
    expect(results.length).toBeGreaterThan(0);
    for (const [actual, expected] of results) expect(actual).toEqual(expected);
  });
});
