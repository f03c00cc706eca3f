import { readFile } from "node:fs/promises";
import type { Issue } from "@kpikit/core";
import { decodeText } from "@kpikit/csc";
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

/** Reads and checks a config file (YAML or JSON; JSON is read as YAML so positions are exact). */
export async function loadConfig(path: string, displayName = path): Promise<ConfigResult> {
  let bytes: Uint8Array;
  try {
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

/**
 * Checks config text; unknown keys are errors with a "did you mean" suggestion, each with its line and column.
 * @example
 * (await parseConfigText("titel: x\n", "c.yaml")).issues[0]?.message //=> 'unknown key "titel"; did you mean "title"?'
 */
export async function parseConfigText(text: string, file: string): Promise<ConfigResult> {
  const { LineCounter, parseDocument } = await import("yaml");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const p = lineCounter.linePos(offset);
    return { row: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        code: "config-syntax",
        file,
        ...at(e.pos[0]),
        message: e.message.split("\n")[0] ?? e.message,
      })),
    };
  }
  const data: unknown = doc.toJS();
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
