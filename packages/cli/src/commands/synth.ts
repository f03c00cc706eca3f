import { join, relative, resolve } from "node:path";
import { isKpikitError } from "@kpikit/core";
import { synthReturns } from "@kpikit/csc";
import { writeFilesAtomically } from "../_lib/atomic-write.js";
import { usageError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { resolveLa } from "../_lib/resolve.js";

/** `2021`, `2021/22`, `2021-22` or `2021_22` → the start year 2021; null when it is none of these. */
function startYear(text: string): number | null {
  const m = /^(\d{4})(?:[-/_](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const start = Number(m[1]);
  if (m[2] !== undefined && Number(m[2]) !== (start + 1) % 100) return null;
  return start;
}

/**
 * `kpikit synth --la <code> --years <first>..<last> [--scale <f>] [--seed <n>] --out <dir> [--postcodes <file>]`:
 * synthetic CIN census and SSDA903 returns (fake children only) for testing compute, validate and the dashboard,
 * and the postcode lookup their distances need.
 */
export async function run(ctx: CommandContext): Promise<number> {
  const v = ctx.values;
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const laText = str("la");
  if (laText === undefined) throw usageError("synth needs --la <code|name>");
  const la = resolveLa(laText);
  const years = str("years");
  const range = years === undefined ? null : /^(.+?)\.\.(.+)$/.exec(years);
  const first = range ? startYear(range[1] ?? "") : years === undefined ? null : startYear(years);
  const last = range ? startYear(range[2] ?? "") : first;
  if (first === null || last === null)
    throw usageError(`--years must be a year or a range like 2021/22..2024/25; got ${years ?? "nothing"}`);
  const scale = str("scale") === undefined ? 1 : Number(str("scale"));
  if (!Number.isFinite(scale) || scale < 0 || scale > 200)
    throw usageError(
      `--scale must be a number from 0 to 200 (1 is about 1/150 of England); got ${str("scale")}`,
    );
  const seed = str("seed") === undefined ? 1 : Number(str("seed"));
  if (!Number.isInteger(seed) || seed < 0)
    throw usageError(`--seed must be a whole number; got ${str("seed")}`);
  const out = str("out");
  if (out === undefined) throw usageError("synth needs --out <folder>");
  const postcodes = str("postcodes");
  let files: ReturnType<typeof synthReturns>;
  try {
    files = synthReturns({
      la: la.code,
      firstYear: first,
      lastYear: last,
      scale,
      seed,
      postcodes: postcodes !== undefined,
    });
  } catch (error) {
    if (isKpikitError(error)) throw usageError(error.message);
    throw error;
  }
  const dir = resolve(ctx.io.cwd, out);
  // The postcode lookup is not a return: it goes where --postcodes says, outside the returns folder.
  const pathOf = (f: { path: string }) =>
    f.path === "postcodes.csv" && postcodes !== undefined
      ? resolve(ctx.io.cwd, postcodes)
      : join(dir, f.path);
  await writeFilesAtomically(files.map((f) => ({ path: pathOf(f), content: f.text })));
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  if (!ctx.globals.quiet)
    ctx.io.stderr(
      `kpikit: wrote ${files.length} synthetic files (${(bytes / 1e6).toFixed(1)} MB, fake children only) for ${la.name} (${la.code}), ${last - first + 1} year${last === first ? "" : "s"}, to ${relative(ctx.io.cwd, dir) || "."}\n`,
    );
  if (ctx.globals.json)
    ctx.io.stdout(`${JSON.stringify({ ok: true, files: files.map((f) => f.path) }, null, 2)}\n`);
  return 0;
}
