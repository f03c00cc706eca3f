import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

export default defineConfig({
  entry: ["src/main.ts", "src/index.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "node20",
  platform: "node",
  // Each command is its own chunk, loaded only when it runs (so `kpikit --help` stays fast).
  splitting: true,
  define: { __KPIKIT_VERSION__: JSON.stringify(pkg.version) },
  // Optional dependencies are not external by default: DuckDB's native binding is loaded at run time, if installed.
  external: ["@duckdb/node-api"],
});
