// The returns measures at scale: synthetic returns made by `kpikit synth` (two years, the earlier as history) at
// scale 1.5 and 15 (about 1/100 and 1/10 of England), and 150 (national) with --national; all measures of the
// later year computed by the built CLI with the TypeScript engine and with DuckDB on the same files, both reading
// the files. Prints wall time, peak memory (the child's max RSS), time per 1,000 records and the ratio to DuckDB.
// Budgets (issue 15), at national size: peak memory under 1.5 GB, wall time at most 2× DuckDB's. The files are
// written to a temporary folder and deleted after; with --keep <dir> they are written to (and, when there, reused
// from) <dir>/scale-<scale>, for looking into one run without synthesising the set again.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const cli = resolve(here, "../dist/main.js");
const national = process.argv.includes("--national");
const scales = national ? [1.5, 15, 150] : [1.5, 15];
const keepAt = process.argv.indexOf("--keep");
const keep = keepAt > 0 ? resolve(process.argv[keepAt + 1] ?? "") : undefined;
const BUDGET_RSS_MB = 1536;
const BUDGET_RATIO = 2;
// The child's peak memory, written as it exits (process.resourceUsage().maxRSS is in KiB).
const PRELOAD = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nkpikit-bench-maxrss "+process.resourceUsage().maxRSS+"\\n"))`;

function kpikit(args, attempt = 1) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", PRELOAD, cli, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // A package's dist being rebuilt meanwhile (a build in another terminal): wait for it and run again.
  if (r.status !== 0 && /Cannot find module .*dist/.test(r.stderr) && attempt < 6) {
    spawnSync("sleep", ["20"]);
    return kpikit(args, attempt + 1);
  }
  if (r.status !== 0) {
    console.error(`kpikit ${args.join(" ")} exited ${r.status}:\n${r.stderr.slice(0, 4000)}`);
    process.exit(1);
  }
  const rss = Number(/kpikit-bench-maxrss (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) / 1024;
  return { seconds, rssMb: rss };
}

/** Records in the files: `<Child>` elements of each census, data lines of each CSV. */
async function records(dir) {
  let n = 0;
  let bytes = 0;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const e of files) {
    const path = join(e.parentPath, e.name);
    bytes += statSync(path).size;
    const xml = e.name.endsWith(".xml");
    let tail = "";
    let lines = 0;
    for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
      const text = tail + chunk;
      if (xml) {
        let at = text.indexOf("<Child>");
        while (at >= 0) {
          n++;
          at = text.indexOf("<Child>", at + 7);
        }
        tail = text.slice(-6);
      } else for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
    }
    if (!xml) n += Math.max(0, lines - 1);
  }
  return { records: n, mb: bytes / 1048576 };
}

/**
 * A synthetic set at `scale`. One kpikit synth run holds its files' text in memory, and a national census (over
 * 1 GB) is longer than the longest string V8 allows, so a set above scale 15 is pooled from runs at scale 15 with
 * seeds 1, 2, …: their censuses' children and their 903 tables' rows written one after another into one file per
 * year and table, each run's children keeping their own identifiers (a prefix per run).
 */
async function synthesise(scale, dir) {
  const args = (s, seed, out) => [
    ...["synth", "--la", "865", "--years", "2022/23..2023/24", "--scale", String(s)],
    ...["--seed", String(seed), "--out", out, "--quiet"],
  ];
  if (scale <= 15) return kpikit(args(scale, 1, dir)).seconds;
  const runs = Math.round(scale / 15);
  let seconds = 0;
  const outs = [];
  for (const [i, out] of Array.from({ length: runs }, (_, i) => [i, `${dir}-run${i + 1}`])) {
    const started = process.hrtime.bigint();
    kpikit(args(15, i + 1, out));
    outs.push(out);
    for (const file of readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      const from = join(file.parentPath, file.name);
      await pool(from, join(dir, relative(out, from)), i);
    }
    rmSync(out, { recursive: true, force: true });
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
  }
  for (const path of pooled.keys()) await close(path);
  return seconds;
}

/** Files being pooled, open for writing, with whether they are XML (their closing lines still to write). */
const pooled = new Map();
async function close(path) {
  const { out, xml } = pooled.get(path);
  if (xml) out.write("  </Children>\n</Message>\n");
  out.end();
  await once(out, "finish");
  pooled.delete(path);
}

/** Appends run `run`'s file to the pooled file: its children (a census) or its data lines (a 903 table). */
async function pool(from, to, run) {
  const xml = from.endsWith(".xml");
  const first = !pooled.has(to);
  if (first) {
    mkdirSync(dirname(to), { recursive: true });
    pooled.set(to, { out: createWriteStream(to), xml });
  }
  const { out } = pooled.get(to);
  let inChildren = false;
  let lineNo = 0;
  for await (const line of createInterface({
    input: createReadStream(from),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    lineNo++;
    let text = line;
    if (xml) {
      if (/^\s*<Children>/.test(line)) {
        inChildren = true;
        if (!first) continue;
      } else if (/^\s*<\/Children>/.test(line)) {
        inChildren = false;
        continue;
      } else if (!inChildren) {
        if (!first || /^\s*<\/Message>/.test(line)) continue;
      } else text = line.replace("<LAchildID>", `<LAchildID>R${run + 1}`);
    } else if (lineNo === 1) {
      if (!first) continue;
    } else text = `${run + 1}${line}`;
    if (!out.write(`${text}\n`)) await once(out, "drain");
  }
}

const rows = [];
let over = 0;
for (const scale of scales) {
  const dir = keep
    ? join(keep, `scale-${scale}`)
    : mkdtempSync(join(tmpdir(), `kpikit-bench-returns-${scale}-`));
  const out = mkdtempSync(join(tmpdir(), "kpikit-bench-figures-"));
  const kept = keep !== undefined && existsSync(`${dir}.complete`);
  try {
    let synthSeconds = 0;
    if (!kept) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      synthSeconds = await synthesise(scale, dir);
      if (keep) writeFileSync(`${dir}.complete`, "");
    }
    const size = await records(dir);
    console.log(
      `scale ${scale}: ${kept ? `reused ${dir}:` : "synthesised"} ${size.records.toLocaleString("en-GB")} records (${size.mb.toFixed(0)} MB, two years)${kept ? "" : ` in ${synthSeconds.toFixed(1)} s`}${scale > 15 ? ` (${Math.round(scale / 15)} runs at scale 15 pooled)` : ""}`,
    );
    const run = {};
    for (const engine of ["ts", "duckdb"]) {
      const file = join(out, `${engine}.csv`);
      run[engine] = kpikit([
        "compute",
        dir,
        "--year",
        "2023/24",
        "--engine",
        engine,
        "--out",
        file,
        "--quiet",
      ]);
      run[engine].figures = readFileSync(file, "utf8");
    }
    const same = run.ts.figures === run.duckdb.figures;
    if (!same) {
      over++;
      console.log(`scale ${scale}: the engines' figures DIFFER`);
    }
    const ratio = run.ts.seconds / run.duckdb.seconds;
    for (const engine of ["ts", "duckdb"]) {
      const r = run[engine];
      rows.push({
        scale,
        engine,
        records: size.records,
        seconds: r.seconds,
        rssMb: r.rssMb,
        perThousand: (1000 * r.seconds * 1000) / size.records,
        ratio: engine === "ts" ? ratio : 1,
      });
    }
    if (scale === 150) {
      const ok = run.ts.rssMb < BUDGET_RSS_MB && ratio <= BUDGET_RATIO;
      if (!ok) over++;
      console.log(
        `national: TypeScript ${run.ts.rssMb.toFixed(0)} MB peak (budget < ${BUDGET_RSS_MB}), ${ratio.toFixed(2)}× DuckDB's wall time (budget ≤ ${BUDGET_RATIO}) ${ok ? "OK" : "OVER BUDGET"}`,
      );
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

console.log("\nscale  engine  records     wall s  peak MB  ms per 1,000 records  × DuckDB");
for (const r of rows)
  console.log(
    `${String(r.scale).padEnd(6)} ${r.engine.padEnd(7)} ${r.records.toLocaleString("en-GB").padStart(9)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.rssMb.toFixed(0).padStart(7)}  ${r.perThousand.toFixed(1).padStart(20)}  ${r.engine === "ts" ? r.ratio.toFixed(2).padStart(8) : "".padStart(8)}`,
  );
if (!national) console.log("(the budgets apply at national size: pnpm bench:national)");
console.log(`load average while measuring: ${loadavg()[0].toFixed(1)} (1 min) on this machine`);
process.exit(over ? 1 : 0);
