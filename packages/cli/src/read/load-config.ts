import { readFile, stat } from "node:fs/promises";
import type { Issue } from "@kpikit/core";
import { decodeText } from "@kpikit/csc";
import type { Alias } from "yaml";
import type * as z from "zod";
import { closest } from "../_lib/suggest.js";
import { configSchema, type KpikitConfig } from "./config-schema.js";

/** A config read and checked, or every issue found in it. */
export type ConfigResult =
  | {
      readonly ok: true;
      readonly config: KpikitConfig;
      readonly issues: readonly Issue[];
      /** Line and column of a value in the file, for issues found later (e.g. an unknown indicator). */
      readonly locate: (path: readonly (string | number)[]) => { row?: number; column?: number };
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Largest config kpikit reads (a config is a page of settings; anything bigger is refused before parsing). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deepest nesting of mappings and lists a config may have (the schema itself needs fewer than 10 levels). */
export const MAX_CONFIG_DEPTH = 32;
/** Most aliases (`*name`) a config may use; more is refused, so that an alias bomb is never expanded. */
export const MAX_CONFIG_ALIASES = 100;

/** Reads and checks a config file (YAML or JSON; JSON is read as YAML so positions are exact). */
export async function loadConfig(path: string, displayName = path): Promise<ConfigResult> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_CONFIG_BYTES) return refuse(displayName, "config-too-large", tooLarge(size));
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          code: "file-not-found",
          file: displayName,
          message: `cannot read the config: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        },
      ],
    };
  }
  const decoded = decodeText(bytes, displayName);
  return parseConfigText(decoded.text, displayName);
}

const tooLarge = (bytes: number) =>
  `the config is ${(bytes / 1024).toFixed(0)} KB; configs are limited to ${MAX_CONFIG_BYTES / 1024} KB`;

function refuse(file: string, code: string, message: string, row = 1, column = 1): ConfigResult {
  return { ok: false, issues: [{ code, file, row, column, message }] };
}

/**
 * Checks config text; unknown keys are errors with a "did you mean" suggestion, each with its line and column.
 * @example
 * (await parseConfigText("titel: x\n", "c.yaml")).issues[0]?.message //=> 'unknown key "titel"; did you mean "title"?'
 */
export async function parseConfigText(text: string, file: string): Promise<ConfigResult> {
  if (text.length > MAX_CONFIG_BYTES) return refuse(file, "config-too-large", tooLarge(text.length));
  const yaml = await import("yaml");
  const { LineCounter, parseDocument } = yaml;
  const lineCounter = new LineCounter();
  const at = (offset: number | undefined) => {
    if (offset === undefined) return { row: 1, column: 1 };
    const p = lineCounter.linePos(offset);
    return { row: p.line, column: p.col };
  };
  // Binary junk (a workbook or an image saved as .yaml) is refused before YAML sees it.
  const junk = firstNonText(text);
  if (junk !== undefined) {
    const { row, column } = position(text, junk);
    const code = text.charCodeAt(junk);
    const found =
      code === 0xfffd
        ? "bytes that are not text"
        : `a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
    return refuse(
      file,
      "config-not-text",
      `the config holds ${found}; expected a YAML or JSON text file`,
      row,
      column,
    );
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch {
    // The YAML engine is not expected to throw; if it does, the file is still refused as input, not a crash.
    return refuse(file, "config-syntax", "the config could not be read as YAML");
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        code: e.code === "RESOURCE_EXHAUSTION" ? "config-too-deep" : "config-syntax",
        file,
        ...at(e.pos[0]),
        message: syntaxMessage(e.code, e.message, text.slice(e.pos[0], e.pos[0] + 200)),
      })),
    };
  }
  const shape = documentShape(doc.contents, yaml);
  if (shape.tooDeep !== undefined)
    return refuse(
      file,
      "config-too-deep",
      `the config nests lists and mappings more than ${MAX_CONFIG_DEPTH} levels deep`,
      at(shape.tooDeep).row,
      at(shape.tooDeep).column,
    );
  if (shape.aliases > MAX_CONFIG_ALIASES)
    return refuse(
      file,
      "config-aliases",
      `the config uses ${shape.aliases} aliases (*name); at most ${MAX_CONFIG_ALIASES} are allowed`,
      at(shape.firstAlias).row,
      at(shape.firstAlias).column,
    );
  for (const alias of shape.aliasNodes) {
    if (alias.resolve(doc) !== undefined) continue;
    const where = at(alias.range?.[0]);
    return refuse(
      file,
      "config-syntax",
      `the alias *${alias.source} has no anchor &${alias.source} before it`,
      where.row,
      where.column,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
  } catch {
    // An alias that refers back into itself, or one that expands past the alias budget.
    return refuse(
      file,
      "config-aliases",
      `the config's aliases (*name) expand too far; write the values out or use fewer than ${MAX_CONFIG_ALIASES}`,
      at(shape.firstAlias).row,
      at(shape.firstAlias).column,
    );
  }
  if (data === null || data === undefined)
    return {
      ok: false,
      issues: [{ code: "empty-config", file, row: 1, column: 1, message: "the config is empty" }],
    };
  const parsed = configSchema.safeParse(data);
  const locate = (path: readonly PropertyKey[], key?: string): { row?: number; column?: number } => {
    const node = doc.getIn(path as unknown[], true) as
      | {
          range?: [number, number, number];
          items?: { key: { value?: unknown; range?: [number, number, number] } }[];
        }
      | undefined;
    if (key !== undefined && node?.items) {
      const pair = node.items.find((item) => item.key?.value === key);
      if (pair?.key?.range) return at(pair.key.range[0]);
    }
    if (node?.range) return at(node.range[0]);
    return path.length > 0 ? locate(path.slice(0, -1)) : { row: 1, column: 1 };
  };
  if (parsed.success) return { ok: true, config: parsed.data, issues: [], locate: (path) => locate(path) };
  const issues: Issue[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(configSchema, path);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        issues.push({
          code: "unknown-key",
          file,
          path: [...path, key],
          ...locate(path, key),
          message: `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : known.length > 0 ? `; expected one of ${known.join(", ")}` : ""}`,
        });
      }
      continue;
    }
    issues.push({
      code: "bad-config",
      file,
      path,
      ...locate(path),
      message: `${path.length > 0 ? `${path.join(".")}: ` : ""}${issue.message}`,
    });
  }
  return { ok: false, issues };
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
};

/** The keys an object in the schema allows at this data path (for suggestions). */
function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return def.innerType ? knownKeys(def.innerType, path) : [];
    case "union":
      return [...new Set((def.options ?? []).flatMap((o) => knownKeys(o, path)))];
    case "array":
      return path.length > 0 && typeof path[0] === "number" && def.element
        ? knownKeys(def.element, path.slice(1))
        : [];
    case "record":
      return path.length > 0 && def.valueType ? knownKeys(def.valueType, path.slice(1)) : [];
    case "object": {
      const shape = def.shape ?? {};
      if (path.length === 0) return Object.keys(shape);
      const next = shape[String(path[0])];
      return next ? knownKeys(next, path.slice(1)) : [];
    }
    default:
      return [];
  }
}

/** Offset of the first character no text file holds (controls other than tab and line ends, or U+FFFD). */
function firstNonText(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) continue;
    if (c < 32 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) return i;
  }
  return undefined;
}

/** 1-based line and column of an offset, counting CRLF, LF and CR line ends. */
function position(text: string, offset: number): { row: number; column: number } {
  let row = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      row++;
      start = i + 1;
    }
  }
  return { row, column: offset - start + 1 };
}

/** The project's words for the YAML errors people make; the engine's own first line for the rest. */
function syntaxMessage(code: string, message: string, source: string): string {
  // The key as written at the error's position, up to its colon (a config's keys are settings, not data).
  const token = (/^\s*("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(source)?.[1] ?? "").trim().slice(0, 40);
  switch (code) {
    case "DUPLICATE_KEY":
      return `the key ${token === "" ? "" : `"${token}" `}appears twice in the same mapping; keep one`;
    case "TAB_AS_INDENT":
      return "a tab is used for indentation; indent YAML with spaces";
    case "RESOURCE_EXHAUSTION":
      return `the config nests lists and mappings too deeply (at most ${MAX_CONFIG_DEPTH} levels)`;
    case "MULTIPLE_DOCS":
      return "the config holds more than one YAML document (a second ---); keep one";
    case "BAD_ALIAS":
      return "an alias (*name) has no anchor (&name) before it";
    default: {
      const first = message.split("\n")[0] ?? message;
      return `not readable as YAML: ${first.replace(/ at line \d+, column \d+:?$/, "")}`;
    }
  }
}

interface DocumentShape {
  /** Offset of the first node deeper than {@link MAX_CONFIG_DEPTH}. */
  readonly tooDeep?: number;
  readonly aliases: number;
  readonly firstAlias?: number | undefined;
  /** The aliases themselves, when there are at most {@link MAX_CONFIG_ALIASES}. */
  readonly aliasNodes: readonly Alias[];
}

/** Walks the parsed document without recursion: its depth and how many aliases it uses. */
function documentShape(root: unknown, yaml: typeof import("yaml")): DocumentShape {
  const { isAlias, isMap, isPair, isSeq } = yaml;
  type Node = {
    range?: [number, number, number];
    items?: unknown[];
    key?: unknown;
    value?: unknown;
    source?: string;
  };
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  let aliases = 0;
  let firstAlias: number | undefined;
  const aliasNodes: Alias[] = [];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== "object") continue;
    const n = node as Node;
    if (isAlias(node)) {
      aliases++;
      if (aliasNodes.length < MAX_CONFIG_ALIASES) aliasNodes.push(node);
      const offset = n.range?.[0];
      if (offset !== undefined && (firstAlias === undefined || offset < firstAlias)) firstAlias = offset;
      continue;
    }
    if (isPair(node)) {
      stack.push({ node: n.key, depth }, { node: n.value, depth });
      continue;
    }
    if (isMap(node) || isSeq(node)) {
      if (depth >= MAX_CONFIG_DEPTH) return { tooDeep: n.range?.[0] ?? 0, aliases, firstAlias, aliasNodes };
      for (const item of n.items ?? []) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return { aliases, firstAlias, aliasNodes };
}
