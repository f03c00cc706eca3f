import { defineConfig } from "vite";

// Static files with a relative base, so the built site works from any folder (or file share).
// The bundled published figures (@kpikit/csc) are a lazily loaded chunk of about 300 KB gzipped.
export default defineConfig({
  base: "./",
  build: { outDir: "dist", target: "es2022", chunkSizeWarningLimit: 1500 },
});
