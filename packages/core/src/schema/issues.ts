import type * as z from "zod";
import type { Issue } from "../issue.js";

/** A zod error, or its list of issues. */
export type ZodIssueSource =
  | z.ZodError
  | { readonly issues: readonly z.core.$ZodIssue[] }
  | readonly z.core.$ZodIssue[];

/** Formats a path the way a reader of a JSON document would write it: `rows[3].rag.status`. */
function pathText(path: readonly (string | number)[]): string {
  let text = "";
  for (const part of path) text += typeof part === "number" ? `[${part}]` : text === "" ? part : `.${part}`;
  return text;
}

/**
 * Maps zod issues to the project's {@link Issue}s: `code` is `schema-` plus zod's code in kebab case, `path`
 * is the location in the document, and `message` names that location.
 * @param source a `ZodError` (from `safeParse`) or its `issues`.
 * @param file the file the document came from, copied onto every issue.
 * @example
 * zodIssuesToIssues([{ code: "invalid_type", expected: "string", path: ["title"], message: "Invalid input: expected string, received number", input: 3 }], "a.json")[0].message //=> "title: Invalid input: expected string, received number"
 */
export function zodIssuesToIssues(source: ZodIssueSource, file?: string): Issue[] {
  const list: readonly z.core.$ZodIssue[] = Array.isArray(source)
    ? (source as readonly z.core.$ZodIssue[])
    : (source as { readonly issues: readonly z.core.$ZodIssue[] }).issues;
  return list.map((issue) => {
    const path = issue.path.map((part) => (typeof part === "symbol" ? String(part.description ?? "") : part));
    const where = pathText(path);
    return {
      code: `schema-${issue.code.replace(/_/g, "-")}`,
      path,
      message: where === "" ? issue.message : `${where}: ${issue.message}`,
      severity: "error" as const,
      ...(file === undefined ? {} : { file }),
    };
  });
}
