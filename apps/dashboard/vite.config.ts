import { defineConfig, type Plugin } from "vite";

/**
 * Browsers refuse module scripts and `crossorigin` stylesheets from file:// pages, so a dashboard opened from a
 * folder or a file share would stay blank. The build is therefore one classic deferred script (all chunks
 * inlined: the landing page needs the bundled figures at once anyway) and a plain stylesheet link.
 */
function classicScript(): Plugin {
  return {
    name: "kpikit-classic-script",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src=/g, "<script defer src=")
          .replace(/ crossorigin(?=[ >])/g, ""),
    },
  };
}

// Static files with a relative base, so the built site works from any folder, web server or file share.
export default defineConfig({
  base: "./",
  plugins: [classicScript()],
  build: {
    outDir: "dist",
    target: "es2022",
    modulePreload: false,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { output: { format: "iife", inlineDynamicImports: true } },
  },
});
