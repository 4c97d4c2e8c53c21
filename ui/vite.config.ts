import { defineConfig } from "vite";

// Built into dist/, which the Tauri app embeds (src-tauri/tauri.conf.json: build.frontendDist).
export default defineConfig({
  base: "./",
  clearScreen: false,
  build: { outDir: "dist", emptyOutDir: true, target: "safari15", sourcemap: false },
});
