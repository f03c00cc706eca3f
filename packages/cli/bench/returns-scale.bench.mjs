// The returns measures at scale: synthetic returns made by `kpikit synth` (two years, the earlier as history) at
// scale 1.5 and 15 (about 1/100 and 1/10 of England), and 150 (national) with --national; all measures of the
// later year computed by the built CLI with the TypeScript engine and with DuckDB on the same files, both reading
// the files. Prints wall time, peak memory (the child's max RSS), time per 1,000 records and the ratio to DuckDB.
// Budgets (issue 15), at national size: peak memory under 1.5 GB, wall time at most 2× DuckDB's. The files are
// written to a temporary folder and deleted after.
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const cli = resolve(here, "../dist/main.js");
const national = process.argv.includes("--national");
const scales = national ? [1.5, 15, 150] : [1.5, 15];
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

const rows = [];
let over = 0;
for (const scale of scales) {
  const dir = mkdtempSync(join(tmpdir(), `kpikit-bench-returns-${scale}-`));
  const out = mkdtempSync(join(tmpdir(), "kpikit-bench-figures-"));
  try {
    const synth = kpikit([
      ...["synth", "--la", "865", "--years", "2022/23..2023/24", "--scale", String(scale)],
      ...["--seed", "1", "--out", dir, "--quiet"],
    ]);
    const size = await records(dir);
    console.log(
      `scale ${scale}: synthesised ${size.records.toLocaleString("en-GB")} records (${size.mb.toFixed(0)} MB, two years) in ${synth.seconds.toFixed(1)} s`,
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
    rmSync(dir, { recursive: true, force: true });
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
