// Every `@example` in the JSDoc of the public API (@kpikit/core and @kpikit/core/schema) is run, and each
// `expr //=> value` line is asserted: the examples a developer reads cannot drift from what the code does.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";
import * as schema from "../src/schema.js";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
const api: Record<string, unknown> = { ...schema, ...core };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === "_test" ? [] : sourceFiles(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

interface Example {
  readonly where: string;
  readonly code: string;
}

/** The @example blocks of every JSDoc comment that documents an exported name. */
function examples(): Example[] {
  const out: Example[] = [];
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:declare\s+)?(?:async\s+)?\w+\s+(\w+)/g,
    )) {
      const lines = (m[1] ?? "").split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
      let current: string[] | null = null;
      const flush = () => {
        if (current?.some((l) => l.includes("//=>")))
          out.push({ where: `${relative(src, file)} ${m[2]}`, code: current.join("\n") });
        current = null;
      };
      for (const line of lines) {
        if (line.startsWith("@example")) {
          flush();
          current = [];
        } else if (line.startsWith("@")) flush();
        else current?.push(line);
      }
      flush();
    }
  }
  return out;
}

/** Whether a piece of JavaScript compiles as an expression. */
function isExpression(code: string): boolean {
  try {
    new Function(`return (${code});`);
    return true;
  } catch {
    return false;
  }
}

/** The examples are TypeScript; the few type-only bits they use are removed to run them as JavaScript. */
const stripTypes = (code: string) => code.replace(/\s+as const\b/g, "").replace(/\((\w+): \w+\)/g, "($1)");

/** The expected value; a trailing note in brackets (`"3.68" (= -log(0.025))`) is not part of it. */
function expectedValue(text: string): string {
  if (isExpression(text)) return text;
  const note = /^(.*?)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)$/.exec(text);
  if (note?.[1] && isExpression(note[1])) return note[1];
  throw new Error(`cannot read the expected value ${text}`);
}

/** Turns `expr //=> expected` lines into assertions; other lines run as they are. */
function toProgram(example: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  for (const raw of stripTypes(example).split("\n")) {
    const line = raw.trimEnd();
    const at = line.indexOf("//=>");
    if (at < 0) {
      pending.push(line);
      continue;
    }
    const expected = expectedValue(line.slice(at + 4).trim());
    let expr = line.slice(0, at).trim().replace(/;$/, "");
    if (expr === "") {
      // `//=>` on its own line: the value is the last statement above, which may span several lines.
      let from = pending.length - 1;
      while (from > 0 && !isExpression(pending.slice(from).join("\n").replace(/;\s*$/, ""))) from--;
      expr = pending.slice(from).join("\n").replace(/;\s*$/, "");
      pending = pending.slice(0, from);
    }
    out.push(pending.join("\n"), `__check((${expr}), (${expected}));`);
    pending = [];
  }
  out.push(pending.join("\n"));
  return out.join("\n");
}

const all = examples();

describe("JSDoc examples of the public API", () => {
  it("finds an example for every export of @kpikit/core", () => {
    const documented = new Set(all.map((e) => e.where.split(" ")[1]));
    expect(Object.keys(core).filter((name) => !documented.has(name))).toEqual([]);
    expect(all.length).toBeGreaterThan(Object.keys(core).length);
  });

  it.each(all.map((e) => [e.where, e] as const))("%s", (_where, e) => {
    let checks = 0;
    const check = (actual: unknown, expected: unknown) => {
      checks++;
      expect(actual).toEqual(expected);
    };
    const names = Object.keys(api);
    const run = new Function("__check", ...names, toProgram(e.code));
    run(check, ...names.map((n) => api[n]));
    expect(checks).toBeGreaterThan(0);
  });
});
