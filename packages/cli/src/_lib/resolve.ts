import { type CscArea, findArea } from "@kpikit/csc";
import { usageError } from "./errors.js";

/** The LA a command-line argument names (code, name or ONS code), or a usage error with suggestions. */
export function resolveLa(text: string, option = "--la"): CscArea {
  const match = findArea(text, { kinds: ["la"] });
  if (match.ok) return match.area;
  const names = match.candidates.slice(0, 3).map((c) => `${c.area.name} (${c.area.code})`);
  throw usageError(
    `${option} "${text}": ${match.message}${names.length > 0 && !match.message.includes(names[0] ?? "\u0000") ? ` Did you mean ${names.join(", ")}?` : ""}`,
  );
}

/** `--model` as a neighbour model. */
export function neighbourModelOf(value: unknown): "2025" | "2021" {
  if (value === undefined) return "2025";
  const v = String(value);
  if (v === "2025" || v === "2021") return v;
  throw usageError(`--model "${v}": use 2025 or 2021`);
}
