import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts", "src/elements.ts"],
    format: ["esm"],
    dts: true,
    // Keep the embed bundle, which the second build writes into the same folder.
    clean: ["!kpikit-elements.js"],
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
  },
  {
    // One self-contained ES module for a <script type="module"> tag: @kpikit/core inlined, minified, no zod.
    entry: { "kpikit-elements": "src/embed.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "es2022",
    platform: "browser",
    splitting: false,
    treeshake: true,
    minify: true,
    noExternal: [/.*/],
    // Core from source, so that only what the elements use (value formatting) is bundled.
    esbuildOptions(options) {
      options.alias = { "@kpikit/core": "../core/src/index.ts" };
    },
    outExtension: () => ({ js: ".js" }),
  },
]);
