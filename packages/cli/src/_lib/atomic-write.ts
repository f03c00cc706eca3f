import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let counter = 0;

/** One output: where and what. */
export interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * Writes each file to a temporary file in the same folder and renames it into place, so a reader
 * never sees half a file and a failure leaves the old file as it was. Temporaries are removed on error.
 */
export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const dir = dirname(file.path);
      await mkdir(dir, { recursive: true });
      counter += 1;
      const temp = join(dir, `.${basename(file.path)}.${process.pid}.${counter}.tmp`);
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.content);
    }
    for (const { temp, path } of staged) await rename(temp, path);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}
