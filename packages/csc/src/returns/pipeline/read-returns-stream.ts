import { type ByteSource, chunksOf, decodeTextStream } from "../../text/decode-stream.js";
import { decodeText } from "../../text/decode-text.js";
import { parseCinCensusStream } from "../parse-cin-census-xml.js";
import { Ssda903FileReader } from "../read-ssda903.js";
import {
  isStackedText,
  RETURNS_MAX_BYTES,
  type ReadReturnsOptions,
  type ReadReturnsResult,
  type ReturnsInput,
  readReturns,
} from "./read-returns.js";
import { isZip, recogniseText } from "./recognise.js";

/** One file given to {@link readReturnsStream} as a stream of bytes (a Node file stream, a browser `File.stream()`). */
export interface ReturnsStreamInput {
  readonly name: string;
  readonly stream: ByteSource;
  /** Its size in bytes when known before reading (a file over the limit is then refused unread). */
  readonly size?: number;
}

/** Options for {@link readReturnsStream}: those of `readReturns`, and the limit for a streamed CIN census. */
export interface ReadReturnsStreamOptions extends ReadReturnsOptions {
  /** The largest CIN census read as it streams, in bytes; default {@link RETURNS_STREAM_MAX_BYTES}. */
  readonly maxStreamBytes?: number;
}

/**
 * The largest returns file read as it streams (4 GiB, four times a national CIN census): a CIN census holds its
 * children's records (with `keep: "measure-rows"`, only what the measures read: about half the
 * memory), an SSDA903 table its rows. Files read whole (a stacked 903 file with LA and YEAR columns, flat CIN tables,
 * workbooks) are limited to `RETURNS_MAX_BYTES` each.
 * @example
 * RETURNS_STREAM_MAX_BYTES / 2 ** 30 //=> 4
 */
export const RETURNS_STREAM_MAX_BYTES = 4 * 2 ** 30;

/** Bytes looked at to recognise a streamed file before deciding how to read it. */
const PEEK_BYTES = 64 * 1024;

/**
 * `readReturns` on streams: each file is recognised from its first bytes, a CIN census is read as it streams
 * (`parseCinCensusStream`: its children's records held, never its text), so is an SSDA903 table (CSV or XML: its
 * rows held), and any other file is read whole within `RETURNS_MAX_BYTES`. Gives what `readReturns` gives for the same bytes (a test checks it); files given as bytes
 * are passed through. Progress is reported while a file streams (bytes, and the children or rows read).
 * @example
 * const cin = new TextEncoder().encode(`<Message><Header><CollectionDetails><Collection>CIN</Collection>
 *   <Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails><Source><LEA>865</LEA></Source>
 *   </Header><Children/></Message>`);
 * readReturnsStream([{ name: "cin.xml", stream: [cin.slice(0, 50), cin.slice(50)] }]) instanceof Promise //=> true
 */
export async function readReturnsStream(
  files: readonly (ReturnsInput | ReturnsStreamInput)[],
  options: ReadReturnsStreamOptions = {},
): Promise<ReadReturnsResult> {
  const maxBytes = options.maxBytes ?? RETURNS_MAX_BYTES;
  const maxStream = options.maxStreamBytes ?? RETURNS_STREAM_MAX_BYTES;
  const mb = (n: number) => Math.round(n / 1048576);
  const inputs: ReturnsInput[] = [];
  for (const [index, f] of files.entries()) {
    if (!("stream" in f)) {
      inputs.push(f);
      continue;
    }
    const progress = (bytes: number, records?: number) =>
      options.onProgress?.({
        done: index,
        total: files.length,
        file: f.name,
        bytes,
        ...(records === undefined ? {} : { records }),
      });
    const limits = `kpikit reads returns files of up to ${mb(maxBytes)} MB whole (a CIN census XML of up to ${mb(maxStream)} MB, read as it streams)`;
    const tooLarge = (size: number, known = true): ReturnsInput => ({
      name: f.name,
      bytes: "",
      streamed: {
        kind: "refused",
        code: "returns-too-large",
        message: `${f.name} is ${known ? "" : "over "}${mb(size)} MB; ${limits}. Split it by year (or by table) and read the parts.`,
      },
    });
    if (f.size !== undefined && f.size > maxStream) {
      inputs.push(tooLarge(f.size));
      continue;
    }
    progress(0);
    const chunks = chunksOf(f.stream);
    const peeked: Uint8Array[] = [];
    let peekedBytes = 0;
    let ended = false;
    while (peekedBytes < PEEK_BYTES) {
      const next = await chunks.next();
      if (next.done) {
        ended = true;
        break;
      }
      peeked.push(next.value);
      peekedBytes += next.value.length;
    }
    const head = joined(peeked, peekedBytes);
    const rest = async function* () {
      yield* peeked;
      if (!ended) yield* chunks;
    };
    const headText = isZip(head) ? "" : decodeText(head).text;
    const kind = isZip(head) ? "spreadsheet" : recogniseText(headText, f.name);
    if (kind === "cin-census") {
      const census = await parseCinCensusStream(rest(), {
        file: f.name,
        dfeChecks: options.dfeChecks === true,
        ...(options.keep ? { keep: options.keep } : {}),
        onProgress: (p) => progress(p.bytes, p.children),
      });
      inputs.push({ name: f.name, bytes: "", streamed: { kind: "cin-census", ...splitIssues(census) } });
      continue;
    }
    // A stacked file (LA and YEAR columns) is read whole, to be split by them.
    if (kind === "ssda903" && !isStackedText(headText)) {
      // An SSDA903 table (CSV or XML) read as it streams: its rows held, never its text.
      const reader = new Ssda903FileReader(f.name, { dfeChecks: options.dfeChecks === true });
      const decoded = decodeTextStream(rest(), f.name);
      for await (const piece of decoded.pieces) {
        reader.push(piece);
        progress(decoded.bytesRead(), reader.rowCount);
        if (reader.stopped) break;
      }
      const read = reader.end();
      inputs.push({
        name: f.name,
        bytes: "",
        streamed: { kind: "ssda903", read, textIssues: decoded.issues() },
      });
      continue;
    }
    // Read whole, within the limit: a file past it is refused unread past its first bytes.
    if (f.size !== undefined && f.size > maxBytes) {
      await chunks.return(undefined);
      inputs.push(tooLarge(f.size));
      continue;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    let over = false;
    for await (const chunk of rest()) {
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        await chunks.return(undefined);
        break;
      }
      parts.push(chunk);
    }
    if (over) inputs.push(tooLarge(f.size ?? maxBytes, f.size !== undefined));
    else inputs.push({ name: f.name, bytes: joined(parts, size) });
  }
  return readReturns(inputs, options);
}

const splitIssues = (r: Awaited<ReturnType<typeof parseCinCensusStream>>) => {
  const { textIssues, ...census } = r;
  return { census, textIssues };
};

function joined(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
