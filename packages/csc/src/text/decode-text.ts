import type { Issue } from "@kpikit/core";
import { repairMojibake } from "./repair-mojibake.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** The codes of the issues {@link decodeText} reports (both warnings: the text is still read). */
export type TextIssueCode =
  /** The bytes are not UTF-8; they were read as Windows-1252 (Latin-1). */
  | "latin1-encoding"
  /** The text was UTF-8 once but had been decoded as Latin-1 (`â€™`); it was repaired. */
  | "mis-decoded-text";

/** Text decoded from a file, with the encoding it was read as and any warning. */
export interface DecodedText {
  readonly text: string;
  /** How the bytes were read; `"text"` when the input was already a string. */
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "text";
  readonly issues: readonly (Issue & { readonly code: TextIssueCode })[];
}

/**
 * Turns a file's contents into text, in Node and in a browser alike: strips a byte-order mark; reads UTF-16
 * when a UTF-16 byte-order mark says so, UTF-8 when the bytes are valid UTF-8, and otherwise Windows-1252
 * (what Excel on Windows saves as "CSV"), with a `latin1-encoding` warning naming the first line that was not
 * UTF-8; then repairs UTF-8 that had been decoded as Latin-1 (`â€™` for `’`), with a `mis-decoded-text` warning.
 * @param input The file's bytes, or text already decoded (only the byte-order mark and the repair apply).
 * @param file The file's name, given to the issues.
 * @example
 * decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).text //=> "Café"
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).encoding //=> "utf-8"
 * decodeText("\uFEFFa,b").text //=> "a,b"
 * decodeText("Childrenâ€™s").issues[0]?.code //=> "mis-decoded-text"
 */
export function decodeText(input: string | Uint8Array, file?: string): DecodedText {
  const issues: (Issue & { readonly code: TextIssueCode })[] = [];
  const where = file === undefined ? {} : { file };
  let text: string;
  let encoding: DecodedText["encoding"];
  if (typeof input === "string") {
    text = input;
    encoding = "text";
  } else if (input[0] === 0xff && input[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(input);
    encoding = "utf-16le";
  } else if (input[0] === 0xfe && input[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(input);
    encoding = "utf-16be";
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
      encoding = "utf-8";
    } catch {
      text = decodeWindows1252(input);
      encoding = "windows-1252";
      issues.push({
        code: "latin1-encoding",
        severity: "warning",
        message:
          'The file is not UTF-8; it was read as Windows-1252 (Latin-1). Save it as "CSV UTF-8" to avoid this warning.',
        ...where,
        ...firstInvalidUtf8(input),
      });
    }
  }
  // TextDecoder drops a byte-order mark itself; text given as a string may still start with one, and a file
  // saved again by a tool that adds one whether or not it is there starts with two or more: none is content.
  let bom = 0;
  while (text.charCodeAt(bom) === 0xfeff) bom++;
  if (bom > 0) text = text.slice(bom);
  const repaired = repairMojibake(text);
  if (repaired !== text) {
    let first = 0;
    while (first < text.length && text.charCodeAt(first) === repaired.charCodeAt(first)) first++;
    issues.push({
      code: "mis-decoded-text",
      severity: "warning",
      message: "Some text was UTF-8 read as Latin-1 (such as â€™); it was repaired.",
      ...where,
      ...lineAndColumn(text, first),
    });
    text = repaired;
  }
  return { text, encoding, issues };
}

/** 1-based line and column (in characters) of an offset in text; CRLF, LF and CR each end a line. */
function lineAndColumn(text: string, offset: number): { row: number; column: number } {
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

/** 1-based line and column (counting characters, not bytes) of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { row: number; column: number } {
  let row = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
        row += 1;
        column = 1;
      } else if (b !== 0x0d) column += 1;
      i += 1;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    if (need < 0) return { row, column };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { row, column };
    }
    i += need + 1;
    column += 1;
  }
  return { row, column };
}
