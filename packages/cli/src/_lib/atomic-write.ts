import { copyFileSync, existsSync, linkSync, renameSync, rmSync } from "node:fs";
import { mkdir, open, readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

let counter = 0;

/** One output: where and what. */
export interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** Files this process has on disk that are not outputs: temporaries being written, backups of a set's old files. */
const pending = new Set<string>();
/** The signals after which kpikit removes its temporaries before ending (as the signal would have ended it). */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
let listening = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // Ended by the signal itself, as without kpikit's listener (exit status 128 + signal for the shell).
  process.kill(process.pid, signal);
}

/**
 * Listens for SIGINT, SIGTERM and SIGHUP from the first write on, and keeps listening: removing the listener
 * after a write could drop a signal that arrived during it, and the listener ends the process as the signal would.
 */
function listen(): void {
  if (listening) return;
  listening = true;
  for (const s of SIGNALS) process.on(s, onSignal);
}

/**
 * Writes a set of files (a report's HTML, XLSX, CSV and Markdown, say) so that it is replaced together:
 * - each file is first written whole to a hidden temporary in its own folder (`.name.<pid>.<n>.tmp`);
 * - then every temporary is renamed into place in one synchronous step, which no SIGINT or SIGTERM can split
 *   (Node runs signal listeners between steps, never inside one), after each old file is kept as a hard link;
 * - if a rename fails, the files already replaced get their old content back and new ones are removed.
 * A failure or a signal (SIGINT, SIGTERM, SIGHUP) before the renames leaves every old file as it was and no
 * temporary behind; after them, the whole new set is in place. Temporaries left by a process killed outright
 * (SIGKILL) are removed by the next write to the same file.
 * @example
 * await writeFilesAtomically([{ path: "out/report.html", content: html }, { path: "out/report.csv", content: csv }]);
 */
export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  listen();
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const dir = dirname(file.path);
      await mkdir(dir, { recursive: true });
      await removeStale(dir, basename(file.path));
      counter += 1;
      const temp = join(dir, `.${basename(file.path)}.${process.pid}.${counter}.tmp`);
      pending.add(temp);
      staged.push({ temp, path: file.path });
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(file.content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    commit(staged);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  } finally {
    for (const { temp } of staged) pending.delete(temp);
  }
}

/** Renames every temporary into place, synchronously; on a failure, puts the old set back and rethrows. */
function commit(staged: readonly { temp: string; path: string }[]): void {
  const backups: { path: string; backup: string | null }[] = [];
  try {
    for (const { path } of staged) {
      if (!existsSync(path)) {
        backups.push({ path, backup: null });
        continue;
      }
      counter += 1;
      const backup = join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
      pending.add(backup);
      try {
        linkSync(path, backup);
      } catch {
        copyFileSync(path, backup);
      }
      backups.push({ path, backup });
    }
    let done = 0;
    try {
      for (const { temp, path } of staged) {
        renameSync(temp, path);
        done++;
      }
    } catch (error) {
      for (const { path, backup } of backups.slice(0, done)) {
        if (backup === null) rmSync(path, { force: true });
        else renameSync(backup, path);
      }
      throw error;
    }
  } finally {
    for (const { backup } of backups) {
      if (backup === null) continue;
      rmSync(backup, { force: true });
      pending.delete(backup);
    }
  }
}

/** Removes temporaries of `name` left in `dir` by kpikit processes that no longer run. */
async function removeStale(dir: string, name: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const pid = Number(/^(\d+)\.\d+\.tmp$/.exec(entry.slice(prefix.length))?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || running(pid)) continue;
    await rm(join(dir, entry), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
