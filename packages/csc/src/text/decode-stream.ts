import type { Issue } from "@kpikit/core";
import type { DecodedText, TextIssueCode } from "./decode-text.js";
import { hasMojibake, repairMojibake } from "./repair-mojibake.js";
import { decodeWindows1252 } from "./windows-1252.js";

/**
 * A file's bytes as they arrive: a web `ReadableStream` (a browser `File.stream()`, Node's `Readable.toWeb`), an
 * async iterable of chunks (a Node `fs.createReadStream`), or chunks already in memory.
 */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** What {@link decodeTextStream} gives: the text in pieces, and (once they are read) how it was read. */
export interface DecodedStream {
  /** The text, piece by piece, in order. */
  readonly pieces: AsyncIterable<string>;
  /** The bytes read so far. */
  readonly bytesRead: () => number;
  /** The encoding the bytes were read as (null before the first piece). */
  readonly encoding: () => DecodedText["encoding"] | null;
  /** The decoder's warnings so far (all of them once `pieces` is read to its end). */
  readonly issues: () => readonly (Issue & { readonly code: TextIssueCode })[];
}

/** The chunks of a byte source, one at a time (a web stream through its reader). */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (typeof (source as ReadableStream<Uint8Array>).getReader === "function") {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value && value.length > 0) yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<Uint8Array>) if (chunk.length > 0) yield chunk;
}

/** The length of `bytes` up to the last whole UTF-8 character (a character cut at the end is left for later). */
function wholeUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const b = bytes[n - back] as number;
    if (b < 0x80) return n - back + 1;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** A place in decoded text: 1-based line and column of the next character, and whether a CR came just before. */
interface TextPosition {
  readonly row: number;
  readonly column: number;
  readonly afterCr: boolean;
}

/** The place after the first `end` characters of `text`, read from `from`; CRLF, LF and CR each end a line. */
function stepPosition(from: TextPosition, text: string, end: number): TextPosition {
  let { row, column, afterCr } = from;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!afterCr) row++;
      column = 1;
      afterCr = false;
    } else if (c === 13) {
      row++;
      column = 1;
      afterCr = true;
    } else {
      column++;
      afterCr = false;
    }
  }
  return { row, column, afterCr };
}

/**
 * The streaming form of `decodeText`, with its rules: a byte-order mark (one or several) is dropped; UTF-16 when
 * a UTF-16 byte-order mark says so; UTF-8 while the bytes are valid UTF-8, and from the first piece that is not,
 * Windows-1252 with a `latin1-encoding` warning naming its line (the whole-file decoder reads all of such a file
 * as Windows-1252; the text differs only where UTF-8 before that piece had non-ASCII characters); UTF-8 read as
 * Latin-1 (`â€™`) is repaired with a `mis-decoded-text` warning, from the piece that first shows it. Holds one
 * chunk at a time. Never throws on bad bytes (a failing source's own error is passed on).
 * @param file The file's name, given to the issues.
 * @example
 * const d = decodeTextStream([new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61]), new Uint8Array([0x66, 0xc3]), new Uint8Array([0xa9])]);
 * d.encoding() //=> null (known once its pieces are read: "utf-8", the byte-order mark dropped)
 */
export function decodeTextStream(source: ByteSource, file?: string): DecodedStream {
  const issues: (Issue & { readonly code: TextIssueCode })[] = [];
  const where = file === undefined ? {} : { file };
  let bytes = 0;
  let encoding: DecodedText["encoding"] | null = null;
  // Where the emitted text has reached: 1-based line and column of the next character.
  let at: TextPosition = { row: 1, column: 1, afterCr: false };
  const advance = (text: string) => {
    at = stepPosition(at, text, text.length);
  };
  const locateIn = (text: string, offset: number) => {
    const { row, column } = stepPosition(at, text, offset);
    return { row, column };
  };

  async function* pieces(): AsyncGenerator<string> {
    let started = false;
    let damaged = false;
    let held = "";
    let carry: Uint8Array = new Uint8Array(0);
    let utf16: InstanceType<typeof TextDecoder> | null = null;
    const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    /** A decoded piece made ready: the leading byte-order marks dropped, damage repaired, the last few characters held. */
    const ready = (decoded: string, last: boolean): string => {
      let text = held + decoded;
      held = "";
      if (!started) {
        let bom = 0;
        while (text.charCodeAt(bom) === 0xfeff) bom++;
        if (bom === text.length && !last) return "";
        text = text.slice(bom);
        started = true;
      }
      // Damage is looked for in all the text decoded so far, the characters about to be held included, so a
      // piece is repaired as the whole-text decoder repairs it when the evidence comes at its end.
      if (!damaged && hasMojibake(text)) damaged = true;
      if (!last) {
        // A mis-decoded character is a lead (U+00C2–U+00F4) and up to three more: one that may run on into the
        // next piece waits for it.
        let cut = text.length;
        for (let k = text.length - 1; k >= Math.max(0, text.length - 4); k--) {
          const c = text.charCodeAt(k);
          if (c >= 0xc2 && c <= 0xf4) cut = k;
        }
        held = text.slice(cut);
        text = text.slice(0, cut);
        if (text === "") return "";
      }
      if (damaged) {
        const repaired = repairMojibake(text, true);
        if (repaired !== text && !issues.some((i) => i.code === "mis-decoded-text")) {
          let first = 0;
          while (first < text.length && text.charCodeAt(first) === repaired.charCodeAt(first)) first++;
          issues.push({
            code: "mis-decoded-text",
            severity: "warning",
            message: "Some text was UTF-8 read as Latin-1 (such as â€™); it was repaired.",
            ...where,
            ...locateIn(text, first),
          });
        }
        text = repaired;
      }
      advance(text);
      return text;
    };
    const decode = (chunk: Uint8Array): string => {
      if (encoding === null) {
        if (chunk[0] === 0xff && chunk[1] === 0xfe) encoding = "utf-16le";
        else if (chunk[0] === 0xfe && chunk[1] === 0xff) encoding = "utf-16be";
        else encoding = "utf-8";
        if (encoding !== "utf-8") utf16 = new TextDecoder(encoding, { ignoreBOM: true });
      }
      if (utf16) return utf16.decode(chunk, { stream: true });
      if (encoding === "windows-1252") return decodeWindows1252(chunk);
      const all = concat(carry, chunk);
      const whole = wholeUtf8(all);
      try {
        const text = utf8.decode(all.subarray(0, whole));
        carry = all.slice(whole);
        return text;
      } catch {
        encoding = "windows-1252";
        carry = new Uint8Array(0);
        const text = decodeWindows1252(all);
        issues.push({
          code: "latin1-encoding",
          severity: "warning",
          message:
            'The file is not UTF-8; it was read as Windows-1252 (Latin-1). Save it as "CSV UTF-8" to avoid this warning.',
          ...where,
          ...firstInvalid(all),
        });
        return text;
      }
    };
    /** The line and column of the first byte that is not UTF-8, counted from the text read before it. */
    const firstInvalid = (all: Uint8Array) => {
      let i = 0;
      while (i < all.length) {
        const b = all[i] as number;
        const need =
          b < 0x80
            ? 0
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : b >= 0xe0 && b <= 0xef
                ? 2
                : b >= 0xc2 && b <= 0xdf
                  ? 1
                  : -1;
        let ok = need >= 0;
        for (let k = 1; ok && k <= need; k++) ok = ((all[i + k] ?? 0) & 0xc0) === 0x80;
        if (!ok) break;
        i += need + 1;
      }
      const before = held + new TextDecoder().decode(all.subarray(0, i));
      return locateIn(before, before.length);
    };
    // Two bytes decide a UTF-16 byte-order mark: a one-byte first chunk waits for the next.
    let first: Uint8Array | null = null;
    for await (const chunk of chunksOf(source)) {
      bytes += chunk.length;
      let c = chunk;
      if (encoding === null && first === null && c.length < 2) {
        first = c;
        continue;
      }
      if (first) {
        c = concat(first, c);
        first = null;
      }
      const text = ready(decode(c), false);
      if (text !== "") yield text;
    }
    if (first) {
      const text = decode(first);
      first = null;
      held += text;
    }
    let tail = "";
    if (utf16) tail = (utf16 as InstanceType<typeof TextDecoder>).decode();
    else if (carry.length > 0) {
      // A character cut off by the end of the file is not UTF-8: the whole-file decoder reads such a file as
      // Windows-1252, and so does this, from the cut.
      encoding = "windows-1252";
      issues.push({
        code: "latin1-encoding",
        severity: "warning",
        message:
          'The file is not UTF-8; it was read as Windows-1252 (Latin-1). Save it as "CSV UTF-8" to avoid this warning.',
        ...where,
        ...locateIn(held, held.length),
      });
      tail = decodeWindows1252(carry);
    }
    const last = ready(tail, true);
    if (last !== "") yield last;
    if (encoding === null) encoding = "utf-8";
  }

  return {
    pieces: pieces(),
    bytesRead: () => bytes,
    encoding: () => encoding,
    issues: () => issues,
  };
}
