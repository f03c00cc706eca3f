// The TypeScript examples in the guides core owns (docs/periods.md, docs/statistics.md, docs/rag-rules.md) are
// run, and every result written in a comment after a statement (`expr; // value`, or `// value` lines right
// below it) is asserted, so the guides say what the code does. Objects are matched on the fields shown.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.js";

const docs = resolve(dirname(fileURLToPath(import.meta.url)), "../../../docs");
const api = core as unknown as Record<string, unknown>;

function isExpression(code: string): boolean {
  try {
    new Function(`return (${code});`);
    return true;
  } catch {
    return false;
  }
}

/** The expected value, without a trailing note in brackets: `1 (Christmas, weekend)` is 1. */
function expectedValue(text: string): string | null {
  if (isExpression(text)) return text;
  const note = /^(.*?)\s*\([^()]*\)$/.exec(text);
  return note?.[1] && isExpression(note[1]) ? note[1] : null;
}

/** What to check for a statement: its value (an expression, a const's name, the body of an `if`). */
function resultOf(statement: string): { run: string; value: string } | null {
  const s = statement.trim().replace(/;$/, "");
  if (isExpression(s)) return { run: "", value: s };
  const decl = /^(?:const|let)\s+(\w+)\s*=\s*([\s\S]+)$/.exec(s);
  if (decl?.[2] && isExpression(decl[2])) return { run: `${s};`, value: decl[1] as string };
  const cond = /^if\s*\((.+?)\)\s*([\s\S]+)$/.exec(s);
  if (cond?.[2] && isExpression(cond[2]))
    return { run: "", value: `(${cond[1]}) ? (${cond[2]}) : undefined` };
  return null;
}

/** A block as a program: statements run, results checked with __check(actual, expected). */
function toProgram(block: string): { program: string; checks: number } {
  const lines = block.split("\n").filter((l) => !/^\s*import\s/.test(l));
  const out: string[] = [];
  let statement: string[] = [];
  let checks = 0;
  const settle = (expectedText: string) => {
    const expected = expectedValue(expectedText.trim());
    const value = resultOf(statement.join("\n"));
    if (expected === null || value === null) out.push(statement.join("\n"));
    else {
      out.push(value.run, `__check((${value.value}), (${expected}));`);
      checks++;
    }
    statement = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const inline = /^(.*?;)\s*\/\/\s?(.*)$/.exec(line);
    if (/^\s*\/\//.test(line)) continue;
    if (inline && !/^\s*\/\//.test(line)) {
      statement.push(inline[1] as string);
      settle(inline[2] as string);
      continue;
    }
    statement.push(line);
    if (!/;\s*$/.test(line)) continue;
    // A result written on the comment lines right below the statement.
    const comments: string[] = [];
    while (i + 1 < lines.length && /^\s*\/\//.test(lines[i + 1] as string))
      comments.push((lines[++i] as string).replace(/^\s*\/\/\s*/, ""));
    if (comments.length > 0) settle(comments.join(" "));
    else {
      out.push(statement.join("\n"));
      statement = [];
    }
  }
  out.push(statement.join("\n"));
  return { program: out.join("\n"), checks };
}

const check = (actual: unknown, expected: unknown) => {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected))
    expect(actual).toMatchObject(expected as object);
  else expect(actual).toEqual(expected);
};

describe.each([
  ["periods.md", 3],
  ["statistics.md", 8],
  ["rag-rules.md", 1],
])("docs/%s examples", (file, minimum) => {
  const text = readFileSync(resolve(docs, file), "utf8");
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  const programs = blocks.map(toProgram);

  it(`asserts at least ${minimum} results`, () => {
    expect(programs.reduce((n, p) => n + p.checks, 0)).toBeGreaterThanOrEqual(minimum);
  });

  it.each(programs.map((p, i) => [i + 1, p] as const))("block %i runs and shows real results", (_i, p) => {
    const names = Object.keys(api);
    new Function("__check", ...names, p.program)(check, ...names.map((n) => api[n]));
  });
});
