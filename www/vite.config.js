import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

// The playground uses the npm package exactly as a web app would, by name; here the
// name points at the freshly built package in ../pkg/dist (`make pkg`).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  resolve: {
    alias: {
      "@llm-codegen/sanitize": fileURLToPath(new URL("../pkg/dist/browser.js", import.meta.url)),
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  logLevel: "warn",
});
