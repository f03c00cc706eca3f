// @kpikit/cli programmatic entry. The command itself lives in main.ts (the `kpikit` bin); importing it
// lazily keeps main.js a self-contained entry whose "am I the script being run?" check stays true.
import type { Io } from "./_lib/io.js";

export type { Io } from "./_lib/io.js";

/**
 * Runs `kpikit` with these arguments and resolves to its exit code.
 * @example
 * await run(["--version"]) //=> 0
 */
export async function run(argv: readonly string[], io?: Io): Promise<number> {
  const main = await import("./main.js");
  return main.run(argv, io);
}
