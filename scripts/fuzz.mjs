// `pnpm fuzz`: the long fuzz run over every reader (test/fuzz/long-run.ts), run from the TypeScript sources.
//   pnpm fuzz [--cases 100000] [--seed N] [--target name]… [--cli-every 4] [--spawn-every 2000] [--out fuzz-failures]
// Every failing input is written to fuzz-failures/<target>-<seed>/ (input, shrunk input, case.json with the seed,
// fast-check path and the command that replays it). The CLI's dist is used for the spawned sample: build it first
// (`pnpm --filter @kpikit/cli build`) when the sources have changed. Exit 1 when anything was found.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = spawnSync(
  process.execPath,
  ["--import", "tsx", "test/fuzz/long-run.ts", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
    // The fuzz tsconfig maps @kpikit/* to the packages' sources, as the test runner does.
    env: { ...process.env, TSX_TSCONFIG_PATH: "test/fuzz/tsconfig.json", NODE_NO_WARNINGS: "1" },
  },
);
process.exit(run.status ?? 1);
