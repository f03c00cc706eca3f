import type { Issue } from "@kpikit/core";

/** Text decoded from a file's bytes, with the encoding used and any warning. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: "utf-8" | "utf-16le" | "windows-1252";
  readonly issues: readonly Issue[];
}

/**
 * Decodes a text file: strips a UTF-8 or UTF-16 byte-order mark; reads UTF-8 when it is valid, and
 * otherwise reads Windows-1252 (what Excel on Windows writes as "CSV") with a warning naming the first
 * row that was not UTF-8.
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "a.csv").text //=> "a"
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeText(bytes.subarray(3), file);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", issues: [] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", issues: [] };
  } catch {
    const row = firstInvalidUtf8Line(bytes);
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
      issues: [
        {
          code: "not-utf8",
          severity: "warning",
          file,
          row,
          message:
            'the file is not UTF-8; read it as Windows-1252 (latin-1). Save as "CSV UTF-8" to avoid this warning',
        },
      ],
    };
  }
}

/** 1-based line of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b === 0x0a) line += 1;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
    }
    i += need + 1;
  }
  return line;
}
