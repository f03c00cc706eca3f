import { open, readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { RETURNS_MAX_BYTES, type ReturnsInput, type ReturnsStreamInput, returnsInputOf } from "@kpikit/csc";

/** Extensions read from a folder (a file named on the command line is always read). */
const FOLDER_FILES = /\.(csv|tsv|xml|xlsx)$/i;

/** What was found on disk: the inputs for `readReturns`, and the paths that could not be read. */
export interface ReturnsOnDisk {
  readonly inputs: readonly (ReturnsInput | ReturnsStreamInput)[];
  readonly unreadable: readonly { readonly name: string; readonly reason: string }[];
}

/**
 * The files named on the command line, folders expanded (recursively, in name order, hidden files and other
 * extensions skipped), each with the name the user sees (relative to the working folder). A file over the size
 * limit is passed with its size and no bytes: the pipeline refuses it without it ever being read. Files other than
 * workbooks are passed as streams (`readReturnsStream` reads a CIN census as it streams).
 */
export async function returnsOnDisk(paths: readonly string[], cwd: string): Promise<ReturnsOnDisk> {
  const inputs: (ReturnsInput | ReturnsStreamInput)[] = [];
  const unreadable: { name: string; reason: string }[] = [];
  const display = (full: string) => relative(cwd, full) || full;
  const add = async (full: string, fromFolder: boolean): Promise<void> => {
    const name = display(full);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(full);
    } catch (error) {
      unreadable.push({ name, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(full)).filter((e) => !e.startsWith(".")).sort();
      for (const e of entries) await add(join(full, e), true);
      return;
    }
    if (fromFolder && !FOLDER_FILES.test(full)) return;
    try {
      if (!/\.xlsx$/i.test(full)) {
        // Read as it streams: a CIN census (up to 4 GiB) is read holding its children's records, not its text.
        const file = await open(full, "r");
        // In 64 KiB pieces: the readers join each piece to the text they hold unfinished, and pieces of a megabyte
        // make strings V8 keeps in its large-object space until a full collection (a national census's peak
        // memory was most of all these). The CSV reader holds a record not yet ended as the pieces that came, so
        // a 150 MB file with no line end is refused in 0.6 s in these pieces.
        const highWaterMark = 1 << 16;
        inputs.push({ name, stream: file.createReadStream({ highWaterMark }), size: info.size });
        return;
      }
      if (info.size > RETURNS_MAX_BYTES) {
        inputs.push({ name, bytes: new Uint8Array(0), size: info.size });
        return;
      }
      // A workbook goes with its sheets (an Annex A is read from them); the pipeline does not unzip.
      inputs.push(await returnsInputOf(name, new Uint8Array(await readFile(full))));
    } catch (error) {
      unreadable.push({ name, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  };
  for (const p of paths) await add(resolve(cwd, p), false);
  return { inputs, unreadable };
}
