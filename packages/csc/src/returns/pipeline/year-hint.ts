// Internal: the collection year a file's name or folder gives, before its content is read.

/**
 * What a path says about its collection year. `exact`: a start year no reading can change (`2023-24`,
 * `2023_24`, `2023-2024`, or a file name beginning `2023-`, the project's start-year prefix). `bare`: a lone year
 * (`2024`), which councils use both for the year ending and the year starting; the content decides between them.
 */
export type YearHint =
  | { readonly kind: "exact"; readonly startYear: number; readonly from: string }
  | { readonly kind: "bare"; readonly value: number; readonly from: string };

const RANGE = /(?<!\d)((?:19|20)\d\d)\s*[-_/]\s*((?:19|20)?\d\d)(?!\d)/;
const PREFIX = /^((?:19|20)\d\d)[-_ ](?!\d)/;
const BARE = /(?<!\d)((?:19|20)\d\d)(?!\d)/;

/** The year a name segment gives, if any. */
export function yearHintOfText(text: string, from: string, prefixIsStart = false): YearHint | null {
  const range = RANGE.exec(text);
  if (range) {
    const start = Number(range[1]);
    const end = Number(range[2]);
    if ((range[2]?.length === 2 ? (start + 1) % 100 : start + 1) === end)
      return { kind: "exact", startYear: start, from };
  }
  if (prefixIsStart) {
    const prefix = PREFIX.exec(text);
    if (prefix) return { kind: "exact", startYear: Number(prefix[1]), from };
  }
  const bare = BARE.exec(text);
  return bare ? { kind: "bare", value: Number(bare[1]), from } : null;
}

/**
 * The year hint of a path as given (`903/2023-24/episodes.csv`, `2019-episodes.csv`): the file name first, then
 * its folders from the nearest out. Only the path as the user gave it is read, never folders above it.
 */
export function yearHintOf(path: string): YearHint | null {
  const parts = path.split(/[\\/]/).filter((p) => p !== "" && p !== "." && p !== "..");
  const file = (parts.pop() ?? "").replace(/\.[A-Za-z0-9]+$/, "");
  const own = yearHintOfText(file, "its name", true);
  if (own) return own;
  for (let i = parts.length - 1; i >= 0; i--) {
    const hint = yearHintOfText(parts[i] as string, `its folder ${parts[i]}`);
    if (hint) return hint;
  }
  return null;
}

/** The folder part of a path as given ("" when none). */
export function folderOf(path: string): string {
  const at = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return at < 0 ? "" : path.slice(0, at);
}

/** `2023` → `2023-24`. */
export const yearLabel = (startYear: number): string =>
  `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
