import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/schema.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: true,
  // date-fns is bundled, tree-shaken: imported from node_modules, its index loads ~300 modules (+250 ms in a fresh
  // Node process); bundled, only the few functions used ship.
  noExternal: ["date-fns"],
});
