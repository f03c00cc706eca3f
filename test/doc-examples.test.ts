// Every exported function and constant of the library packages has JSDoc with an @example, and every
// example written as `expression //=> expected` is evaluated here against the package's public API.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@kpikit/core";
import * as coreSchema from "@kpikit/core/schema";
import * as csc from "@kpikit/csc";
import * as web from "@kpikit/web";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

// Examples in @kpikit/web speak of `scorecard` (an example Scorecard document) and `row` (its first row).
const scorecard = JSON.parse(
  readFileSync(join(root, "packages/core/test/fixtures/scorecard-example.json"), "utf8"),
);
const context = { scorecard, row: scorecard.rows[0] };

/** Drops a trailing remark such as `(= -log(0.025))` after an expected value. */
function expectedCandidates(text: string): string[] {
  const out = [text];
  const remark = /\s+\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$/;
  if (remark.test(text)) out.push(text.replace(remark, ""));
  return out;
}

/**
 * Turns an example into checks: each `expression //=> expected` line (or an expression line followed by a
 * line starting `//=>`) is a check; other lines are setup. TypeScript syntax is stripped first.
 */
function runExample(code: string, names: string[], values: unknown[]) {
  const lines: string[] = [];
  for (const raw of code.split("\n")) {
    if (raw.trim().startsWith("//=>") && lines.length) lines[lines.length - 1] += ` ${raw.trim()}`;
    else lines.push(raw);
  }
  const checks: { actual: unknown; expected: unknown; source: string }[] = [];
  let setup = "";
  const scope = [...names, ...Object.keys(context)];
  const scopeValues = [...values, ...Object.values(context)];
  const run = (body: string) => {
    const js = ts.transpileModule(body, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
    }).outputText;
    return new Function(...scope, js)(...scopeValues);
  };
  for (const line of lines) {
    const at = line.indexOf("//=>");
    if (at < 0) {
      setup += `${line}\n`;
      continue;
    }
    const expr = line.slice(0, at).trim().replace(/;\s*$/, "");
    const actual = run(`${setup}\nreturn (${expr});`);
    let expected: unknown;
    let lastError: unknown;
    let ok = false;
    for (const candidate of expectedCandidates(
      line
        .slice(at + 4)
        .trim()
        .replace(/;\s*$/, ""),
    )) {
      try {
        expected = run(`${setup}\nreturn (${candidate});`);
        ok = true;
        break;
      } catch (error) {
        lastError = error;
      }
    }
    if (!ok) throw lastError;
    checks.push({ actual, expected, source: line.trim() });
    setup += `${expr};\n`;
  }
  return checks;
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly symbol: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "_lib") out.push(...sourceFiles(path));
    } else if (
      /\.ts$/.test(entry.name) &&
      !/\.(test|test-helper|test-util|generated)\.ts$/.test(entry.name) &&
      !/\.d\.ts$/.test(entry.name)
    ) {
      out.push(path);
    }
  }
  return out;
}

/** Exported value declarations with the JSDoc block right above them. */
function exportsWithDocs(file: string) {
  const text = readFileSync(file, "utf8");
  const found: { symbol: string; line: number; doc: string | null }[] = [];
  const re = /export\s+(?:async\s+)?(?:function\*?|const)\s+([A-Za-z_$][\w$]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index).trimEnd();
    const doc = before.endsWith("*/") ? before.slice(before.lastIndexOf("/**")) : null;
    found.push({ symbol: m[1] ?? "", line: text.slice(0, m.index).split("\n").length, doc });
  }
  return found;
}

function examplesOf(doc: string): string[] {
  const lines = doc
    .split("\n")
    .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ""))
    .filter((l) => !l.startsWith("/"));
  const blocks: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith("@example")) {
      if (current) blocks.push(current.join("\n"));
      current = [line.slice("@example".length)];
    } else if (line.startsWith("@")) {
      if (current) blocks.push(current.join("\n"));
      current = null;
    } else if (current) current.push(line);
  }
  if (current) blocks.push(current.join("\n"));
  return blocks.map((b) => b.replace(/```\w*/g, "").trim()).filter(Boolean);
}

const packages = [
  { name: "core", dir: "packages/core/src", api: { ...coreSchema, ...core } as Record<string, unknown> },
  { name: "csc", dir: "packages/csc/src", api: csc as Record<string, unknown> },
  { name: "web", dir: "packages/web/src", api: web as Record<string, unknown> },
];

for (const pkg of packages) {
  describe(`@kpikit/${pkg.name} JSDoc`, () => {
    const missing: string[] = [];
    const examples: Example[] = [];
    for (const file of sourceFiles(join(root, pkg.dir))) {
      for (const exp of exportsWithDocs(file)) {
        if (!(exp.symbol in pkg.api)) continue; // internal, not part of the public API
        const where = `${relative(root, file)}:${exp.line} ${exp.symbol}`;
        const blocks = exp.doc ? examplesOf(exp.doc) : [];
        if (blocks.length === 0) missing.push(where);
        for (const code of blocks)
          examples.push({ file: relative(root, file), line: exp.line, symbol: exp.symbol, code });
      }
    }

    it("documents every exported function and constant with an @example", () => {
      expect(missing).toEqual([]);
    });

    const evaluable = examples.filter((e) => e.code.includes("//=>"));
    it("has examples to evaluate", () => {
      expect(evaluable.length).toBeGreaterThan(0);
    });

    const names = Object.keys(pkg.api).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
    const values = names.map((k) => pkg.api[k]);
    it.each(
      evaluable.map(
        (e) => [`${e.symbol} (${e.file}:${e.line}) ${e.code.split("\n")[0]?.slice(0, 60)}`, e] as const,
      ),
    )("%s", (_label, example) => {
      const checks = runExample(example.code, names, values);
      expect(checks.length).toBeGreaterThan(0);
      for (const { actual, expected, source } of checks) {
        if (typeof expected === "number" && typeof actual === "number" && !Number.isInteger(expected)) {
          expect(actual, source).toBeCloseTo(expected, 6);
        } else {
          expect(actual, source).toEqual(expected);
        }
      }
    });
  });
}
