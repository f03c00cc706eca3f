// @kpikit/core runs unchanged in Node and in a browser and is deterministic: no node:* module, no DOM, no
// clock, no randomness, no network in its source. This scans every non-test source file for them.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/** Source files that ship: everything under src except tests and test helpers (src/_test). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === "_test" ? [] : sourceFiles(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** The code without comments (JSDoc examples may mention anything). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

/** The code without string contents (a sentence may say "document"); module specifiers are checked before. */
const withoutStrings = (text: string) =>
  text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

const IMPORTS: readonly (readonly [string, RegExp])[] = [
  ["node:* import", /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']node:/],
  [
    "Node built-in by bare name",
    /from\s*["'](?:fs|path|url|os|crypto|child_process|process)(?:\/[^"']*)?["']/,
  ],
];
const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ["require()", /\brequire\s*\(/],
  ["process global", /\bprocess\s*\./],
  ["Date.now()", /\bDate\s*\.\s*now\b/],
  ["new Date", /\bnew\s+Date\b/],
  ["Date() call", /(?<!new\s+)(?<![.\w])Date\s*\(/],
  ["performance.now()", /\bperformance\s*\.\s*now\b/],
  ["Math.random()", /\bMath\s*\.\s*random\b/],
  [
    "DOM global",
    /(?<![.\w])(?:document|window|navigator|localStorage|sessionStorage|HTMLElement|customElements)\b/,
  ],
  ["network", /(?<![.\w])(?:fetch|XMLHttpRequest|WebSocket)\s*\(/],
  ["timer", /(?<![.\w])(?:setTimeout|setInterval)\s*\(/],
];

function offences(text: string): string[] {
  const c = code(text);
  const bare = withoutStrings(c);
  return [
    ...IMPORTS.filter(([, re]) => re.test(c)).map(([name]) => name),
    ...FORBIDDEN.filter(([, re]) => re.test(bare)).map(([name]) => name),
  ];
}

describe("core source purity", () => {
  it("the scanner finds each forbidden use and ignores comments", () => {
    expect(offences('import { readFileSync } from "node:fs";')).toEqual(["node:* import"]);
    expect(offences('const p = await import("node:path");')).toEqual(["node:* import"]);
    expect(offences("const t = Date.now();")).toEqual(["Date.now()"]);
    expect(offences("const d = new Date();")).toEqual(["new Date"]);
    expect(offences("const s = Date();")).toEqual(["Date() call"]);
    expect(offences("const w = window.innerWidth;")).toEqual(["DOM global"]);
    expect(offences("document.title = 'x';")).toEqual(["DOM global"]);
    expect(offences("const r = fetch('https://example.org');")).toEqual(["network"]);
    expect(offences("const x = Math.random();")).toEqual(["Math.random()"]);
    expect(offences("const e = process.env.TZ;")).toEqual(["process global"]);
    expect(
      offences("// new Date() and Date.now() in a comment\n/** @example new Date() */\nconst a = 1;"),
    ).toEqual([]);
    expect(offences('const u = "https://example.org"; const ms = Date.UTC(2020, 0, 1);')).toEqual([]);
    expect(offences('const s = "the Scorecard document, as at new Date()";')).toEqual([]);
  });

  const files = sourceFiles(src);
  it("scans every source file", () => {
    expect(files.length).toBeGreaterThan(60);
    expect(files.some((f) => f.endsWith("period/parse-period.ts"))).toBe(true);
    expect(files.some((f) => f.includes("_test"))).toBe(false);
  });

  it.each(files.map((f) => [relative(src, f), f]))(
    "%s has no node:*, DOM, clock or network",
    (_name, file) => {
      expect(offences(readFileSync(file, "utf8"))).toEqual([]);
    },
  );
});
