import { extname } from "node:path";
import { usageError } from "./errors.js";

/** What `kpikit report` can write. */
export type ReportFormat = "html" | "xlsx" | "csv" | "md" | "json";

const REPORT_FORMATS: readonly ReportFormat[] = ["html", "xlsx", "csv", "md", "json"];
const EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  ".html": "html",
  ".htm": "html",
  ".xlsx": "xlsx",
  ".csv": "csv",
  ".md": "md",
  ".markdown": "md",
  ".json": "json",
};

/**
 * The format a file name implies, from its extension.
 * @example
 * formatFromPath("out/wiltshire.HTML") //=> "html"
 */
export function formatFromPath(path: string): ReportFormat | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

/** A format as typed (`markdown` → `md`), or a usage error. */
export function parseFormat(text: string, allowed: readonly ReportFormat[] = REPORT_FORMATS): ReportFormat {
  const f = text.trim().toLowerCase();
  const normal = (f === "markdown" ? "md" : f === "htm" ? "html" : f) as ReportFormat;
  if (!allowed.includes(normal))
    throw usageError(`unknown format "${text}"; use one of ${allowed.join(", ")}`);
  return normal;
}

/** Where each format goes: a file path, or `null` for stdout. */
export interface OutputPlan {
  readonly targets: readonly { readonly format: ReportFormat; readonly path: string | null }[];
}

/**
 * Decides formats and paths from `--format` (repeatable) and `--out`:
 * no `--format` → the format of `--out`'s extension; several formats → `--out`'s extension is replaced per
 * format; no `--out` → one text format on stdout (default `fallback`).
 * @example
 * planOutputs({ formats: ["html", "xlsx"], out: "reports/wiltshire" }).targets.map((t) => t.path)
 * //=> ["reports/wiltshire.html", "reports/wiltshire.xlsx"]
 */
export function planOutputs(options: {
  formats: readonly string[];
  out?: string | undefined;
  fallback?: ReportFormat;
  allowed?: readonly ReportFormat[];
}): OutputPlan {
  const allowed = options.allowed ?? REPORT_FORMATS;
  const formats = [...new Set(options.formats.map((f) => parseFormat(f, allowed)))];
  const out = options.out;
  if (formats.length === 0) {
    if (out === undefined) return { targets: [{ format: options.fallback ?? "md", path: null }] };
    const inferred = formatFromPath(out);
    if (!inferred || !allowed.includes(inferred)) {
      throw usageError(
        `cannot tell the format from "${out}"; add --format ${allowed.join("|")} or use one of the extensions .${allowed.join(", .")}`,
      );
    }
    return { targets: [{ format: inferred, path: out }] };
  }
  if (out === undefined) {
    if (formats.length > 1)
      throw usageError("several formats need --out <path> (the extension is set per format)");
    const only = formats[0] as ReportFormat;
    if (only === "xlsx") throw usageError("the xlsx format is binary; give --out <file.xlsx>");
    return { targets: [{ format: only, path: null }] };
  }
  if (formats.length === 1) {
    const only = formats[0] as ReportFormat;
    const ext = formatFromPath(out);
    return {
      targets: [
        {
          format: only,
          path: ext === undefined ? `${out}.${only}` : ext === only ? out : replaceExt(out, only),
        },
      ],
    };
  }
  return { targets: formats.map((format) => ({ format, path: replaceExt(out, format) })) };
}

function replaceExt(path: string, format: ReportFormat): string {
  const ext = extname(path);
  const known = formatFromPath(path) !== undefined;
  return `${known ? path.slice(0, path.length - ext.length) : path}.${format}`;
}
